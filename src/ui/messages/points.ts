// Percentage gaps in percentage points: "35.7897" → "35.79 个百分点" ("35.79 percentage points"). A gap has two
// decimals, as rates are printed, unless that would hide it (0.00) or make it look within its tolerance — then
// it keeps four. A tolerance keeps its own decimals (trailing zeros dropped): it is the bound the check used.
import Decimal from 'decimal.js';
import { msg, type Lang } from '../../messages/index.ts';

const NUMBER = /^[-+]?\d+(\.\d+)?$/;

export function pointsNumber(value: string, tolerance = ''): string {
  if (!NUMBER.test(value.trim())) return value;
  const d = new Decimal(value.trim());
  const two = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const tol = NUMBER.test(tolerance.trim()) ? new Decimal(tolerance.trim()).abs() : null;
  const hides = (two.isZero() && !d.isZero()) || (tol !== null && d.abs().gt(tol) && two.abs().lte(tol));
  return (hides ? d.toDecimalPlaces(4, Decimal.ROUND_HALF_UP) : two).toFixed();
}

/** A tolerance as the check used it: "0.0050" → "0.005". */
export function toleranceNumber(value: string): string {
  return NUMBER.test(value.trim()) ? new Decimal(value.trim()).toFixed() : value;
}

export function percentPoints(value: string, lang: Lang, tolerance = ''): string {
  return msg(lang, 'common.percentPoints', { n: pointsNumber(value, tolerance) });
}

/** The gap and tolerance of a percentage finding, both in percentage points. */
export function percentGap(difference: string, tolerance: string, lang: Lang): { difference: string; tolerance: string } {
  return {
    difference: percentPoints(difference, lang, tolerance),
    tolerance: msg(lang, 'common.percentPoints', { n: toleranceNumber(tolerance) }),
  };
}
