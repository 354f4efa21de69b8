// Where do the values of a space-separated row go when blank cells collapsed? Each row gets the order-preserving
// placements that satisfy its own identities (T03 c1 = c2+…+c6) and the bounds known from sibling tables; then
// parent/child column sums (合计 = Σ类, 类 = Σ款 …) prune placements across rows. What stays ambiguous is reported.
import { Decimal } from '../../engine/decimal.ts';
import { parseAmount } from '../../engine/amount.ts';
import type { Identity } from './columns.ts';

export interface PlaceInput {
  /** value token texts in printed order */
  readonly values: readonly string[];
  /** candidate 栏 numbers, ascending (the columns this row's values may occupy) */
  readonly columns: readonly number[];
  /** upper bound for a value in a column (sibling tables), or null */
  readonly bound?: (colNo: number) => Decimal | null;
}

export interface Placement {
  /** 栏 number of each value, or null when the row could not be placed at all */
  readonly cols: readonly number[];
  readonly ambiguous: boolean;
  readonly candidates: number;
}

const MAX_GROUP_PRODUCT = 20000;

export function numeric(text: string): Decimal {
  const v = parseAmount(text);
  return v.kind === 'number' || v.kind === 'percent' ? v.value : new Decimal(0);
}

function combinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const rec = (start: number) => {
    if (pick.length === k) { out.push(pick.slice()); return; }
    for (let i = start; i <= n - (k - pick.length); i++) { pick.push(i); rec(i + 1); pick.pop(); }
  };
  rec(0);
  return out;
}

const tolerance = (terms: number) => Decimal.max(new Decimal('0.01'), new Decimal('0.005').times(terms + 1));

function holds(ids: readonly Identity[], at: (c: number) => Decimal): boolean {
  return ids.every((id) => {
    let rhs = new Decimal(0);
    for (const [c, s] of id.rhs) rhs = s === 1 ? rhs.plus(at(c)) : rhs.minus(at(c));
    return at(id.lhs).minus(rhs).abs().lte(tolerance(id.rhs.length));
  });
}

function valueAt(values: readonly Decimal[], cols: readonly number[], c: number): Decimal {
  const i = cols.indexOf(c);
  return i < 0 ? new Decimal(0) : values[i]!;
}

/** Candidate placements of one row, most plausible (leftmost) first. */
export function rowCandidates(row: PlaceInput, ids: readonly Identity[]): number[][] {
  const k = row.values.length;
  const n = row.columns.length;
  if (k === 0) return [[]];
  if (k >= n) return [row.columns.slice(0, k)];
  const values = row.values.map(numeric);
  const all = combinations(n, k).map((idx) => idx.map((i) => row.columns[i]!));
  const bounded = all.filter((cols) => cols.every((c, i) => {
    const b = row.bound?.(c);
    return !b || values[i]!.lte(b.plus('0.01'));
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
  columns: readonly number[],
): void {
  const values = rows.map((r) => r.values.map(numeric));
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (const [parent, children] of groups) {
      const members = [parent, ...children];
      if (members.every((m) => cands[m]!.length === 1)) continue;
      const product = members.reduce((p, m) => p * cands[m]!.length, 1);
      if (product > MAX_GROUP_PRODUCT) continue;
      const combos: number[][] = [];
      const rec = (i: number, acc: number[]) => {
        if (i === members.length) { combos.push(acc.slice()); return; }
        for (let j = 0; j < cands[members[i]!]!.length; j++) { acc.push(j); rec(i + 1, acc); acc.pop(); }
      };
      rec(0, []);
      const tol = tolerance(children.length);
      const colOk = (combo: number[], c: number) => {
        let diff = valueAt(values[parent]!, cands[parent]![combo[0]!]!, c);
        children.forEach((ch, i) => { diff = diff.minus(valueAt(values[ch]!, cands[ch]![combo[i + 1]!]!, c)); });
        return diff.abs().lte(tol);
      };
      const live = columns.filter((c) => combos.some((combo) => colOk(combo, c)));
      const valid = combos.filter((combo) => live.every((c) => colOk(combo, c)));
      if (valid.length === 0) continue;
      members.forEach((m, i) => {
        const keep = new Set(valid.map((combo) => combo[i]!));
        if (keep.size < cands[m]!.length) {
          cands[m] = cands[m]!.filter((_, j) => keep.has(j));
          changed = true;
        }
      });
    }
    if (!changed) return;
  }
}

/** Candidates → placements: one candidate is certain; several keep the leftmost and say so. */
export function toPlacements(cands: readonly number[][][]): Placement[] {
  return cands.map((c) => ({ cols: c[0] ?? [], ambiguous: c.length > 1, candidates: c.length }));
}
