// Percentage gaps in percentage points: "35.7897" → "35.79 个百分点" ("35.79 percentage points"). Two decimals,
// as rates are printed; a gap that would round to 0.00 keeps up to four decimals so it never reads as zero.
import Decimal from 'decimal.js';
import { msg, type Lang } from '../../messages/index.ts';

export function pointsNumber(value: string): string {
  if (!/^[-+]?\d+(\.\d+)?$/.test(value.trim())) return value;
  const d = new Decimal(value.trim());
  const two = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return (two.isZero() && !d.isZero() ? d.toDecimalPlaces(4, Decimal.ROUND_HALF_UP) : two).toFixed();
}

export function percentPoints(value: string, lang: Lang): string {
  return msg(lang, 'common.percentPoints', { n: pointsNumber(value) });
}
