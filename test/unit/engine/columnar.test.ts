// The columnar table against the row table it stands for: the same rows, cells, texts, values and placements
// (directly, and after a round trip through the worker message), the same engine arrays, and the same findings
// on seeded random tables — odd cells, clean numbers (the nominal loops), values whose sums pass 2^53 on the
// 10^5 scale, inferred cells and column_ambiguous rows — with the fast path on and off, full and incremental.
import { expect, test } from 'vitest';
import { checkRules } from '../../../src/engine/check/check-rules.ts';
import { buildColumnArrays } from '../../../src/engine/check/fast-path.ts';
import { IncrementalChecker } from '../../../src/engine/check/incremental.ts';
import { columnarOf, fromTransfer, toColumnar, toTransfer } from '../../../src/engine/columnar/index.ts';
import { amountColumns, makeCell, type Table } from '../../../src/engine/table.ts';
import { rule, table } from './helpers.ts';
import { mulberry32, randomTable, type RandomOptions } from './random-tables.ts';

const RULES = ['1栏=2+3+4栏', '1栏≥2+3栏', '1栏<2栏', '1栏≤2栏+0.01', '5栏=1-2栏', '3行=1+2行', '层级', '1栏≠2栏',
  '[r0]=[r1]+[r2]', '2栏 > 0.00', '1栏=2+3+4栏-0.005', '[r3]2栏≥[r4]3栏', '1栏=2+3+4+5栏'].map((e) => rule(e));

const KINDS: readonly RandomOptions[] = [
  { odd: true }, { odd: false }, { odd: false, huge: true }, { odd: true, placements: true }, { odd: false, placements: true },
];

/** Rows as plain data: every field, each cell's text, value (JSON) and placement. */
function plain(t: Table): unknown {
  return t.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ text: c.text, value: JSON.stringify(c.value), placement: c.placement })) }));
}

test('a columnar table has the same rows, cells and placements as its row table, also after a transfer', () => {
  const rand = mulberry32(17);
  for (let n = 0; n < 25; n++) {
    const t = randomTable(rand, 30, KINDS[n % KINDS.length]);
    const ct = toColumnar(t);
    expect(plain(ct.table)).toEqual(plain(t));
    expect(ct.table.rows.map((r) => r.cells.map((c) => c.placement))).toEqual(t.rows.map((r) => r.cells.map((c) => c.placement)));
    const sent = toColumnar(t);
    const { message, transfer } = toTransfer(sent.table);
    const back = fromTransfer(structuredClone(message, { transfer }));
    expect(plain(back.table)).toEqual(plain(t));
    // copies were sent: the sender's table still reads the same
    expect(plain(sent.table)).toEqual(plain(t));
    expect(checkRules([sent.table], RULES)).toEqual(checkRules([back.table], RULES));
    expect({ ...back.table, rows: null }).toEqual({ ...t, rows: null });
  }
});

test('the columnar engine arrays equal the ones built from the row objects', () => {
  const rand = mulberry32(5);
  for (let n = 0; n < 20; n++) {
    const t = randomTable(rand, 30, KINDS[n % KINDS.length]);
    const ct = toColumnar(t);
    const cols = amountColumns(t);
    buildColumnArrays(t.rows, cols).forEach((a, k) => {
      const b = ct.amounts(cols[k]!)!;
      expect([...b.kind]).toEqual([...a.kind]);
      expect([...b.val]).toEqual([...a.val]);
      expect([...b.half]).toEqual([...a.half]);
      expect(b.slow).toBe(a.slow);
    });
  }
});

test('columnar and row tables give identical findings and statuses, fast path on and off', () => {
  const rand = mulberry32(20261206);
  let nominal = 0;
  for (let n = 0; n < 40; n++) {
    const t = randomTable(rand, 40, KINDS[n % KINDS.length]);
    const ct = toColumnar(t);
    if (ct.data.every((d) => !d.amounts || d.amounts.slow === 0)) nominal++;
    const reference = checkRules([t], RULES, { fastPath: false });
    expect(checkRules([ct.table], RULES, { fastPath: true })).toEqual(reference);
    expect(checkRules([{ ...ct.table }], RULES, { fastPath: false })).toEqual(reference);
    expect(checkRules([t], RULES, { fastPath: true })).toEqual(reference);
  }
  // the clean tables really ran the nominal loops
  expect(nominal).toBeGreaterThan(8);
});

test('edits of a columnar table are checked as edits of its row table, and never reach the columnar arrays', () => {
  const rand = mulberry32(99);
  for (let n = 0; n < 6; n++) {
    const t = randomTable(rand, 30, KINDS[n % KINDS.length]);
    const ct = toColumnar(t);
    const before = ct.data.map((d) => d.amounts && [...d.amounts.val]);
    const a = new IncrementalChecker([t], RULES);
    const b = new IncrementalChecker([ct.table], RULES);
    expect(b.run()).toEqual(a.run());
    for (let e = 0; e < 15; e++) {
      const row = Math.floor(rand() * t.rows.length);
      const col = 3 + Math.floor(rand() * 5);
      const text = rand() < 0.2 ? '' : (Math.floor(rand() * 2e6) / 100).toFixed(2);
      expect(b.setCell(t.id, row, col, text)).toEqual(a.setCell(t.id, row, col, text));
      expect(b.current()).toEqual(a.current());
    }
    expect(ct.data.map((d) => d.amounts && [...d.amounts.val])).toEqual(before);
  }
});

test('a cell whose value is not its text, a short row and untrimmed text survive the conversion', () => {
  const t = table(['label', '1', '2'], [['a', '1.00', '2.00'], ['b', '3', '4']]);
  const odd = { text: '12万元', value: makeCell('12').value };
  const rows = [{ ...t.rows[0]!, cells: [t.rows[0]!.cells[0]!, odd] }, { ...t.rows[1]!, cells: [...t.rows[1]!.cells.slice(0, 2), { text: ' 4 ', value: makeCell('4').value }] }];
  const src: Table = { ...t, rows };
  const ct = toColumnar(src);
  expect(plain(ct.table)).toEqual(plain(src));
  expect(ct.table.rows[0]!.cells).toHaveLength(2);
  expect(checkRules([ct.table], [rule('2栏=1栏')])).toEqual(checkRules([src], [rule('2栏=1栏')]));
  const { message, transfer } = toTransfer(src);
  expect(plain(fromTransfer(structuredClone(message, { transfer })).table)).toEqual(plain(src));
});

test('a table is columnar only while its rows array is the columnar one', () => {
  const ct = toColumnar(table(['label', '1'], [['a', '1']]));
  expect(columnarOf(ct.table)).toBe(ct);
  expect(columnarOf({ ...ct.table })).toBe(ct);
  expect(columnarOf({ ...ct.table, rows: ct.table.rows.slice() })).toBeNull();
  expect(columnarOf({ ...ct.table, columns: [...ct.table.columns] })).toBeNull();
});
