// Single-number mistakes of the kinds reviewers make, applied to a cell's printed text: two adjacent digits
// transposed, one digit ±1, a digit dropped, ±10 and ±100. Pure and deterministic: the random choices come from
// a seeded generator, so a seed reproduces every mutation. Arithmetic goes through decimal.js, never floats.
import { Decimal } from '../../../src/engine/decimal.ts';
import { seededRandom, type Random } from '../../../src/trainer/random.ts';

export const MUTATION_KINDS = ['transpose', 'digit_pm1', 'drop_digit', 'pm10', 'pm100'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  readonly kind: MutationKind;
  readonly from: string;
  readonly to: string;
}

/** The trainer's seeded generator (mulberry32): the same seed gives the same mutations on every machine. */
export function rng(seed: number): Pick<Random, 'next' | 'int'> {
  return seededRandom(seed);
}

export interface NumText {
  readonly neg: boolean;
  /** integer digits without separators */
  readonly int: string;
  /** decimal digits, or null when printed without a point */
  readonly frac: string | null;
  readonly commas: boolean;
  readonly pct: boolean;
}

const SHAPE = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/;

/** A plain printed number ("1,234.50", "-7", "98.57%"); anything else (≥35, 1.2万, text) is null. */
export function parseNumText(text: string): NumText | null {
  const m = SHAPE.exec(text.trim());
  if (!m) return null;
  return { neg: m[1] === '-', int: m[2]!.replace(/,/g, ''), frac: m[3] ?? null, commas: m[2]!.includes(','), pct: m[4] === '%' };
}

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatNumText(n: NumText): string {
  const int = n.commas ? group(n.int) : n.int;
  return `${n.neg ? '-' : ''}${int}${n.frac !== null ? `.${n.frac}` : ''}${n.pct ? '%' : ''}`;
}

const valueOf = (n: NumText) => new Decimal(`${n.neg ? '-' : ''}${n.int}.${n.frac ?? '0'}`);
const wellFormed = (n: NumText) => n.int.length === 1 || n.int[0] !== '0';
const swap = (s: string, i: number) => s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
const setDigit = (s: string, i: number, d: number) => s.slice(0, i) + String(d) + s.slice(i + 1);
const drop = (s: string, i: number) => s.slice(0, i) + s.slice(i + 1);

/** Every variant of one kind, in a fixed order (the generator picks among them). */
export function candidates(n: NumText, kind: MutationKind): NumText[] {
  const out: NumText[] = [];
  const parts: ('int' | 'frac')[] = n.frac !== null ? ['int', 'frac'] : ['int'];
  if (kind === 'transpose') {
    for (const p of parts) {
      const s = n[p]!;
      for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) out.push({ ...n, [p]: swap(s, i) });
    }
  } else if (kind === 'digit_pm1') {
    for (const p of parts) {
      const s = n[p]!;
      for (let i = 0; i < s.length; i++) {
        const d = Number(s[i]);
        if (d < 9) out.push({ ...n, [p]: setDigit(s, i, d + 1) });
        if (d > 0) out.push({ ...n, [p]: setDigit(s, i, d - 1) });
      }
    }
  } else if (kind === 'drop_digit') {
    if (n.int.length >= 2) for (let i = 0; i < n.int.length; i++) out.push({ ...n, int: drop(n.int, i) });
    else if (n.frac !== null && n.frac.length >= 1) {
      for (let i = 0; i < n.frac.length; i++) {
        const f = drop(n.frac, i);
        out.push({ ...n, frac: f === '' ? null : f });
      }
    }
  } else {
    const step = new Decimal(kind === 'pm10' ? 10 : 100);
    const v = valueOf(n);
    for (const next of [v.plus(step), v.minus(step)]) {
      if (next.lt(0) && !n.neg) continue;
      const digits = next.abs().toFixed(n.frac?.length ?? 0);
      const [int, frac] = digits.split('.');
      out.push({ ...n, neg: next.lt(0), int: int!, frac: frac ?? null });
    }
  }
  const v = valueOf(n);
  return out.filter((c) => wellFormed(c) && !valueOf(c).eq(v));
}

/** One mutation of `text` of the given kind, chosen by the generator; null when the kind does not apply. */
export function mutate(text: string, kind: MutationKind, pick: (n: number) => number): Mutation | null {
  const n = parseNumText(text);
  if (!n) return null;
  const cs = candidates(n, kind);
  if (cs.length === 0) return null;
  return { kind, from: text.trim(), to: formatNumText(cs[pick(cs.length)]!) };
}

/** The numeric change a mutation makes (to − from), exactly. */
export function delta(m: Mutation): Decimal {
  const a = parseNumText(m.from);
  const b = parseNumText(m.to);
  if (!a || !b) throw new RangeError(`not a number: ${m.from} → ${m.to}`);
  return valueOf(b).minus(valueOf(a));
}
