// Row identities used only to confirm where amounts go (never to change them): 1栏 = Σ other 栏 in
// T02/T03/T05, 3栏 = 4+5 in T07/T08, with the rounding envelope of domain §0.3.
import { Decimal, halfUnit } from '../../engine/decimal.ts';
import { parseAmount } from '../../engine/amount.ts';
import type { TableKind } from '../../engine/table.ts';

/** [total column, part columns] by 0-based amount column index. */
const IDENTITIES: Partial<Record<TableKind, readonly (readonly [number, readonly number[]])[]>> = {
  T02: [[0, [1, 2, 3, 4, 5, 6]]],
  T03: [[0, [1, 2, 3, 4, 5]]],
  T05: [[0, [1, 2]]],
  T07: [[2, [3, 4]]],
  T08: [[2, [3, 4]]],
  T09: [[0, [1, 2, 5]], [2, [3, 4]], [6, [7, 8, 11]], [8, [9, 10]]],
};

const CACHE = new Map<string, { v: Decimal; d: number; half: Decimal } | null>();

/** Parsed amount with its half-unit; cached because placement trials re-read the same texts. */
export function amountValue(text: string | undefined): { v: Decimal; d: number; half: Decimal } | null {
  if (text === undefined) return null;
  let hit = CACHE.get(text);
  if (hit === undefined) {
    const p = parseAmount(text);
    hit = p.kind === 'number' ? { v: p.value, d: p.decimals, half: halfUnit(p.decimals) } : null;
    if (CACHE.size > 10000) CACHE.clear();
    CACHE.set(text, hit);
  }
  return hit;
}
const value = amountValue;

/** true/false when every identity of the kind can be evaluated on the row; null when none can. */
export function rowIdentityHolds(kind: TableKind, cells: ReadonlyMap<number, string>): boolean | null {
  const ids = IDENTITIES[kind];
  if (!ids) return null;
  let seen = false;
  for (const [total, parts] of ids) {
    const t = value(cells.get(total));
    if (!t) continue;
    seen = true;
    let sum = new Decimal(0);
    let tol = t.half;
    for (const p of parts) {
      const v = value(cells.get(p));
      if (v) {
        sum = sum.plus(v.v);
        tol = tol.plus(v.half);
      }
    }
    if (sum.minus(t.v).abs().greaterThan(Decimal.max(tol, new Decimal('0.01')))) return false;
  }
  return seen ? true : null;
}
