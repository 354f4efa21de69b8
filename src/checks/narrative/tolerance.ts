// Tolerance by printed precision (domain §0.3): every printed number stands for v ± ½ unit; a recomputed
// percentage is an interval (corners of the input envelopes), and the printed one must meet it.
// Outside that but within 0.5 percentage points → warning; beyond → error.
import { Decimal, ZERO } from '../../engine/decimal.ts';

export interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

export interface Printed {
  readonly value: Decimal;
  readonly half: Decimal;
}

export const interval = (p: Printed): Interval => ({ lo: p.value.minus(p.half), hi: p.value.plus(p.half) });
const HUNDRED = new Decimal(100);
const HALF_PP = new Decimal('0.5');
const ROUNDING_AMOUNT = new Decimal('0.02'); // 万元: observed 尾数误差 (domain §0.3)

/** num/den × 100 over the envelopes, or null when the denominator can be ≤ 0. */
export function percentOf(num: Interval, den: Interval): Interval | null {
  if (den.lo.lte(0)) return null;
  const c = [num.lo.div(den.lo), num.lo.div(den.hi), num.hi.div(den.lo), num.hi.div(den.hi)].map((d) => d.times(HUNDRED));
  return { lo: Decimal.min(...c), hi: Decimal.max(...c) };
}

export const sub = (a: Interval, b: Interval): Interval => ({ lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) });
export const add = (a: Interval, b: Interval): Interval => ({ lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) });
export const mid = (i: Interval): Decimal => i.lo.plus(i.hi).div(2);

export type Verdict = 'pass' | 'info' | 'warning' | 'error';

export interface Judgement {
  readonly verdict: Verdict;
  readonly expected: Decimal;
  readonly difference: Decimal;
  readonly tolerance: Decimal;
}

/** A printed percentage against the recomputed interval. */
export function judgePercent(declared: Printed, computed: Interval, centre: Decimal): Judgement {
  const propagation = Decimal.max(centre.minus(computed.lo), computed.hi.minus(centre));
  const tolerance = declared.half.plus(propagation);
  const difference = declared.value.minus(centre);
  const d = interval(declared);
  const overlaps = d.lo.lte(computed.hi) && d.hi.gte(computed.lo);
  const verdict: Verdict = overlaps ? 'pass' : difference.abs().lte(HALF_PP) ? 'warning' : 'error';
  return { verdict, expected: centre, difference, tolerance };
}

/** A stated amount against another printed amount (text vs table, or total vs Σ parts). */
export function judgeAmount(stated: Interval, other: Interval, centreStated: Decimal, centreOther: Decimal): Judgement {
  const difference = centreStated.minus(centreOther);
  const tolerance = stated.hi.minus(stated.lo).plus(other.hi.minus(other.lo)).div(2);
  const overlaps = stated.lo.lte(other.hi) && stated.hi.gte(other.lo);
  // as in the engine: equal → pass; different but within the envelopes (or 0.01–0.02) → 尾数误差
  const verdict: Verdict = difference.isZero() ? 'pass'
    : overlaps || difference.abs().lte(Decimal.max(ROUNDING_AMOUNT, tolerance.times(2))) ? 'info' : 'error';
  return { verdict, expected: centreOther, difference, tolerance };
}

export function sumPrinted(parts: readonly Printed[]): Interval {
  return parts.reduce<Interval>((acc, p) => add(acc, interval(p)), { lo: ZERO, hi: ZERO });
}

/** Printed decimal string with the precision that makes sense for the message layer. */
export function fmt(d: Decimal, places = 2): string {
  return d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
}
