// Every parsed cell records how it was placed: a space-separated row printing fewer values than the table has
// columns is placed by inference (or stays ambiguous, flagged column_ambiguous); tab rows and rows printing every
// column are exact. The mark survives the drafts store (storeTable/loadTable and restoreDraft).
import { expect, test } from 'vitest';
import { rowPlacement, type Table } from '../../../../src/engine/table.ts';
import { parseReportText } from '../../../../src/paste/report/index.ts';
import { loadTable, storeTable } from '../../../../src/store/index.ts';
import { restoreDraft } from '../../../../src/store/restore.ts';

const COLLAPSED = [
  '支出决算表',
  '单位：万元',
  '科目编码    科目名称    本年支出合计    基本支出    项目支出    上缴上级支出    经营支出    对附属单位补助支出',
  '栏次        1    2    3    4    5    6',
  '合计    40.00    25.00    15.00',
  '201    一般公共服务支出    40.00    25.00    15.00',
  '20101    人大事务    40.00    25.00    15.00',
  '2010101    行政运行    25.00    25.00',
  '2010102    一般行政管理事务    15.00    14.00',
  '2010103    机关服务    1.00    1.00    0    0    0    0',
].join('\n');

function t03(text: string): Table {
  const r = parseReportText(text);
  if (!r.ok) throw new Error(r.reason.code);
  return r.value.tables.find((t) => t.kind === 'T03')!;
}

const byCode = (t: Table, code: string) => t.rows.find((r) => r.code === code)!;
const amountMarks = (t: Table, code: string) =>
  byCode(t, code).cells.flatMap((c, j) => (t.columns[j]!.role === 'amount' ? [c.placement ?? 'exact'] : []));

test('collapsed rows are inferred (or ambiguous and flagged); a row printing every column is exact', () => {
  const t = t03(COLLAPSED);
  for (const code of ['201', '20101', '2010101', '2010102']) {
    const marks = new Set(amountMarks(t, code));
    expect(marks.size, code).toBe(1);
    const mark = [...marks][0]!;
    expect(['inferred', 'ambiguous'], code).toContain(mark);
    expect(byCode(t, code).flags?.includes('column_ambiguous') ?? false, code).toBe(mark === 'ambiguous');
  }
  expect(new Set(amountMarks(t, '2010103'))).toEqual(new Set(['exact']));
  expect(rowPlacement(byCode(t, '2010103'))).toBe('exact');
  // label and code cells are never marked
  expect(byCode(t, '201').cells.filter((c, j) => t.columns[j]!.role !== 'amount' && c.placement)).toEqual([]);
});

test('tab-separated rows (Excel/WPS) are exact', () => {
  const tsv = COLLAPSED.split('\n').map((l, i) => (i < 2 ? l : l.split(/ {2,}/).join('\t'))).join('\n');
  const t = t03(tsv);
  expect(t.rows.every((r) => rowPlacement(r) === 'exact')).toBe(true);
});

test('the drafts store keeps each cell\'s placement, and an old draft without it reads as exact', () => {
  const t = t03(COLLAPSED);
  const back = loadTable(storeTable(t));
  expect(back.rows.map(rowPlacement)).toEqual(t.rows.map(rowPlacement));
  expect(amountMarks(back, '2010102')).toEqual(amountMarks(t, '2010102'));
  const stored = storeTable(t);
  const restored = restoreDraft(JSON.parse(JSON.stringify({ id: 'd1', schemaVersion: 2, name: 'x', tables: [stored] })));
  expect(restored.ok).toBe(true);
  if (restored.ok) expect(loadTable(restored.value.tables[0]!).rows.map(rowPlacement)).toEqual(t.rows.map(rowPlacement));
  const old = { ...stored, rows: stored.rows.map(({ placements: _drop, ...r }) => r) };
  expect(loadTable(old).rows.every((r) => rowPlacement(r) === 'exact' || r.flags?.includes('column_ambiguous'))).toBe(true);
});
