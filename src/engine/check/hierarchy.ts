// `层级`: parent code = Σ children by prefix (3/5/7 digits by default), and a 合计/总计 row = Σ top-level
// codes, in every amount column (the k-th amount column of each row's pane in multi-pane tables).
import { ZERO } from '../decimal.ts';
import { COMPARE_OPS } from '../grammar/operators.ts';
import type { CheckContext, Scratch } from './context.ts';
import { isTotalLabel } from './labels.ts';
import type { HotTree, Plan, PlanResult } from './plan.ts';
import type { BoundRule } from './types.ts';

export function resolveHierarchy(bound: BoundRule, lengths: readonly number[], ctx: CheckContext): PlanResult {
  const home = ctx.indexOfId(bound.tableId);
  if (home < 0) return { ok: false, problem: { code: 'unknown_table', params: { table: bound.tableId } } };
  return { ok: true, plan: new HierarchyPlan(bound, lengths, ctx, home) };
}

class HierarchyPlan implements Plan {
  readonly op = COMPARE_OPS.eq;
  readonly failCode = 'hierarchy_mismatch';
  readonly constLeft = ZERO;
  readonly constRight = ZERO;
  readonly constScaled = 0;
  readonly constDecimals = 0;
  readonly hasConst = false;
  readonly instanceCount: number;
  private readonly parentOf: Int32Array;
  private readonly children = new Map<number, number[]>();
  private readonly totals: number[];
  private readonly instParent: number[] = [];
  private readonly instK: number[] = [];
  private readonly index = new Map<number, number>();
  private readonly width: number;
  /** parent rows in ascending order; instances are (parent, k) in this order */
  private readonly parents: Int32Array;

  constructor(readonly bound: BoundRule, lengths: readonly number[], private readonly ctx: CheckContext, readonly homeTab: number) {
    const table = ctx.tables[homeTab]!;
    const rows = table.rows;
    const byCode = new Map<string, number>();
    const codes: string[] = [];
    const coded: number[] = [];
    for (let r = 0; r < rows.length; r++) {
      const raw = rows[r]!.code;
      const code = raw ? compactCode(raw) : '';
      if (!code || !lengths.includes(code.length) || byCode.has(code)) continue;
      byCode.set(code, r);
      coded.push(r);
      codes.push(code);
    }
    this.parentOf = new Int32Array(rows.length).fill(-1);
    const top: number[] = [];
    // the last coded row seen at each level: in a table printed in code order it is the parent, found
    // without building the prefix string; anything else falls back to the code map
    const last = new Int32Array(lengths.length).fill(-1);
    for (let x = 0; x < coded.length; x++) {
      const r = coded[x]!;
      const code = codes[x]!;
      const li = lengths.indexOf(code.length);
      for (let j = li - 1; j >= 0 && this.parentOf[r] === -1; j--) {
        const q = last[j]!;
        const p = q >= 0 && code.startsWith(codes[q]!) ? coded[q]! : byCode.get(code.slice(0, lengths[j]));
        if (p !== undefined) this.parentOf[r] = p;
      }
      last[li] = x;
      if (this.parentOf[r] === -1) top.push(r);
      else this.addChild(this.parentOf[r]!, r);
    }
    this.totals = top.length ? totalRows(ctx, homeTab) : [];
    for (const t of this.totals) this.children.set(t, top);
    this.width = Math.max(1, ctx.caches[homeTab]!.amountCols.length);
    this.parents = Int32Array.from(this.children.keys()).sort();
    for (const p of this.parents) {
      const cols = ctx.caches[homeTab]!.paneColumns(p);
      for (let k = 0; k < cols.length; k++) {
        this.index.set(p * this.width + k, this.instParent.length);
        this.instParent.push(p);
        this.instK.push(k);
      }
    }
    this.instanceCount = this.instParent.length;
  }

  /** Without panes every parent has one instance per amount column, in order: the shape the hot loop runs. */
  hotTree(): HotTree | null {
    const cache = this.ctx.caches[this.homeTab]!;
    const rows = this.ctx.tables[this.homeTab]!.rows;
    for (let r = 0; r < rows.length; r++) if (rows[r]!.pane !== undefined) return null;
    const childStart = new Int32Array(this.parents.length + 1);
    let n = 0;
    for (let x = 0; x < this.parents.length; x++) {
      childStart[x] = n;
      n += this.children.get(this.parents[x]!)!.length;
    }
    childStart[this.parents.length] = n;
    const children = new Int32Array(n);
    for (let x = 0; x < this.parents.length; x++) children.set(this.children.get(this.parents[x]!)!, childStart[x]!);
    return { tab: this.homeTab, cols: cache.amountCols, parents: this.parents, childStart, children };
  }

  bind(i: number, out: Scratch): number {
    const p = this.instParent[i]!;
    const k = this.instK[i]!;
    const kids = this.children.get(p)!;
    const cache = this.ctx.caches[this.homeTab]!;
    out.ensure(kids.length + 1);
    out.tab[0] = this.homeTab;
    out.row[0] = p;
    out.col[0] = cache.paneColumns(p)[k]!;
    out.sign[0] = 1;
    out.left[0] = 1;
    kids.forEach((c, j) => {
      const col = cache.paneColumns(c)[k];
      out.tab[j + 1] = this.homeTab;
      out.row[j + 1] = col === undefined ? -1 : c;
      out.col[j + 1] = col ?? 0;
      out.sign[j + 1] = 1;
      out.left[j + 1] = 0;
    });
    return kids.length + 1;
  }

  instancesReading(tab: number, row: number, col: number): Iterable<number> {
    if (tab !== this.homeTab) return [];
    const k = this.ctx.caches[tab]!.paneColumns(row).indexOf(col);
    if (k < 0) return [];
    const parents = [row, this.parentOf[row]!];
    if (this.parentOf[row] === -1 && this.totals.length && this.children.get(this.totals[0]!)!.includes(row)) parents.push(...this.totals);
    return parents.flatMap((p) => {
      const i = p >= 0 ? this.index.get(p * this.width + k) : undefined;
      return i === undefined ? [] : [i];
    });
  }

  formula(i: number): string {
    const p = this.instParent[i]!;
    const k = this.instK[i]!;
    const rows = this.ctx.tables[this.homeTab]!.rows;
    const cache = this.ctx.caches[this.homeTab]!;
    const name = (r: number) => {
      const col = cache.paneColumns(r)[k];
      const colNo = col === undefined ? null : this.ctx.tables[this.homeTab]!.columns[col]!.colNo;
      return `[${rows[r]!.code ?? rows[r]!.label}]${colNo !== null ? `${colNo}栏` : ''}`;
    };
    return `${name(p)}=${this.children.get(p)!.map(name).join('+')}`;
  }

  params(i: number): Readonly<Record<string, string | number>> {
    const p = this.instParent[i]!;
    const row = this.ctx.tables[this.homeTab]!.rows[p]!;
    const col = this.ctx.caches[this.homeTab]!.paneColumns(p)[this.instK[i]!]!;
    const colNo = this.ctx.tables[this.homeTab]!.columns[col]!.colNo;
    return { label: row.label, ...(row.code ? { code: row.code } : {}), ...(colNo !== null ? { colNo } : {}) };
  }

  private addChild(p: number, c: number): void {
    const list = this.children.get(p);
    if (list) list.push(c); else this.children.set(p, [c]);
  }
}

/** "201 06 01" → "2010601"; codes without spaces (the usual case) are returned as they are. */
function compactCode(code: string): string {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a)
      || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x85) return code.replace(/\s+/g, '');
  }
  return code;
}

/** Rows labelled 合计/总计 without a code; a single row flagged 'total' when none is labelled so. */
function totalRows(ctx: CheckContext, tab: number): number[] {
  const rows = ctx.tables[tab]!.rows;
  const labelled: number[] = [];
  const flagged: number[] = [];
  rows.forEach((row, r) => {
    if (row.code) return;
    if (isTotalLabel(row.label)) labelled.push(r);
    else if (row.flags?.includes('total')) flagged.push(r);
  });
  if (labelled.length) return labelled;
  return flagged.length === 1 ? flagged : [];
}
