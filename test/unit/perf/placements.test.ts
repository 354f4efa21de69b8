// Σ分值 / 总分 with rows whose points were placed by inference: an error only when no placement satisfies them.
import { expect, test } from 'vitest';
import { judgePlacements } from '../../../src/checks/perf/placements.ts';
import { checkPerformance } from '../../../src/checks/perf/index.ts';
import { Decimal } from '../../../src/engine/decimal.ts';
import { describeFinding } from '../../../src/ui/messages/index.ts';
import { perfDocument, readSeed, SEED_001, SEED_004, withCell } from './helpers.ts';

const d = (xs: number[]) => xs.map((x) => new Decimal(x));
const num = (v: number) => ({ value: new Decimal(v), decimals: 0, ref: { table: 't', row: 0, col: 0 } });
const ZERO = new Decimal(0);

test('one uncertain number: it may be the 分值 or the 得分', () => {
  const known = { weights: d([30, 30, 30]), scores: d([30, 30, 30]) };
  // the printed 10 as 分值 10 (得分 ≤ 10) or as 得分 10 (分值 ≥ 10): 100/100 holds either way
  expect(judgePlacements(known, [{ printed: [num(10)] }], new Decimal(100), new Decimal(100), ZERO)).toBe('satisfiable');
  // Σ分值 110 is reachable with 分值 ≥ 10 … but 95 is not: 90 + at least 10
  expect(judgePlacements(known, [{ printed: [num(10)] }], new Decimal(95), null, ZERO)).toBe('weights_fail');
  expect(judgePlacements(known, [{ printed: [num(10)] }], new Decimal(110), null, ZERO)).toBe('satisfiable');
  // 总分 101 needs 得分 11 from a row whose 10 is either its 分值 (得分 ≤ 10) or its 得分
  expect(judgePlacements(known, [{ printed: [num(10)] }], new Decimal(100), new Decimal(101), ZERO)).toBe('scores_fail');
});

test('a row with no number: 0 ≤ 得分 ≤ 分值, both unknown', () => {
  const known = { weights: d([40, 50]), scores: d([40, 45]) };
  expect(judgePlacements(known, [{ printed: [] }], new Decimal(100), new Decimal(90), ZERO)).toBe('satisfiable');
  expect(judgePlacements(known, [{ printed: [] }], new Decimal(100), new Decimal(96), ZERO)).toBe('scores_fail'); // 得分 11 > 分值 10
  expect(judgePlacements(known, [{ printed: [] }], new Decimal(100), new Decimal(84), ZERO)).toBe('scores_fail'); // 得分 < 0
  expect(judgePlacements(known, [{ printed: [] }], new Decimal(85), null, ZERO)).toBe('weights_fail');
});

const doc001 = perfDocument(readSeed(SEED_001));
const doc004 = perfDocument(readSeed(SEED_004));
const codes = (doc: typeof doc001, table: string) => checkPerformance(doc).filter((f) => f.table === table).map((f) => `${f.severity}:${f.code}`);

test('seed 001 部门评价表 with one collapsed row (line 821): unchanged it is “not checked”, never an error', () => {
  expect(codes(doc001, 'P_EVAL@807')).toEqual(['info:insufficient_data']);
});

test('seed 001: 总分 100 → 110 fails under every placement of line 821’s number: an error that says so', () => {
  const f = checkPerformance(withCell(doc001, 'P_EVAL@807', 826, 'score', '110')).filter((x) => x.table === 'P_EVAL@807');
  expect(f.map((x) => `${x.severity}:${x.code}`)).toEqual(['error:total_score_mismatch']);
  expect(f[0]!.params).toMatchObject({ placements: 'all', rows: '821' });
  expect(describeFinding(f[0]!, 'zh')).toMatch(/无论其数字如何放置/);
});

test('seed 001: a 分值 5 → 15 fails Σ分值 = 100 under every placement', () => {
  const f = checkPerformance(withCell(doc001, 'P_EVAL@807', 812, 'weight', '15')).filter((x) => x.table === 'P_EVAL@807');
  expect(f.map((x) => `${x.severity}:${x.code}`)).toEqual(['error:weights_not_100']);
});

test('seed 001: a 分值 5 → 4 — Σ分值 can be absorbed by line 821 (分值 11, 得分 10), so only 得分 > 分值 is claimed', () => {
  const f = checkPerformance(withCell(doc001, 'P_EVAL@807', 814, 'weight', '4')).filter((x) => x.table === 'P_EVAL@807');
  expect(f.map((x) => `${x.severity}:${x.code}`)).toEqual(['error:score_out_of_range', 'info:insufficient_data']);
});

test('seed 004 汇总表: the 项目支出总额 footer row adds up too (小计 = 年初 + 追加)', () => {
  const f = checkPerformance(withCell(doc004, 'P_SUMMARY@292', 306, 'initial', '5483.925')).filter((x) => x.table === 'P_SUMMARY@292');
  expect(f.map((x) => x.code)).toContain('summary_sum_mismatch');
});

test('seed 004 评价表: the 总分 row’s 分值 must read 100 even while another row is uncertain (100 → 110)', () => {
  const f = checkPerformance(withCell(doc004, 'P_EVAL@447', 481, 'weight', '110')).filter((x) => x.table === 'P_EVAL@447');
  expect(f.filter((x) => x.ruleId === 'P.weights' && x.severity !== 'info').map((x) => [x.code, x.formula, x.actual])).toEqual([['weights_not_100', '总分分值=100', '110']]);
});

test('seed 004 评价表: “决策 40” may be a merged cell over 决策 and 过程 (20 + 20): not an error; 过程 has an uncertain row, so “not checked”', () => {
  const f = checkPerformance(doc004).filter((x) => x.table === 'P_EVAL@447' && x.ruleId === 'P.group' && x.params?.group === '决策');
  expect(f.map((x) => [x.severity, x.code, x.params?.spans])).toEqual([['info', 'insufficient_data', '过程']]);
});

test('seed 002 (武汉): no indicator prints a 分值, so the 一级 labels and the funds block make 100 (40 + 40 + 20)', async () => {
  const { SEED_002 } = await import('./helpers.ts');
  const doc002 = perfDocument(readSeed(SEED_002));
  const mine = (d: typeof doc002) => checkPerformance(d).filter((x) => x.table === 'P_PROJECT@1087' && x.ruleId === 'P.weights');
  expect(mine(doc002)).toEqual([]);
  const row = doc002.tables.find((t) => t.id === 'P_PROJECT@1087')!.rows.find((r) => r.label.startsWith('产出指标（40分）'))!;
  const f = mine(withCell(doc002, 'P_PROJECT@1087', row.sourceLine!, 'l1', '产出指标（50分）'));
  expect(f.map((x) => [x.severity, x.code, x.expected, x.formula])).toEqual([['error', 'weights_not_100', '110', 'Σ一级指标分值+预算执行分值=100']]);
});

test('seed 004 部门整体表: lines whose points cannot be summed are still checked line by line (得分 ≤ 分值, 偏差原因)', () => {
  const mine = (d: typeof doc004) => checkPerformance(d).filter((x) => x.table === 'P_DEPT@151' && x.severity !== 'info');
  expect(mine(doc004)).toEqual([]);
  expect(mine(withCell(doc004, 'P_DEPT@151', 168, 'score', '3')).map((x) => [x.severity, x.code])).toEqual([['error', 'score_out_of_range']]);
  expect(mine(withCell(doc004, 'P_DEPT@151', 168, 'weight', '3')).map((x) => [x.severity, x.code])).toEqual([['warning', 'deviation_reason_missing']]);
});
