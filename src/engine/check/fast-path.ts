// The scaled-integer fast path: every amount column a rule reads is kept as typed arrays of values
// scaled by 10^5 (exact for ≤ 4 printed decimals), half-widths on the same scale and a kind code.
// The hot loop then adds JS integers; anything else (text, 5+ decimals, huge values) goes to Decimal.
import { Decimal } from '../decimal.ts';
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
}

const HALF_BY_DECIMALS = [50000, 5000, 500, 50, 5]; // ½·10⁻ᵈ on the 10^5 scale

export function buildColumnArrays(rows: readonly Row[], col: number): ColumnArrays {
  const n = rows.length;
  const arrays: ColumnArrays = { val: new Float64Array(n), half: new Float64Array(n), kind: new Uint8Array(n) };
  for (let r = 0; r < n; r++) writeCell(arrays, r, rows[r]!, col);
  return arrays;
}

export function writeCell(a: ColumnArrays, r: number, row: Row, col: number): void {
  a.val[r] = 0;
  a.half[r] = 0;
  if (row.flags?.includes('column_ambiguous')) { a.kind[r] = K_AMBIG; return; }
  const cell = row.cells[col];
  const v = cell?.value;
  if (!cell || !v || v.kind === 'empty' || v.kind === 'placeholder') { a.kind[r] = K_ZERO; return; }
  if (v.kind === 'text') { a.kind[r] = K_TEXT; return; }
  if (v.kind === 'percent') { a.kind[r] = K_PCT; return; }
  const scaled = v.decimals <= 4 ? scaledOf(cell, v) : null;
  if (scaled === null) { a.kind[r] = K_SLOW; return; }
  a.kind[r] = K_NUM;
  a.val[r] = scaled;
  a.half[r] = v.decimals === 0 && scaled === 0 ? 0 : HALF_BY_DECIMALS[v.decimals]!;
}

/** value·10^5 as an exact JS integer, or null. Plain ASCII text is scanned without allocating. */
function scaledOf(cell: Cell, v: { readonly value: Decimal }): number | null {
  const quick = scanAscii(cell.text);
  if (quick !== null) return quick;
  const scaled = v.value.times(SCALE);
  if (!scaled.isInteger() || scaled.abs().gte(MAX_SAFE)) return null;
  return scaled.toNumber();
}

/** `-1,234.56` → -123456000; null for anything but sign, digits, commas and one point. */
function scanAscii(text: string): number | null {
  let i = 0;
  let neg = false;
  if (text.charCodeAt(0) === 45) { neg = true; i = 1; }
  let int = 0;
  let intDigits = 0;
  let frac = 0;
  let fracDigits = -1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (fracDigits >= 0) { frac = frac * 10 + (c - 48); fracDigits++; } else { int = int * 10 + (c - 48); intDigits++; }
    } else if (c === 44 && fracDigits < 0) {
      continue;
    } else if (c === 46 && fracDigits < 0) {
      fracDigits = 0;
    } else {
      return null;
    }
  }
  if (intDigits === 0 || intDigits > 10 || fracDigits === 0 || fracDigits > 4) return null;
  let scaled = int * SCALE;
  if (fracDigits > 0) scaled += frac * 10 ** (SCALE_DIGITS - fracDigits);
  return neg && scaled !== 0 ? -scaled : scaled;
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
