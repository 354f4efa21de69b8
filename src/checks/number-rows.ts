// What the 未能核对 calibration reads of a table's numbers, without making its cells when the table is columnar
// (a pasted table of half a million rows keeps its amounts in typed arrays; reading `cells` would make a Cell and
// a parsed value for each of its millions of cells).
import { columnarOf, CK_MASK, CK_NUMBER, type ColumnarTable } from '../engine/columnar/columnar-table.ts';
import { K_NUM } from '../engine/check/fast-path.ts';
import type { Table } from '../engine/table.ts';

/** Does any amount cell hold a number? */
export function hasNumber(t: Table): boolean {
  const ct = columnarOf(t);
  if (ct) return t.columns.some((c, j) => c.role === 'amount' && ct.data[j]!.flags.some((f) => (f & CK_MASK) === CK_NUMBER));
  return t.rows.some((r) => r.cells.some((c, j) => t.columns[j]?.role === 'amount' && c.value.kind === 'number'));
}

/** Rows printing at least two non-zero numbers in their amount columns (the rows a row identity can fail on). */
export function rowsWithNumbers(t: Table): number {
  const ct = columnarOf(t);
  if (ct) return columnarRowsWithNumbers(t, ct);
  let n = 0;
  for (const r of t.rows) {
    let k = 0;
    r.cells.forEach((c, j) => {
      if (t.columns[j]?.role === 'amount' && c.value.kind === 'number' && !c.value.value.isZero()) k++;
    });
    if (k >= 2) n++;
  }
  return n;
}

function columnarRowsWithNumbers(t: Table, ct: ColumnarTable): number {
  const counts = new Uint8Array(ct.rowCount);
  t.columns.forEach((c, j) => {
    if (c.role !== 'amount') return;
    const { flags, amounts } = ct.data[j]!;
    for (let r = 0; r < flags.length; r++) {
      if ((flags[r]! & CK_MASK) !== CK_NUMBER) continue;
      // the arrays hold the value when it is exact on their scale; otherwise (5+ decimals, past 2^53, an ambiguous
      // row) the cell's own value says
      const nonZero = amounts && amounts.kind[r] === K_NUM ? amounts.val[r] !== 0 : nonZeroValue(ct, r, j);
      if (nonZero && counts[r]! < 2) counts[r]!++;
    }
  });
  let n = 0;
  for (let r = 0; r < counts.length; r++) if (counts[r] === 2) n++;
  return n;
}

function nonZeroValue(ct: ColumnarTable, r: number, c: number): boolean {
  const v = ct.value(r, c);
  return v.kind === 'number' && !v.value.isZero();
}
