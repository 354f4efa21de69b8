// The special checks on 部门预算 tables, on real 江苏 tables parsed from their pdftotext text: 政府采购 parents =
// Σ children, the empty 政府性基金 table's statement, 科目 names by year (pre-2018 economic names) and code checks.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Table } from '../../../src/engine/table.ts';
import { makeCell } from '../../../src/engine/table.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { checkBudgetEmptyTables } from '../../../src/rules/special/budget-empty-table.ts';
import { checkCodes } from '../../../src/rules/special/codes.ts';
import { checkProcurementTree } from '../../../src/rules/special/procurement-tree.ts';
import { checkSubjectNames } from '../../../src/rules/special/subject-names.ts';
import { doc, withCell } from './helpers.ts';

function tablesOf(name: string): Table[] {
  const parsed = parseReportText(readFileSync(`test/fixtures/budget/${name}.txt`, 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return [...parsed.value.tables];
}

const ZX17 = tablesOf('jiangsu_zhengxie_2017_tables');
const SW17 = tablesOf('jiangsu_shengwei_2017_tables');
const one = (tables: readonly Table[], kind: string) => tables.find((t) => t.kind === kind)!;

/** The row of a 政府采购 table at index i with its 总计 replaced. */
function withAmount(t: Table, i: number, text: string): Table {
  const j = t.columns.findIndex((c) => c.role === 'amount');
  return { ...t, rows: t.rows.map((r, k) => (k === i ? { ...r, cells: r.cells.map((c, m) => (m === j ? makeCell(text) : c)) } : r)) };
}

test('政府采购 (政协 2017, continued over two pages): every 合计, 品目 and 专项 equals the sum of its rows', () => {
  const b13 = one(ZX17, 'B13');
  expect(b13.rows.filter((r) => r.block === 'category').map((r) => r.label)).toEqual(['一、货物A', '三、服务C']);
  expect(checkProcurementTree(doc([b13]))).toEqual([]);
});

test('政府采购: one item changed breaks its 专项 only, as an error with the rows it sums', () => {
  const b13 = one(ZX17, 'B13');
  const item = b13.rows.findIndex((r) => r.label === '复印机');
  const fs = checkProcurementTree(doc([withAmount(b13, item, '7.00')]));
  expect(fs).toHaveLength(1);
  expect(fs[0]).toMatchObject({ code: 'procurement_sum_mismatch', severity: 'error', actual: '95.00', expected: '96.00', difference: '-1.00' });
  expect(fs[0]!.location?.label).toBe('办公设备购置费');
  expect(fs[0]!.cells).toHaveLength(7);
});

test('政府采购: a 品目 changed breaks the 合计 and the 品目 itself; a 0.01 gap within the rounding envelope is 尾数误差', () => {
  const b13 = one(ZX17, 'B13');
  const cat = b13.rows.findIndex((r) => r.label === '一、货物A');
  expect(checkProcurementTree(doc([withAmount(b13, cat, '260.32')])).map((f) => f.params?.label)).toEqual(['合计', '一、货物A']);
  const residue = checkProcurementTree(doc([withAmount(withAmount(b13, 0, '1,271.2'), 1, '259.3')]));
  expect(residue.map((f) => [f.code, f.severity])).toEqual([['rounding_residue', 'info']]);
});

test('the empty 政府性基金 table with its statement passes (“本部门无该项目”, “(无政府性基金支出）”, “我单位无…”)', () => {
  for (const name of ['jiangsu_zhengxie_2018_tables', 'jiangsu_renda_2017', 'jiangsu_zhengxie_2017_tables']) {
    expect(checkBudgetEmptyTables(doc([one(tablesOf(name), 'B10')])), name).toEqual([]);
  }
});

test('the empty 政府性基金 table without a statement (省委办公厅 2017) is a warning, unless the 说明 says so', () => {
  const b10 = one(SW17, 'B10');
  expect(checkBudgetEmptyTables(doc([b10]))).toEqual([
    expect.objectContaining({ code: 'empty_table_statement_missing', severity: 'warning', table: b10.id, params: { kind: 'B10' } })]);
  expect(checkBudgetEmptyTables(doc([b10], '本部门2017年无政府性基金预算拨款。'))).toEqual([]);
});

test('a 政府性基金 table with data and a “no data” statement is contradicted', () => {
  const b10 = one(tablesOf('jiangsu_zhengxie_2018_tables'), 'B10');
  const filled = withCell(b10, '合计', 1, '12.00');
  expect(checkBudgetEmptyTables(doc([filled])).map((f) => f.code)).toEqual(['empty_statement_contradicted']);
});

test('2017 economic names (医疗费, 住房公积金, 其他资本性支出) are right in 2017 and outdated from 2018', () => {
  const b08 = { ...one(SW17, 'B08'), year: 2017 };
  const names = (t: Table) => checkSubjectNames(doc([t])).filter((f) => f.severity !== 'info').map((f) => `${f.code}:${f.params?.code}`);
  expect(names(b08)).toEqual([]);
  expect(names({ ...b08, year: 2019 })).toEqual(['subject_name_outdated:30307', 'subject_name_outdated:30311']);
  expect(names({ ...one(SW17, 'B12'), year: 2017 })).toEqual([]);
});

test('code format on budget tables: 功能 3/5/7 and 经济 3/5 digits, a missing parent row is said', () => {
  expect(checkCodes(doc([one(SW17, 'B05'), one(SW17, 'B06'), one(SW17, 'B12')]))).toEqual([]);
  const b06 = one(SW17, 'B06');
  const orphan = { ...b06, rows: b06.rows.filter((r) => r.code !== '301') };
  expect(checkCodes(doc([orphan])).map((f) => f.code)).toEqual(['parent_code_missing']);
});
