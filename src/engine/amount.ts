// Cell text → typed value. Records the printed decimals: the rounding tolerance is computed from them.
// Never parseFloat: digits go straight into decimal.js after normalisation. The Decimal is built lazily on
// first use: most cells are only scanned by the engine's scaled-integer fast path, and a 100k-row paste
// should not allocate a Decimal per cell up front.
import { Decimal } from './decimal.ts';

/** A parsed amount or percentage; `value` is created on first read and cached. */
class NumericValue {
  #value: Decimal | undefined;
  constructor(
    readonly kind: 'number' | 'percent',
    /** normalised digits with sign, e.g. "-1234.50" */
    readonly digits: string,
    readonly decimals: number,
  ) {}

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
  return new NumericValue(kind, digits, decimals) as Extract<CellValue, { kind: 'number' | 'percent' }>;
}

/** Plain ASCII amounts ("1,234.56", "-12.5", "0") skip normalisation; anything else takes the full path. */
const PLAIN_RE = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

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

/** Could the text be a number at all? Labels (CJK, letters) are rejected without regex work. */
function mayBeNumeric(text: string): boolean {
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
  const plain = PLAIN_RE.exec(text);
  if (plain) {
    const [, sign, int, frac = ''] = plain;
    const digits = int!.includes(',') ? int!.replace(/,/g, '') : int!;
    const zero = /^0*$/.test(digits) && /^0*$/.test(frac);
    return numeric('number', (sign && !zero ? '-' : '') + digits + (frac ? '.' + frac : ''), frac.length);
  }
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
