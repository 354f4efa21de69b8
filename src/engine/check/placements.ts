// Proving what can be proven about rows whose values were placed by inference or stay ambiguous (collapsed
// blanks): the printed numbers keep their order, so the admissible placements are the order-preserving ways to put
// the row's k printed values into its n amount columns (C(n,k)). An identity that fails under every placement is a
// proven failure; one that holds (or lands within rounding) under some placement cannot be reported as an error.
// The search is per identity, over each uncertain row's distinct contributions, and capped.
import type { CellValue } from '../amount.ts';
import type { Decimal } from '../decimal.ts';
import { rowPlacement, type Placement } from '../table.ts';
import type { CheckContext, Scratch } from './context.ts';
import { halfWidth } from './tolerance.ts';
import { combinations } from '../arrays.ts';

/** Joint states (distinct side differences) kept while combining uncertain rows; also the most placements of one row. */
export const PLACEMENT_CAP = 1024;

export type Enumeration =
  | { readonly kind: 'all_fail'; readonly count: string }
  | { readonly kind: 'fits'; readonly placement: string; readonly count: string }
  | { readonly kind: 'capped'; readonly count: string }
  | { readonly kind: 'not_enumerable' };

const SCALE = 10_000_000;
/** Joint states × contributions tried per instance before giving up (keeps a pathological table responsive). */
const WORK_BUDGET = 4_000;

interface Token { readonly value: bigint; readonly half: bigint }
interface Contribution { readonly diff: bigint; readonly tol: bigint; readonly combo: number }
/** the placement chosen per row so far, as a chain (no array copy per state) */
interface Pick { readonly row: number; readonly combo: number; readonly prev: Pick | null }
interface State { readonly diff: bigint; readonly tol: bigint; readonly pick: Pick | null }
interface Layout {
  readonly cols: readonly number[];
  readonly combos: number[][];
  readonly columns: readonly { readonly colNo: number | null; readonly key: string }[];
  readonly label: string;
}

/** Which of lt/eq/gt the difference allows, within ±tol (the same rule as classifyDecimal, on integers). */
function classify(accepts: { lt: boolean; eq: boolean; gt: boolean }, d: bigint, tol: bigint): 'pass' | 'residue' | 'fail' {
  if (d < 0n ? accepts.lt : d > 0n ? accepts.gt : accepts.eq) return 'pass';
  const lo = d - tol;
  const hi = d + tol;
  if ((accepts.lt && lo < 0n) || (accepts.eq && lo <= 0n && hi >= 0n) || (accepts.gt && hi > 0n)) return 'residue';
  return 'fail';
}

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

function binomial(n: number, k: number): bigint {
  let r = 1n;
  for (let i = 0; i < k; i++) r = (r * BigInt(n - i)) / BigInt(i + 1);
  return r;
}

/** Amounts as exact integers of 10⁻⁷ (every half-width of ≤ 6 printed decimals is whole), or null. */
function scaled(v: Decimal): bigint | null {
  const x = v.times(SCALE);
  return x.isInteger() ? BigInt(x.toFixed(0)) : null;
}

function half(v: CellValue, exact: boolean): bigint {
  if (v.kind !== 'number' || (exact && v.decimals === 0)) return 0n;
  return scaled(halfWidth(v)) ?? 0n;
}

/**
 * Decide instance n (bound in `s`) over every admissible placement of its uncertain rows. `constDiff` = left −
 * right constants; `exact` = the rule reads integer counts without an envelope.
 */
export function enumeratePlacements(
  n: number, ctx: CheckContext, s: Scratch, accepts: { lt: boolean; eq: boolean; gt: boolean }, constDiff: Decimal, exact: boolean,
): Enumeration {
  let baseDiff = scaled(constDiff);
  let baseTol = 0n;
  if (baseDiff === null) return { kind: 'not_enumerable' };
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
    const x = scaled(v.value);
    if (x === null) return { kind: 'not_enumerable' };
    baseDiff += f > 0 ? x : -x;
    baseTol += half(v, exact);
  }
  // every admissible placement of every uncertain row: the count a capped or proven finding reports
  let count = 1n;
  for (const u of rows.values()) {
    const rowObj = ctx.tables[u.tab]!.rows[u.row]!;
    const cols = ctx.caches[u.tab]!.paneColumns(u.row);
    const k = cols.filter((c) => (rowObj.cells[c]?.text ?? '') !== '').length;
    if (k === 0 || k >= cols.length) return { kind: 'not_enumerable' };
    count *= binomial(cols.length, k);
  }
  // each uncertain row's distinct contributions to this instance, with one placement that gives each
  const rowContribs: Contribution[][] = [];
  const layouts: Layout[] = [];
  let lo = baseDiff;
  let hi = baseDiff;
  let tolMax = baseTol;
  for (const u of rows.values()) {
    const rowObj = ctx.tables[u.tab]!.rows[u.row]!;
    const cols = ctx.caches[u.tab]!.paneColumns(u.row);
    const printed = cols.filter((c) => (rowObj.cells[c]?.text ?? '') !== '');
    if (binomial(cols.length, printed.length) > BigInt(PLACEMENT_CAP)) return { kind: 'capped', count: count.toString() };
    const tokens: Token[] = [];
    for (const c of printed) {
      const v = rowObj.cells[c]!.value;
      const value = v.kind === 'number' ? scaled(v.value) : 0n;
      if (value === null) return { kind: 'not_enumerable' };
      tokens.push({ value, half: half(v, exact) });
    }
    const combos = combinations(cols.length, printed.length);
    const contrib = new Map<bigint, Contribution>();
    combos.forEach((idx, combo) => {
      let diff = 0n;
      let tol = 0n;
      for (const op of u.ops) {
        const at = idx.findIndex((i) => cols[i] === op.col);
        if (at < 0) continue;
        diff += op.f > 0 ? tokens[at]!.value : -tokens[at]!.value;
        tol += tokens[at]!.half;
      }
      // one entry per difference, with the widest envelope (the most permissive: a proof never rests on a narrow one)
      const had = contrib.get(diff);
      if (!had || had.tol < tol) contrib.set(diff, { diff, tol, combo });
    });
    const list = [...contrib.values()];
    rowContribs.push(list);
    lo += list.reduce((m, c) => (c.diff < m ? c.diff : m), list[0]!.diff);
    hi += list.reduce((m, c) => (c.diff > m ? c.diff : m), list[0]!.diff);
    tolMax += list.reduce((m, c) => (c.tol > m ? c.tol : m), 0n);
    layouts.push({ cols, combos, columns: ctx.tables[u.tab]!.columns, label: rowObj.code || rowObj.label || String(u.row + 1) });
  }
  // every placement's difference lies in [lo, hi]: when no value there can pass, even within rounding, all fail
  const wide = { lo: lo - tolMax, hi: hi + tolMax };
  if (!((accepts.lt && wide.lo < 0n) || (accepts.eq && wide.lo <= 0n && wide.hi >= 0n) || (accepts.gt && wide.hi > 0n))) {
    return { kind: 'all_fail', count: count.toString() };
  }
  let work = 0;
  let states: State[] = [{ diff: baseDiff, tol: baseTol, pick: null }];
  for (let at = 0; at < rowContribs.length; at++) {
    const next = new Map<bigint, State>();
    for (const st of states) {
      for (const c of rowContribs[at]!) {
        const diff = st.diff + c.diff;
        const tol = st.tol + c.tol;
        const had = next.get(diff);
        if (!had || had.tol < tol) next.set(diff, { diff, tol, pick: { row: at, combo: c.combo, prev: st.pick } });
      }
      work += rowContribs[at]!.length;
      if (next.size > PLACEMENT_CAP || work > WORK_BUDGET) return { kind: 'capped', count: count.toString() };
    }
    states = [...next.values()];
  }
  let fit: State | null = null;
  for (const st of states) {
    const v = classify(accepts, st.diff, st.tol);
    if (v === 'pass') { fit = st; break; }
    if (v === 'residue') fit ??= st;
  }
  if (!fit) return { kind: 'all_fail', count: count.toString() };
  const chosen = new Array<number>(layouts.length);
  for (let p = fit.pick; p; p = p.prev) chosen[p.row] = p.combo;
  const placement = layouts.map((l, i) => {
    const idx = l.combos[chosen[i]!]!;
    return `${l.label}:${idx.map((c) => colName(l.columns, l.cols[c]!)).join(',')}`;
  }).join(';');
  return { kind: 'fits', placement, count: count.toString() };
}

/** The printed 栏 number of a column (its key when it has none). */
function colName(columns: readonly { readonly colNo: number | null; readonly key: string }[], col: number): string {
  const c = columns[col];
  return c?.colNo != null ? String(c.colNo) : c?.key ?? String(col);
}
