// Cell text → typed value. Records the printed decimals: the rounding tolerance is computed from them.
// Never parseFloat: digits go straight into decimal.js after normalisation.
import { Decimal } from './decimal.ts';

export type CellValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: Decimal; readonly decimals: number }
  /** value in percent units: "96.96%" → 96.96 */
  | { readonly kind: 'percent'; readonly value: Decimal; readonly decimals: number }
  /** "-", "—", "--", "---", "－": zero, or not applicable in 三公 budget columns (domain §0.3) */
  | { readonly kind: 'placeholder'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string };

export const EMPTY: CellValue = Object.freeze({ kind: 'empty' });

const PLACEHOLDERS = new Set(['-', '—', '--', '---', '－', '——', '－－', '———', '─', '–']);
const NUMBER_RE = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/;

/** Full-width digits/punctuation → ASCII; unicode minus signs → '-'; strips all whitespace. */
export function normaliseNumberText(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (ch === '．') out += '.';
    else if (ch === '，') out += ',';
    else if (ch === '％') out += '%';
    else if (ch === '−' || ch === '－' || ch === '‐' || ch === '﹣') out += '-';
    else if (ch === '＋') out += '+';
    else if (ch === '（') out += '(';
    else if (ch === '）') out += ')';
    else if (/\s/.test(ch) || ch === '\u3000' || ch === '\u00a0') continue;
    else out += ch;
  }
  return out;
}

export function parseAmount(text: string): CellValue {
  const trimmed = text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
  if (trimmed === '') return EMPTY;
  if (PLACEHOLDERS.has(trimmed)) return { kind: 'placeholder', text: trimmed };
  let s = normaliseNumberText(trimmed);
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1]!;
  }
  const m = NUMBER_RE.exec(s);
  if (!m) return { kind: 'text', text: trimmed };
  const [, sign, int, frac = '', pct] = m;
  if (paren && sign) return { kind: 'text', text: trimmed };
  if (sign === '-') negative = !negative;
  const digits = int!.replace(/,/g, '') + (frac ? '.' + frac : '');
  let value = new Decimal(digits);
  if (negative) value = value.negated();
  if (negative && value.isZero()) value = new Decimal(0);
  return pct
    ? { kind: 'percent', value, decimals: frac.length }
    : { kind: 'number', value, decimals: frac.length };
}

export function isNumeric(v: CellValue): v is Extract<CellValue, { kind: 'number' | 'percent' }> {
  return v.kind === 'number' || v.kind === 'percent';
}

/** Value for arithmetic: blank and placeholders are 0 (unless the caller treats them as n/a). */
export function numericOrZero(v: CellValue): Decimal {
  return isNumeric(v) ? v.value : new Decimal(0);
}
