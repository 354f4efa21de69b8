// Cell text → typed value. Records the printed decimals: the rounding tolerance is computed from them.
// Never parseFloat: digits go straight into decimal.js after normalisation. The Decimal is built lazily on
// first use: most cells are only scanned by the engine's scaled-integer fast path, and a 100k-row paste
// should not allocate a Decimal per cell up front.
import { Decimal } from './decimal.ts';

/** Scale of the engine's exact-integer fast path: a value with ≤ 4 printed decimals is held as value·10^5. */
export const SCALE_DIGITS = 5;
const SCALE = 100000;
/** 10^(5 − decimals) for 0–5 decimals (a table read: `10 **` on a variable goes through Math.pow) */
const FRAC_SCALE = [100000, 10000, 1000, 100, 10, 1];

/** A parsed amount or percentage; `value` is created on first read and cached. */
class NumericValue {
  #value: Decimal | undefined;
  /** the normalised digits, or (#plain) the ASCII text they are derived from on first read */
  #digits: string;
  #plain: boolean;
  constructor(
    readonly kind: 'number' | 'percent',
    source: string,
    plain: boolean,
    readonly decimals: number,
    /** value·10^5 as an exact integer below 2^53, or NaN (5+ decimals, too large, percentages) */
    readonly scaled: number,
  ) {
    this.#digits = source;
    this.#plain = plain;
  }

  /** normalised digits with sign, e.g. "-1234.50" */
  get digits(): string {
    if (this.#plain) {
      this.#digits = plainDigits(this.#digits, this.scaled);
      this.#plain = false;
    }
    return this.#digits;
  }

  get value(): Decimal {
    return (this.#value ??= new Decimal(this.digits));
  }

  toJSON() {
    return { kind: this.kind, value: this.digits, decimals: this.decimals };
  }
}

function numeric(kind: 'number', digits: string, decimals: number): Extract<CellValue, { kind: 'number' }>;
function numeric(kind: 'percent', digits: string, decimals: number): Extract<CellValue, { kind: 'percent' }>;
function numeric(kind: 'number' | 'percent', digits: string, decimals: number) {
  const scaled = kind === 'number' ? scaleOf(digits, 0, digits.length) : NaN;
  return new NumericValue(kind, digits, false, decimals, scaled) as Extract<CellValue, { kind: 'number' | 'percent' }>;
}

/** "-1,234.50" → "-1234.50"; "-0.00" → "0.00" (a zero has no sign). */
function plainDigits(text: string, scaled: number): string {
  const s = text.includes(',') ? text.replace(/,/g, '') : text;
  return s.charCodeAt(0) === 45 && (scaled === 0 || /^-[0.]*$/.test(s)) ? s.slice(1) : s;
}

/** value·10^5 of an ASCII decimal in text[from, to) ("-1234.5", commas skipped), or NaN when not exact below 2^53. */
function scaleOf(text: string, from: number, to: number): number {
  let i = from;
  const neg = text.charCodeAt(i) === 45;
  if (neg) i++;
  let int = 0;
  let frac = 0;
  let fracDigits = -1;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (fracDigits >= 0) { frac = frac * 10 + (c - 48); fracDigits++; } else int = int * 10 + (c - 48);
    } else if (c === 46) fracDigits = 0;
    // commas are skipped; the caller has validated the shape
  }
  // int ≤ 9·10^10 keeps int·10^5 + frac below 2^53
  if (fracDigits > 4 || int > 9e10) return NaN;
  const scaled = int * SCALE + (fracDigits > 0 ? frac * FRAC_SCALE[fracDigits]! : 0);
  return neg && scaled !== 0 ? -scaled : scaled;
}

/**
 * Plain ASCII amounts ("1,234.56", "-12.5", "0"): optional '-', digits (or 1–3 digits then ",ddd" groups),
 * optional ".digits". Scanned by hand — this runs once per pasted cell — or null for anything else.
 */
function parsePlain(text: string): CellValue | null {
  const decimals = scanPlain(text);
  if (decimals < 0) return null;
  return new NumericValue('number', text, true, decimals, PLAIN.scaled) as Extract<CellValue, { kind: 'number' }>;
}

/** What the last scanPlain read: value·10^5 as an exact integer below 2^53, or NaN (5+ decimals, too large). */
export const PLAIN = { scaled: NaN };

/**
 * One pass over a plain ASCII amount (see parsePlain): its printed decimals, with its scaled value left in
 * PLAIN.scaled; −1 when the text is not one. Allocates nothing.
 */
export function scanPlain(text: string): number {
  return scanPlainAt(text, 0, text.length);
}

/** scanPlain of text[from, to) (a cell inside a pasted text), without making the cell's string. */
export function scanPlainAt(text: string, from: number, to: number): number {
  const neg = to > from && text.charCodeAt(from) === 45;
  let i = neg ? from + 1 : from;
  const intStart = i;
  let commas = false;
  let group = 0; // digits since the last comma, or since the start
  let int = 0;
  let c = 0;
  for (; i < to; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) { group++; int = int * 10 + (c - 48); }
    else if (c === 44) {
      if (commas ? group !== 3 : group < 1 || group > 3) return -1;
      commas = true;
      group = 0;
    } else break;
  }
  if (i === intStart || (commas && group !== 3)) return -1;
  let decimals = 0;
  let frac = 0;
  if (i < to) {
    if (c !== 46) return -1;
    const fracStart = ++i;
    for (; i < to; i++) {
      c = text.charCodeAt(i);
      if (c < 48 || c > 57) return -1;
      frac = frac * 10 + (c - 48);
    }
    decimals = to - fracStart;
    if (decimals === 0) return -1;
  }
  // int ≤ 9·10^10 keeps int·10^5 + frac below 2^53
  const scaled = decimals > 4 || int > 9e10 ? NaN : int * SCALE + frac * FRAC_SCALE[decimals]!;
  PLAIN.scaled = neg && scaled !== 0 ? -scaled : scaled;
  return decimals;
}

export type CellValue =
  | { readonly kind: 'empty' }
  /** scaled: value·10^5 when exact below 2^53 with ≤ 4 decimals, else NaN (the engine's fast path reads it) */
  | { readonly kind: 'number'; readonly value: Decimal; readonly decimals: number; readonly scaled?: number }
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

/** Could the text be a number at all? Labels (CJK, letters) are rejected without regex work. */
export function mayBeNumeric(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0x3000 || c === 0xa0) continue;
    // ASCII digits/sign/paren/point, full-width digits and signs, unicode minus and dashes (placeholders)
    return (c >= 0x28 && c <= 0x39) || (c >= 0xff08 && c <= 0xff19) || c === 0x2212 || c === 0x2010 || c === 0xfe63
      || c === 0x2013 || c === 0x2014 || c === 0x2500 || c === 0xff05;
  }
  return true;
}

export function parseAmount(text: string): CellValue {
  if (!mayBeNumeric(text)) {
    const t = text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
    return { kind: 'text', text: t };
  }
  const plain = parsePlain(text);
  if (plain) return plain;
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
  const unsigned = int!.replace(/,/g, '') + (frac ? '.' + frac : '');
  const zero = /^[0.]*$/.test(unsigned);
  const digits = (negative && !zero ? '-' : '') + unsigned;
  return pct ? numeric('percent', digits, frac.length) : numeric('number', digits, frac.length);
}

export function isNumeric(v: CellValue): v is Extract<CellValue, { kind: 'number' | 'percent' }> {
  return v.kind === 'number' || v.kind === 'percent';
}

/** Value for arithmetic: blank and placeholders are 0 (unless the caller treats them as n/a). */
export function numericOrZero(v: CellValue): Decimal {
  return isNumeric(v) ? v.value : new Decimal(0);
}

/** Two numbers parseAmount made with the same kind, digits and decimals (no Decimal is made to tell). */
export function sameParsedNumeric(a: CellValue, b: CellValue): boolean {
  return a instanceof NumericValue && b instanceof NumericValue && a.kind === b.kind && a.decimals === b.decimals && a.digits === b.digits;
}
