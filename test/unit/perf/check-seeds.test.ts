// checkPerformance over the real 绩效 tables. Every finding expected below was verified by hand against the
// document (the comment says why it is wrong); the tables that add up must give no finding.
import { describe, expect, test } from 'vitest';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import { checkPerformance, checkPerfTable } from '../../../src/checks/perf/index.ts';
import { perfDocument, readSeed, SEED_000, SEED_001, SEED_002, SEED_004, tablesOf } from './helpers.ts';

/** “code @line” with the source line of the finding's primary cell (narrative: its line in the report). */
function where(doc: ParsedDocument, f: Finding): string {
  const line = f.table === 'N'
    ? f.location?.lineNo
    : doc.tables.find((t) => t.id === f.table)?.rows[f.location?.row ?? -1]?.sourceLine;
  return `${f.code} @${line ?? '?'}`;
}

const list = (doc: ParsedDocument, fs: readonly Finding[]) => fs.map((f) => where(doc, f)).sort();

describe('seed 001 (赣州市医疗保障局 2023)', () => {
  const doc = perfDocument(readSeed(SEED_001));
  const findings = checkPerformance(doc);

  test('reports each score inconsistency with its cells', () => {
    expect(list(doc, findings.filter((f) => f.severity !== 'info'))).toEqual([
      // 汇总表 row 1 医疗保险事业发展经费: 0+20+40+15+15 = 90, printed 100; its 自评表 总分 is 90
      'summary_detail_mismatch @632',
      // row 2 深化医疗服务价格国家试点项目: 10+20+40+20+10 = 100, printed 90; its 自评表 总分 is 100
      'summary_detail_mismatch @633',
      'summary_sum_mismatch @632',
      'summary_sum_mismatch @633',
      // row 6 医疗保障与服务能力提升补助资金: 5+20+40+20+10 = 95, printed 90
      'summary_sum_mismatch @637',
      // 自评表 医疗保险事业发展经费: 执行率 30.52% of 10 points = 3.05, printed 0 (a local threshold rule) → warning
      'exec_score_mismatch @688',
      // the 深化… report says “医疗保险事业发展经费项目绩效评价得分为100分”; that project's 部门评价表 totals 93.05
      'narrative_score_mismatch @785',
    ].sort());
  });

  test('findings carry the cells they compare', () => {
    const f = findings.find((x) => x.code === 'summary_detail_mismatch' && x.params?.project === '深化医疗服务价格国家试点项目')!;
    expect([f.actual, f.expected, f.severity]).toEqual(['90', '100', 'error']);
    expect(f.cells.map((c) => c.table)).toEqual(['P_SUMMARY@631', 'P_PROJECT@658']);
    expect(f.cells[1]!.text).toBe('100');
    const e = findings.find((x) => x.code === 'exec_score_mismatch')!;
    expect([e.severity, e.expected, e.actual]).toEqual(['warning', '3.05', '0']);
    expect(e.cells.map((c) => c.text)).toEqual(['0', '10', '535.93', '163.58', '30.52']);
  });

  test('a 部门评价表 row with only one of 分值/得分 makes its sums insufficient_data, not an error', () => {
    const info = findings.filter((f) => f.severity === 'info').map((f) => where(doc, f));
    expect(info).toEqual(['insufficient_data @826']);
  });

  test('the 自评表 and 部门评价表 that add up give no finding', () => {
    const [deep, medical] = tablesOf(doc, 'P_PROJECT');
    expect(checkPerfTable(deep!)).toEqual([]);
    expect(checkPerfTable(medical!).map((f) => f.code)).toEqual(['exec_score_mismatch']);
    expect(checkPerfTable(tablesOf(doc, 'P_EVAL')[1]!)).toEqual([]); // 93.05 = Σ得分 incl. 预算执行率 3.05
  });
});

describe('seed 004 (浮梁县医疗保障局 2021 绩效)', () => {
  const doc = perfDocument(readSeed(SEED_004));
  const findings = checkPerformance(doc);
  const nonWarning = findings.filter((f) => f.code !== 'deviation_reason_missing');

  test('reports each rate, score and summary↔detail inconsistency', () => {
    expect(list(doc, nonWarning)).toEqual([
      // 汇总表 城乡医疗救助 小计/执行 919.085; its 自评表 全年预算数/执行数 466
      'summary_detail_mismatch @300',
      'summary_detail_mismatch @300',
      // 困难企业职工基本医疗保险 小计 1301.56; its 自评表 全年预算数 1000
      'summary_detail_mismatch @302',
      // 比例=“2020 年…” in a 2021 table
      'formula_year_mismatch @307',
      // 困难企业 自评表: 执行数 1301.56 / 预算数 1000 = 130.16%, printed 100% (cap) — said as info
      'exec_rate_capped @360',
      'exec_rate_capped @361',
      // 附件6-2 评价表: 产出 printed 60, rows 10+10+10+5+5 = 40, nor 50 with 效益 (满意度 prints its own 10)
      'group_score_mismatch @471',
      // 决策 printed 40, its rows 2+3+2+3+5+5 = 20 — or 40 with 过程 (a merged cell over both), whose
      // 管理制度健全 row lost its numbers: not judged
      'insufficient_data @460',
      // 组织实施's 管理制度健全 row lost its 分值/得分: sums that need it are insufficient_data
      'insufficient_data @469',
      'insufficient_data @481',
      // 部门整体表: 产出指标 35 / 效益指标 25 / 满意度指标 5 printed away from their rows
      'group_membership_unclear @210',
      // 部门整体表: 预算编制准确性 ①–④ print 2, 2, 2, 3 — whether that is one indicator or four cannot be
      // read, so Σ分值 and 总分 96 are not judged
      'insufficient_data @218',
      // text “城乡居民基本医疗保险…项目绩效自评95分”, table 总分 97; “困难企业…项目绩效自评95分”, table 96
      'narrative_score_mismatch @256',
      'narrative_score_mismatch @262',
    ].sort());
  });

  test('得分 below 分值 without a 偏差原因 is a warning on each such row', () => {
    const lines = findings.filter((f) => f.code === 'deviation_reason_missing').map((f) => where(doc, f).split('@')[1]);
    // 城乡医疗救助 326/327, 城乡居民 346/347/349, 困难企业 367/368/369/371, 医保工作经费 391–395, 重大疾病 416–418;
    // 部门整体表 rows with a reason (194, 195, 209, 216) are not reported
    expect(lines.map(Number).sort((a, b) => a - b)).toEqual([
      326, 327, 346, 347, 349, 367, 368, 369, 371, 391, 392, 393, 394, 395, 416, 417, 418,
    ]);
    expect(findings.filter((f) => f.code === 'deviation_reason_missing').every((f) => f.severity === 'warning')).toBe(true);
  });

  test('the 汇总表 totals, average 96.6 and the 100% ratio recompute', () => {
    const codes = findings.filter((f) => f.table.startsWith('P_SUMMARY')).map((f) => f.code);
    expect(codes).not.toContain('summary_sum_mismatch');
    expect(codes).not.toContain('average_score_mismatch');
    expect(codes).not.toContain('coverage_ratio_mismatch');
  });

  test('部门整体表: 执行率 and 资金来源/资金结构 (424.51 + 2,697.67 = 3,122.18) hold', () => {
    const dept = tablesOf(doc, 'P_DEPT')[0]!;
    expect(checkPerfTable(dept).map((f) => f.code)).not.toContain('funds_sum_mismatch');
    expect(checkPerfTable(dept).map((f) => f.code)).not.toContain('exec_rate_mismatch');
  });
});

describe('seeds 000 and 002 (space-separated text)', () => {
  test('000: the 自评表 and the 评价表 (决策 20 / 过程 20 / 产出 40 / 效益 20) add up', () => {
    expect(checkPerformance(perfDocument(readSeed(SEED_000)))).toEqual([]);
  });

  test('002: 71.2% = 56.95/80 and 14.24 = 20 × 71.2%; 162.6% shown uncapped scores the full 20', () => {
    const fs = checkPerformance(perfDocument(readSeed(SEED_002)));
    expect(fs.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
