// The rounding model (domain §0.3, XBRL Calculations 1.1): a value printed with d decimals stands for
// v ± ½·10⁻ᵈ; blank, placeholders and an integer 0 are exact. A comparison passes when it holds on the
// printed values, is a rounding residue when it holds somewhere inside the envelope, else it fails.
import { Decimal, halfUnit, ZERO } from '../decimal.ts';
import type { CellValue } from '../amount.ts';
import type { Accepts } from '../grammar/operators.ts';
import type { Verdict } from './fast-path.ts';

/** Half-width of a printed number's interval. */
export function halfWidth(v: CellValue): Decimal {
  if (v.kind !== 'number') return ZERO;
  if (v.decimals === 0 && v.value.isZero()) return ZERO;
  return halfUnit(v.decimals);
}

export function classifyDecimal(accepts: Accepts, diff: Decimal, tol: Decimal): Verdict {
  const c = diff.cmp(0);
  if (c < 0 ? accepts.lt : c > 0 ? accepts.gt : accepts.eq) return 'pass';
  const lo = diff.minus(tol);
  const hi = diff.plus(tol);
  if ((accepts.lt && lo.lt(0)) || (accepts.eq && lo.lte(0) && hi.gte(0)) || (accepts.gt && hi.gt(0))) return 'residue';
  return 'fail';
}

/** Decimal string with the given number of decimals ("−0.00" never appears). */
export function fixed(v: Decimal, decimals: number): string {
  const s = v.toFixed(decimals);
  return /^-0(?:\.0*)?$/.test(s) ? s.slice(1) : s;
}

export function toleranceString(tol: Decimal): string {
  return tol.isZero() ? '0' : tol.toFixed();
}
