// Mutated copies of tables that add up: changing one printed number must produce the matching finding.
import { expect, test } from 'vitest';
import { checkPerformance } from '../../../src/checks/perf/index.ts';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import { perfDocument, readSeed, SEED_000, SEED_001, SEED_004, withCell } from './helpers.ts';

const doc001 = perfDocument(readSeed(SEED_001));
const doc004 = perfDocument(readSeed(SEED_004));
const doc000 = perfDocument(readSeed(SEED_000));

const fresh = (before: ParsedDocument, after: ParsedDocument) => {
  const key = (f: { code: string; table: string; location: { row: number; col: number; lineNo?: number | null } | null }) =>
    `${f.code}|${f.table}|${f.location?.row}|${f.location?.col}|${f.location?.lineNo ?? ''}`;
  const old = new Set(checkPerformance(before).map(key));
  return checkPerformance(after).filter((f) => !old.has(key(f)));
};

test.each([
  // [label, doc, table, line, column, new text, expected codes]
  ['an indicator 得分 in 深化… 自评表 (10 → 8): 总分 and 汇总表 产出 split no longer add up', doc001, 'P_PROJECT@658', 672, 'score', '8',
    ['deviation_reason_missing', 'summary_detail_mismatch', 'total_score_mismatch']],
  ['an indicator 分值 (10 → 12): Σ分值 ≠ 100 and 得分 still ≤ 分值', doc001, 'P_PROJECT@658', 673, 'weight', '12',
    ['deviation_reason_missing', 'weights_not_100']],
  ['得分 above 分值 (5 → 6)', doc001, 'P_PROJECT@658', 674, 'score', '6',
    ['score_out_of_range', 'summary_detail_mismatch', 'total_score_mismatch']],
  ['执行率 30.52 → 35.52', doc001, 'P_PROJECT@681', 688, 'rate', '35.52', ['exec_rate_mismatch']],
  ['执行率 30.52 → 30.82 (0.3pp: beyond precision, within 0.5pp)', doc001, 'P_PROJECT@681', 688, 'rate', '30.82', ['exec_rate_mismatch']],
  ['部门评价表 预算执行率 得分 3.05 → 4.05', doc001, 'P_EVAL@892', 902, 'score', '4.05', ['total_score_mismatch']],
  ['汇总表 执行率得分 10 → 9', doc001, 'P_SUMMARY@631', 633, 'execScore', '9', ['summary_detail_mismatch']],
  ['汇总表 平均分 basis: one score 97 → 96', doc004, 'P_SUMMARY@292', 304, 'score', '96',
    ['average_score_mismatch', 'summary_detail_mismatch']],
  ['汇总表 年中追加数 453.085 → 463.085: 小计 and 合计 fail', doc004, 'P_SUMMARY@292', 300, 'adjust', '463.085',
    ['summary_sum_mismatch', 'summary_sum_mismatch']],
  ['汇总表 年中追加数 453.085 → 453.08: within the rounding envelope, info only', doc004, 'P_SUMMARY@292', 300, 'adjust', '453.08',
    ['rounding_residue', 'rounding_residue']],
  ['当年财政拨款 年初预算数 466 → 460 (年度资金总额 ≠ its parts)', doc004, 'P_PROJECT@309', 317, 'initial', '460', ['funds_sum_mismatch']],
  ['产出指标 (50分) row 分值 20 → 25 (group, Σ, and now 得分 < 分值 without a reason)', doc004, 'P_PROJECT@309', 323, 'weight', '25',
    ['deviation_reason_missing', 'group_score_mismatch', 'weights_not_100']],
  ['评价表 总分 98 → 88: the ticked 优 and the text’s 98 分/优秀 no longer match; the scores read with certainty already add to 96',
    doc004, 'P_EVAL@447', 481, 'score', '88', ['grade_mismatch', 'narrative_grade_mismatch', 'narrative_score_mismatch', 'total_score_mismatch']],
  ['000 评价表 决策（20分） row 3 → 4', doc000, 'P_EVAL@1685', 1702, 'weight', '4',
    ['group_score_mismatch', 'weights_not_100']],
])('%s', (_label, doc, table, line, key, text, codes) => {
  const found = fresh(doc, withCell(doc, table, line, key, text));
  expect(found.map((f) => f.code).sort()).toEqual([...codes].sort());
});

test('a narrative score that agrees becomes a finding when the table changes', () => {
  const changed = withCell(doc004, 'P_PROJECT@377', 398, 'score', '96'); // 医保工作经费 总分 95 → 96; text says 95
  const f = fresh(doc004, changed).filter((x) => x.code === 'narrative_score_mismatch');
  expect(f.map((x) => [x.location?.lineNo, x.expected, x.actual])).toEqual([[270, '96', '95']]);
});
