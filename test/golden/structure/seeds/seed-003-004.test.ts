// 景德镇市 2021 (概况 + 说明 only: no table) and 浮梁县 2021 绩效 (tabs, HTML/LaTeX remnants: 绩效 tables only).
import { expect, test } from 'vitest';
import { goldenTables, loadSeed, type TableExpectation } from './helpers.ts';

test('003 has no table: “见公开 10 表《国有资产占用情况表》” in the 说明 starts none, all text is narrative', () => {
  const doc = loadSeed('003_151e3cc1a638edf9.txt');
  expect(doc.tables).toEqual([]);
  expect(doc.narrative.text).toContain('公开 10 表《国有资产占用情况表》');
  expect(doc.narrative.lineMap.length).toBe(doc.narrative.text.split('\n').length);
});

const TABLES_004: TableExpectation[] = [
  { kind: 'P_DEPT', at: 151, to: 225, title: '《部门（单位）整体支出绩效评价表》' },
  { kind: 'P_SUMMARY', at: 292, to: 307 },
  { kind: 'P_PROJECT', at: 309, to: 329 },
  { kind: 'P_PROJECT', at: 331, to: 351 },
  { kind: 'P_PROJECT', at: 353, to: 375 },
  { kind: 'P_PROJECT', at: 377, to: 398 },
  { kind: 'P_PROJECT', at: 400, to: 419 },
  { kind: 'P_EVAL', at: 447, to: 483, title: '项目支出绩效评价表' },
];

goldenTables('004_1f8c90973b37444e.txt', TABLES_004, test, expect);
