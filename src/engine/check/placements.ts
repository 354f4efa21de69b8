// Proving what can be proven about rows whose values were placed by inference or stay ambiguous (collapsed
// blanks): the printed numbers keep their order, so the admissible placements are the order-preserving ways to put
// the row's k printed values into its n amount columns (C(n,k)). An identity that fails under every placement is a
// proven failure; one that holds (or lands within rounding) under some placement cannot be reported as an error.
// The search is per identity, over each uncertain row's distinct contributions, and capped.
import { Decimal, ZERO } from '../decimal.ts';
import { rowPlacement, type Placement } from '../table.ts';
import type { CheckContext, Scratch } from './context.ts';
import { classifyDecimal, halfWidth } from './tolerance.ts';

/** Joint states (distinct side differences) kept while combining uncertain rows. */
export const PLACEMENT_CAP = 20000;

export type Enumeration =
  | { readonly kind: 'all_fail'; readonly count: string }
  | { readonly kind: 'fits'; readonly placement: string; readonly count: string }
  | { readonly kind: 'capped'; readonly count: string }
  | { readonly kind: 'not_enumerable' };

interface Token { readonly value: Decimal; readonly half: Decimal }
interface State { readonly diff: Decimal; readonly tol: Decimal; readonly pick: readonly number[] }

/** The weakest placement among an instance's operands: 'ambiguous' > 'inferred' > 'exact'. */
export function instancePlacement(n: number, ctx: CheckContext, s: Scratch): Placement {
  let out: Placement = 'exact';
  for (let k = 0; k < n; k++) {
    const r = s.row[k]!;
    if (r < 0) continue;
    const p = rowPlacement(ctx.tables[s.tab[k]!]!.rows[r]!);
    if (p === 'ambiguous') return p;
    if (p === 'inferred') out = p;
  }
  return out;
}

/** The rows of instance n whose values were not read exactly, by code or label ("2010102;20101"). */
export function uncertainRows(n: number, ctx: CheckContext, s: Scratch): string {
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const r = s.row[k]!;
    if (r < 0) continue;
    const row = ctx.tables[s.tab[k]!]!.rows[r]!;
    if (rowPlacement(row) === 'exact') continue;
    const name = row.code || row.label || String(r + 1);
    if (!out.includes(name)) out.push(name);
  }
  return out.join(';');
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

function binomial(n: number, k: number): bigint {
  let r = 1n;
  for (let i = 0; i < k; i++) r = (r * BigInt(n - i)) / BigInt(i + 1);
  return r;
}

/**
 * Decide instance n (bound in `s`) over every admissible placement of its uncertain rows. `constDiff` = left −
 * right constants; `exact` = the rule reads integer counts without an envelope.
 */
export function enumeratePlacements(
  n: number, ctx: CheckContext, s: Scratch, accepts: { lt: boolean; eq: boolean; gt: boolean }, constDiff: Decimal, exact: boolean,
): Enumeration {
  let baseDiff = constDiff;
  let baseTol = ZERO;
  // uncertain rows: key → operand (column, signed factor) list
  const rows = new Map<string, { tab: number; row: number; ops: { col: number; f: number }[] }>();
  for (let k = 0; k < n; k++) {
    const r = s.row[k]!;
    if (r < 0) continue;
    const tab = s.tab[k]!;
    const row = ctx.tables[tab]!.rows[r]!;
    const f = (s.left[k] ? 1 : -1) * s.sign[k]!;
    if (rowPlacement(row) !== 'exact') {
      const key = `${tab}:${r}`;
      const u = rows.get(key) ?? { tab, row: r, ops: [] };
      u.ops.push({ col: s.col[k]!, f });
      rows.set(key, u);
      continue;
    }
    const v = row.cells[s.col[k]!]?.value;
    if (!v || v.kind !== 'number') continue;
    baseDiff = f > 0 ? baseDiff.plus(v.value) : baseDiff.minus(v.value);
    if (!(exact && v.decimals === 0)) baseTol = baseTol.plus(halfWidth(v));
  }
  let count = 1n;
  let states: State[] = [{ diff: baseDiff, tol: baseTol, pick: [] }];
  const layouts: { cols: readonly number[]; combos: number[][]; columns: readonly { readonly colNo: number | null; readonly key: string }[]; label: string }[] = [];
  for (const u of rows.values()) {
    const cache = ctx.caches[u.tab]!;
    const rowObj = ctx.tables[u.tab]!.rows[u.row]!;
    const cols = cache.paneColumns(u.row);
    const printed = cols.filter((c) => (rowObj.cells[c]?.text ?? '') !== '');
    const k = printed.length;
    if (k === 0 || k >= cols.length) return { kind: 'not_enumerable' };
    const tokens: Token[] = printed.map((c) => {
      const v = rowObj.cells[c]!.value;
      if (v.kind !== 'number') return { value: ZERO, half: ZERO };
      return { value: v.value, half: exact && v.decimals === 0 ? ZERO : halfWidth(v) };
    });
    count *= binomial(cols.length, k);
    if (binomial(cols.length, k) > BigInt(PLACEMENT_CAP)) return { kind: 'capped', count: count.toString() };
    const combos = combinations(cols.length, k);
    // distinct contributions of this row to the instance, with one placement that gives each
    const contrib = new Map<string, { diff: Decimal; tol: Decimal; combo: number }>();
    combos.forEach((idx, ci) => {
      let d = ZERO;
      let t = ZERO;
      for (const op of u.ops) {
        const at = idx.findIndex((i) => cols[i] === op.col);
        if (at < 0) continue;
        d = op.f > 0 ? d.plus(tokens[at]!.value) : d.minus(tokens[at]!.value);
        t = t.plus(tokens[at]!.half);
      }
      const key = `${d.toString()}|${t.toString()}`;
      if (!contrib.has(key)) contrib.set(key, { diff: d, tol: t, combo: ci });
    });
    const next = new Map<string, State>();
    for (const st of states) {
      for (const c of contrib.values()) {
        const diff = st.diff.plus(c.diff);
        const tol = st.tol.plus(c.tol);
        const key = `${diff.toString()}|${tol.toString()}`;
        if (!next.has(key)) next.set(key, { diff, tol, pick: [...st.pick, c.combo] });
      }
      if (next.size > PLACEMENT_CAP) return { kind: 'capped', count: count.toString() };
    }
    states = [...next.values()];
    layouts.push({ cols, combos, columns: ctx.tables[u.tab]!.columns, label: rowObj.code || rowObj.label || String(u.row + 1) });
  }
  let fit: State | null = null;
  for (const st of states) {
    const v = classifyDecimal(accepts, st.diff, st.tol);
    if (v === 'pass') { fit = st; break; }
    if (v === 'residue') fit ??= st;
  }
  if (!fit) return { kind: 'all_fail', count: count.toString() };
  const placement = layouts.map((l, i) => {
    const idx = l.combos[fit.pick[i]!]!;
    return `${l.label}:${idx.map((c) => colName(l.columns, l.cols[c]!)).join(',')}`;
  }).join(';');
  return { kind: 'fits', placement, count: count.toString() };
}

/** The printed 栏 number of a column (its key when it has none). */
function colName(columns: readonly { readonly colNo: number | null; readonly key: string }[], col: number): string {
  const c = columns[col];
  return c?.colNo != null ? String(c.colNo) : c?.key ?? String(col);
}
