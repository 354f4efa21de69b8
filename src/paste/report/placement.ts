// Where do the values of a space-separated row go when blank cells collapsed? Each row gets the order-preserving
// placements that satisfy its own identities (T03 c1 = c2+…+c6) and the bounds known from sibling tables; then
// parent/child column sums (合计 = Σ类, 类 = Σ款 …) prune placements across rows. What stays ambiguous is reported.
import { Decimal } from '../../engine/decimal.ts';
import { parseAmount } from '../../engine/amount.ts';
import type { Identity } from './columns.ts';
import { combinations } from '../../engine/arrays.ts';

export interface PlaceInput {
  /** value token texts in printed order */
  readonly values: readonly string[];
  /** candidate 栏 numbers, ascending (the columns this row's values may occupy) */
  readonly columns: readonly number[];
  /** upper bound for a value in a column (sibling tables), or null */
  readonly bound?: (colNo: number) => Decimal | null;
}

const MAX_GROUP_PRODUCT = 20000;
// Amounts as exact integers of 10⁻⁶ (via Decimal, never binary floats) so the search loops stay cheap.
const SCALE = 1_000_000n;

export function numeric(text: string): Decimal {
  const v = parseAmount(text);
  return v.kind === 'number' || v.kind === 'percent' ? v.value : new Decimal(0);
}

export function scaled(text: string): bigint {
  return BigInt(numeric(text).times(SCALE.toString()).toFixed(0));
}

/** Rounding envelope of a sum of `terms` amounts printed with 2 decimals: 0.005·(terms+1), at least 0.01. */
const tolerance = (terms: number) => {
  const t = 5_000n * BigInt(terms + 1);
  return t < 10_000n ? 10_000n : t;
};
const abs = (x: bigint) => (x < 0n ? -x : x);

function holds(ids: readonly Identity[], at: (c: number) => bigint): boolean {
  return ids.every((id) => {
    let diff = at(id.lhs);
    for (const [c, s] of id.rhs) diff = s === 1 ? diff - at(c) : diff + at(c);
    return abs(diff) <= tolerance(id.rhs.length);
  });
}

function valueAt(values: readonly bigint[], cols: readonly number[], c: number): bigint {
  const i = cols.indexOf(c);
  return i < 0 ? 0n : values[i]!;
}

/** Candidate placements of one row, most plausible (leftmost) first. */
export function rowCandidates(row: PlaceInput, ids: readonly Identity[]): number[][] {
  const k = row.values.length;
  const n = row.columns.length;
  if (k === 0) return [[]];
  if (k >= n) return [row.columns.slice(0, k)];
  const values = row.values.map(scaled);
  const all = combinations(n, k).map((idx) => idx.map((i) => row.columns[i]!));
  const bounds = new Map<number, bigint | null>();
  for (const c of row.columns) {
    const b = row.bound?.(c);
    bounds.set(c, b ? BigInt(b.times(SCALE.toString()).toFixed(0)) + 10_000n : null);
  }
  const bounded = all.filter((cols) => cols.every((c, i) => {
    const b = bounds.get(c);
    return b === null || b === undefined || values[i]! <= b;
  }));
  const base = bounded.length > 0 ? bounded : all;
  const consistent = base.filter((cols) => holds(ids, (c) => valueAt(values, cols, c)));
  return consistent.length > 0 ? consistent : base;
}

/**
 * Prune candidates with parent = Σ children groups (indices into rows), per column. A column that no combination
 * satisfies (a misprint, n/a placeholders) is ignored rather than allowed to veto every placement.
 */
export function pruneByGroups(
  rows: readonly PlaceInput[], cands: number[][][], groups: readonly (readonly [number, readonly number[]])[],
  columns: readonly number[], maxProduct = MAX_GROUP_PRODUCT,
): void {
  const values = rows.map((r) => r.values.map(scaled));
  // each candidate as a vector over `columns`
  const vector = (row: number, cand: readonly number[]) => columns.map((c) => valueAt(values[row]!, cand, c));
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (const [parent, children] of groups) {
      const members = [parent, ...children];
      if (members.every((m) => cands[m]!.length === 1)) continue;
      const product = members.reduce((p, m) => p * cands[m]!.length, 1);
      if (product > maxProduct) continue;
      const vecs = members.map((m) => cands[m]!.map((c) => vector(m, c)));
      const tol = tolerance(children.length);
      const combos: { pick: number[]; ok: number }[] = [];
      const diff = vecs[0]![0]!.map(() => 0n);
      const pick: number[] = [];
      const rec = (i: number) => {
        if (i === members.length) {
          let ok = 0;
          diff.forEach((d, c) => { if (abs(d) <= tol) ok |= 1 << c; });
          combos.push({ pick: pick.slice(), ok });
          return;
        }
        const sign = i === 0 ? 1n : -1n;
        for (let j = 0; j < vecs[i]!.length; j++) {
          const v = vecs[i]![j]!;
          v.forEach((x, c) => { diff[c]! += sign * x; });
          pick.push(j);
          rec(i + 1);
          pick.pop();
          v.forEach((x, c) => { diff[c]! -= sign * x; });
        }
      };
      rec(0);
      const live = combos.reduce((m, x) => m | x.ok, 0);
      const valid = combos.filter((x) => (x.ok & live) === live);
      if (valid.length === 0) continue;
      members.forEach((m, i) => {
        const keep = new Set(valid.map((x) => x.pick[i]!));
        if (keep.size < cands[m]!.length) {
          cands[m] = cands[m]!.filter((_, j) => keep.has(j));
          changed = true;
        }
      });
    }
    if (!changed) return;
  }
}
