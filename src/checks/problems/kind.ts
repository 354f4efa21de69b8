// Names the slip between a printed amount and its suggested correction when it is a recognisable one:
// two adjacent digits swapped, a digit dropped or added, one digit wrong, or the decimal point shifted.
import { Decimal } from '../../engine/decimal.ts';
import { parseAmount } from '../../engine/amount.ts';
import type { SuggestionKind } from './types.ts';

/** Digits of |v| printed with `decimals` decimals, without leading zeros ("0.50" → "050" keeps the fraction). */
function digits(v: Decimal, decimals: number): string {
  const [int, frac = ''] = v.abs().toFixed(decimals).split('.');
  return (int === '0' ? '' : int!) + frac;
}

export function suggestionKind(printed: string, suggested: string): SuggestionKind | undefined {
  const was = parseAmount(printed);
  const now = parseAmount(suggested);
  if (was.kind !== 'number' || now.kind !== 'number') return undefined;
  if (was.value.isNeg() !== now.value.isNeg() || was.value.eq(now.value)) return undefined;
  if (!was.value.isZero() && (now.value.eq(was.value.times(10)) || now.value.times(10).eq(was.value))) return 'decimal_shift';
  const d = Math.max(was.decimals, now.decimals);
  const a = digits(was.value, d);
  const b = digits(now.value, d);
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return 'digit_off';
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return 'transposition';
    return undefined;
  }
  if (a.length + 1 === b.length && dropsOne(b, a)) return 'dropped_digit';
  if (b.length + 1 === a.length && dropsOne(a, b)) return 'extra_digit';
  return undefined;
}

/** Is `short` the string `long` with one character removed? */
function dropsOne(long: string, short: string): boolean {
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}
