// A pasted TSV kept as offsets into the text gives the same table as the same rows read as strings: quoted cells
// (tabs, newlines and doubled quotes inside), trailing tabs, short rows, a 合计 row printed one cell right.
import { expect, test } from 'vitest';
import { readDelimited, DelimitedReader } from '../../../../src/paste/grid/delimited.ts';
import { OffsetGrid } from '../../../../src/paste/grid/row-source.ts';
import { gridToTable } from '../../../../src/paste/grid/to-table.ts';

const TSV = [
  '支出决算表', '单位：万元',
  '类\t款\t项\t科目名称\t本年支出合计\t基本支出\t项目支出',
  '栏次\t\t\t\t1\t2\t3',
  '\t\t\t\t合计\t14.00\t10.00\t4.00',
  '201\t\t\t一般公共服务\t"12.00"\t8.00\t4.00',
  '201\t01\t\t"人大""事务"\t12.00\t8.00\t4.00',
  '201\t01\t01\t"行政\t运行\n(续)"\t12.00\t8.00',
  '205\t\t\t教育\t2.00\t2.00\t',
  '注：本表无其他数据。',
].join('\r\n');

const plain = (t: ReturnType<typeof gridToTable>['table']) =>
  ({ ...t, rows: t.rows.map((r) => ({ ...r, cells: r.cells.map((c) => [c.text, JSON.stringify(c.value), c.placement]) })) });

test('offsets and strings give the same table', () => {
  const grid = readDelimited(TSV, { delimiter: '\t' });
  const byStrings = gridToTable({ id: 't', rows: grid.rows, lines: grid.lines });
  const offsets = new OffsetGrid(TSV);
  const reader = new DelimitedReader(TSV, '\t');
  while (offsets.readRow(reader));
  expect(offsets.length).toBe(grid.rows.length);
  for (let i = 0; i < grid.rows.length; i++) {
    expect(offsets.row(i)).toEqual(grid.rows[i]);
    expect(offsets.line(i)).toBe(grid.lines[i]);
  }
  const byOffsets = gridToTable({ id: 't', rows: offsets });
  expect(plain(byOffsets.table)).toEqual(plain(byStrings.table));
  expect(byOffsets.problems).toEqual(byStrings.problems);
  // the shifted 合计 row's values are placed by inference in both
  expect(byOffsets.table.rows[0]!.cells.some((c) => c.placement === 'inferred')).toBe(true);
  expect(offsets.hasText()).toBe(true);
});

test('a grid of white space has no text', () => {
  const text = ' \t\u3000\n\t"  "\n';
  const g = new OffsetGrid(text);
  const reader = new DelimitedReader(text, '\t');
  while (g.readRow(reader));
  expect(g.hasText()).toBe(false);
});
