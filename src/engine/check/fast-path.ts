// The scaled-integer fast path: every amount column a rule reads is kept as typed arrays of values
// scaled by 10^5 (exact for ≤ 4 printed decimals), half-widths on the same scale and a kind code.
// The hot loop then adds JS integers; anything else (text, 5+ decimals, huge values) goes to Decimal.
import { Decimal } from '../decimal.ts';
import type { CellValue } from '../amount.ts';
import type { Cell, Row } from '../table.ts';

export const SCALE_DIGITS = 5;
const SCALE = 100000; // 10^SCALE_DIGITS
export const MAX_SAFE = 9007199254740992; // 2^53

/** Cell kinds in the arrays; the evaluator ORs 1 << kind over an instance's operands. */
export const K_ZERO = 0;   // blank or placeholder: exact zero
export const K_NUM = 1;    // number exact on the scale
export const K_SLOW = 2;   // number the scale cannot hold: Decimal path
export const K_TEXT = 3;
export const K_PCT = 4;
export const K_AMBIG = 5;  // row flagged column_ambiguous
export const FAST_MASK = (1 << K_ZERO) | (1 << K_NUM);

export interface ColumnArrays {
  readonly val: Float64Array;
  readonly half: Float64Array;
  readonly kind: Uint8Array;
  /** cells whose kind is outside FAST_MASK (the hot loops skip per-cell kind reads when there are none) */
  slow: number;
}

const HALF_BY_DECIMALS = [50000, 5000, 500, 50, 5]; // ½·10⁻ᵈ on the 10^5 scale

export function emptyColumnArrays(n: number): ColumnArrays {
  return { val: new Float64Array(n), half: new Float64Array(n), kind: new Uint8Array(n), slow: 0 };
}

/** Arrays for several columns in one pass over the rows (row-major reads: one row object per row). */
export function buildColumnArrays(rows: readonly Row[], cols: readonly number[]): ColumnArrays[] {
  const n = rows.length;
  const out = cols.map(() => emptyColumnArrays(n));
  for (let r = 0; r < n; r++) {
    const row = rows[r]!;
    if (row.flags !== undefined && row.flags.includes('column_ambiguous')) {
      for (let k = 0; k < out.length; k++) setKind(out[k]!, r, K_AMBIG);
      continue;
    }
    const cells = row.cells;
    for (let k = 0; k < out.length; k++) writeValue(out[k]!, r, cells[cols[k]!]);
  }
  return out;
}

export function writeCell(a: ColumnArrays, r: number, row: Row, col: number): void {
  // `slow` stays a bound: a replaced slow kind is not uncounted
  a.val[r] = 0;
  a.half[r] = 0;
  if (row.flags?.includes('column_ambiguous')) { setKind(a, r, K_AMBIG); return; }
  writeValue(a, r, row.cells[col]);
}

function setKind(a: ColumnArrays, r: number, kind: number): void {
  a.kind[r] = kind;
  if (((1 << kind) & FAST_MASK) === 0) a.slow++;
}

/** Arrays start zeroed: only a number writes val/half. Numbers first: they are most cells. */
function writeValue(a: ColumnArrays, r: number, cell: Cell | undefined): void {
  if (cell === undefined) { a.kind[r] = K_ZERO; return; }
  const v = cell.value;
  if (v.kind === 'number') writeNumber(a, r, v.decimals <= 4 ? scaledOf(v) : NaN, v.decimals);
  else setKind(a, r, v.kind === 'text' ? K_TEXT : v.kind === 'percent' ? K_PCT : K_ZERO);
}

/** A number cell: exact on the scale (K_NUM) or not (NaN: K_SLOW, decided by the Decimal path). */
export function writeNumber(a: ColumnArrays, r: number, scaled: number, decimals: number): void {
  if (scaled !== scaled) { setKind(a, r, K_SLOW); return; }
  a.kind[r] = K_NUM;
  a.val[r] = scaled;
  a.half[r] = decimals === 0 && scaled === 0 ? 0 : HALF_BY_DECIMALS[decimals]!;
}

/** A cell's engine kind from its parsed value alone (the columnar table writes numbers itself). */
export function writeParsed(a: ColumnArrays, r: number, v: CellValue): void {
  if (v.kind === 'number') writeNumber(a, r, v.decimals <= 4 ? scaledOf(v) : NaN, v.decimals);
  else setKind(a, r, v.kind === 'text' ? K_TEXT : v.kind === 'percent' ? K_PCT : K_ZERO);
}

/** Mark a row of the column as column_ambiguous. */
export function writeAmbiguous(a: ColumnArrays, r: number): void {
  a.val[r] = 0;
  a.half[r] = 0;
  if (((1 << a.kind[r]!) & FAST_MASK) === 0) a.slow--;
  setKind(a, r, K_AMBIG);
}

/** value·10^5 as an exact JS integer, or NaN: parsed cells carry it; other CellValues go through Decimal. */
function scaledOf(v: { readonly value: Decimal; readonly scaled?: number }): number {
  if (v.scaled !== undefined) return v.scaled;
  const scaled = v.value.times(SCALE);
  if (!scaled.isInteger() || scaled.abs().gte(MAX_SAFE)) return NaN;
  return scaled.toNumber();
}

export type Verdict = 'pass' | 'residue' | 'fail';

/** Which of lt/eq/gt are possible for a difference d known to ±e. */
export function classifyNumber(accepts: { lt: boolean; eq: boolean; gt: boolean }, d: number, e: number): Verdict {
  if (d < 0 ? accepts.lt : d > 0 ? accepts.gt : accepts.eq) return 'pass';
  const lo = d - e;
  const hi = d + e;
  if ((accepts.lt && lo < 0) || (accepts.eq && lo <= 0 && hi >= 0) || (accepts.gt && hi > 0)) return 'residue';
  return 'fail';
}
