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
  // 部门预算 三公 nine-column form: 合计 = 三公小计 + 会议 + 培训; 三公 = 出国 + 车 + 接待; 车 = 购置 + 运行
  B09: [[0, [1, 7, 8]], [1, [2, 3, 6]], [3, [4, 5]]],
};

/** A parsed amount: exact scaled integers (value and half-unit ·10^5) when they fit, Decimals on first read. */
class Amount {
  constructor(private readonly p: { readonly value: Decimal; readonly decimals: number; readonly scaled?: number }) {}
  get v(): Decimal { return this.p.value; }
  get d(): number { return this.p.decimals; }
  get half(): Decimal { return halfUnit(this.p.decimals); }
  /** value·10^5, or NaN when the scale cannot hold it exactly */
  get s(): number { return this.p.decimals <= 4 && this.p.scaled !== undefined ? this.p.scaled : NaN; }
  /** half-unit·10^5 (exact for ≤ 4 decimals) */
  get h(): number { return 5 * 10 ** (4 - this.p.decimals); }
}

const CACHE = new Map<string, Amount | null>();
// |Σ parts − total| may reach max(Σ half-units, 0.01): 0.01 on the 10^5 scale
const CENT = 1000;
const MAX_SAFE = 2 ** 53;

/** Parsed amount with its half-unit; cached because placement trials re-read the same texts. */
export function amountValue(text: string | undefined): Amount | null {
  if (text === undefined) return null;
  let hit = CACHE.get(text);
  if (hit === undefined) {
    const p = parseAmount(text);
    hit = p.kind === 'number' ? new Amount(p) : null;
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
    const exact = holdsScaled(t, parts, cells);
    if (exact === false) return false;
    if (exact === null && !holdsDecimal(t, parts, cells)) return false;
  }
  return seen ? true : null;
}

/** The identity on exact integers; null when an operand or the sum leaves the exact range. */
function holdsScaled(t: Amount, parts: readonly number[], cells: ReadonlyMap<number, string>): boolean | null {
  let diff = -t.s;
  let tol = t.h;
  let abs = Math.abs(t.s);
  for (const p of parts) {
    const v = value(cells.get(p));
    if (!v) continue;
    diff += v.s;
    tol += v.h;
    abs += Math.abs(v.s);
  }
  if (!(abs + tol < MAX_SAFE)) return null; // also NaN
  return Math.abs(diff) <= Math.max(tol, CENT);
}

function holdsDecimal(t: Amount, parts: readonly number[], cells: ReadonlyMap<number, string>): boolean {
  let sum = new Decimal(0);
  let tol = t.half;
  for (const p of parts) {
    const v = value(cells.get(p));
    if (v) {
      sum = sum.plus(v.v);
      tol = tol.plus(v.half);
    }
  }
  return !sum.minus(t.v).abs().greaterThan(Decimal.max(tol, new Decimal('0.01')));
}
