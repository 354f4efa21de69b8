// The calibration's number counts read a columnar table's arrays (src/checks/number-rows.ts): the same answers as
// reading its cells, on tables with zeros, blanks, text, percentages, 5+ decimals, values past 2^53 and ambiguous rows.
import { expect, test } from 'vitest';
import { toColumnar, columnarOf } from '../../../src/engine/columnar/index.ts';
import { makeCell, colNo, type Table } from '../../../src/engine/table.ts';
import { hasNumber, rowsWithNumbers } from '../../../src/checks/number-rows.ts';

const TEXTS = ['', '0', '0.00', '-0.00', '1.5', '12,345.67', '0.000001', '0.00000', '99999999999999999999.99', '12%', '-', '合计', '3'];

function table(seed: number, rows: number): Table {
  let x = seed;
  const next = () => (x = (x * 1_103_515_245 + 12_345) % 2_147_483_648) % TEXTS.length;
  const columns = [
    { key: 'label', colNo: null, header: '项目', role: 'label' as const },
    ...[1, 2, 3].map((n) => ({ key: `c${n}`, colNo: colNo(n), header: '', role: 'amount' as const })),
    { key: 'note', colNo: null, header: '备注', role: 'text' as const },
  ];
  return {
    id: 'T03', kind: 'T03', layout: null, title: '', unit: null, year: null, department: null, notes: [], columns,
    rows: Array.from({ length: rows }, (_, r) => ({
      code: null, label: `行${r}`, lineNo: null,
      ...(r % 7 === 3 ? { flags: ['column_ambiguous' as const] } : {}),
      cells: columns.map((_, j) => makeCell(j === 0 ? `行${r}` : TEXTS[next()]!)),
    })),
  };
}

test.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: columnar and row tables count the same', (seed) => {
  const plain = table(seed, 200);
  const columnar = toColumnar(plain).table;
  expect(columnarOf(columnar)).not.toBeNull();
  expect(columnarOf(plain)).toBeNull();
  expect(rowsWithNumbers(plain)).toBeGreaterThan(0);
  expect(rowsWithNumbers(columnar)).toBe(rowsWithNumbers(plain));
  expect(hasNumber(columnar)).toBe(hasNumber(plain));
});

test('a table without numbers in its amount columns has none; a number in a text column does not count', () => {
  const t = table(1, 3);
  const bare = { ...t, rows: t.rows.map((r) => ({ ...r, cells: r.cells.map((_, j) => makeCell(j === 4 ? '12.00' : j === 0 ? 'x' : '-')) })) };
  expect(hasNumber(bare)).toBe(false);
  expect(hasNumber(toColumnar(bare).table)).toBe(false);
  expect(rowsWithNumbers(toColumnar(bare).table)).toBe(0);
});
