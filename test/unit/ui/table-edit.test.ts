import { expect, test } from 'vitest';
import { blankTable, ensureSize, freshTableId, withCell, withKind } from '../../../src/ui/model/table-edit.ts';
import { seed001T05 } from './fixtures.ts';

const ROW_2101501 = seed001T05().rows.findIndex((r) => r.code === '2101501');

test('the seed 001 公开05表 fixture has its printed rows', () => {
  const t05 = seed001T05();
  expect(t05.rows.length).toBe(27);
  expect(t05.rows[ROW_2101501]!.cells.map((c) => c.text)).toEqual(['2101501', '行政运行', '2,426.10', '2,417.01', '9.09']);
});

test('editing an amount cell replaces that cell only and parses its value', () => {
  const t05 = seed001T05();
  const edited = withCell(t05, ROW_2101501, 2, '2,426.90');
  expect(edited.rows[ROW_2101501]!.cells[2]!.text).toBe('2,426.90');
  expect(edited.rows[ROW_2101501]!.cells[2]!.value).toMatchObject({ kind: 'number', decimals: 2 });
  expect(edited.rows[ROW_2101501]!.code).toBe('2101501');
  expect(edited.rows[ROW_2101501 - 1]).toBe(t05.rows[ROW_2101501 - 1]);
  expect(t05.rows[ROW_2101501]!.cells[2]!.text).toBe('2,426.10');
});

test('editing the code or label cell updates the row keys rules look up', () => {
  const t05 = seed001T05();
  const recoded = withCell(t05, ROW_2101501, 0, '210 15 01');
  expect(recoded.rows[ROW_2101501]!.code).toBe('2101501');
  const relabelled = withCell(t05, ROW_2101501, 1, '行政运行（机关）');
  expect(relabelled.rows[ROW_2101501]!.label).toBe('行政运行（机关）');
});

test('a grid paste past the last row and column grows the table with blank rows and numbered 栏', () => {
  const t05 = seed001T05();
  const grown = withCell(t05, 27, 5, '1.00');
  expect(grown.rows.length).toBe(28);
  expect(grown.columns.length).toBe(6);
  expect(grown.columns[5]).toMatchObject({ colNo: 4, role: 'amount' });
  expect(grown.rows[27]!.cells.slice(0, 5).every((c) => c.value.kind === 'empty')).toBe(true);
  expect(grown.rows.every((r) => r.cells.length === 6)).toBe(true);
});

test('ensureSize leaves a table that is big enough untouched', () => {
  const t05 = seed001T05();
  expect(ensureSize(t05, 5, 3)).toBe(t05);
});

test('changing the kind clears the recognised layout', () => {
  const t = withKind({ ...seed001T05(), layout: 'T05.A' }, 'T03');
  expect(t).toMatchObject({ kind: 'T03', layout: null });
});

test('a blank table has a 项目 column, six numbered 栏 and empty rows', () => {
  const t = blankTable('U1', '空白表 U1');
  expect(t.kind).toBe('unknown');
  expect(t.columns.map((c) => c.colNo)).toEqual([null, 1, 2, 3, 4, 5, 6]);
  expect(t.rows.length).toBe(20);
});

test.each([
  [[], 'U1'],
  [['U1', 'T01'], 'U2'],
  [['U1', 'U2', 'U4'], 'U3'],
])('freshTableId(%j) is %s', (taken, id) => {
  expect(freshTableId(taken)).toBe(id);
});
