// `层级`: parent code = Σ children by prefix (3/5/7 digits by default), and a 合计/总计 row = Σ top-level
// codes, in every amount column (the k-th amount column of each row's pane in multi-pane tables).
import { ZERO, type Decimal } from '../decimal.ts';
import type { Severity } from '../finding.ts';
import { COMPARE_OPS } from '../grammar/operators.ts';
import type { CheckContext, Scratch } from './context.ts';
import { columnarOf } from '../columnar/columnar-table.ts';
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
  private readonly totals: readonly number[];
  /** parent rows ascending; the children of parents[x] are children[childStart[x] .. childStart[x+1]) */
  private readonly parents: Int32Array;
  private readonly childStart: Int32Array;
  private readonly children: Int32Array;
  /** per row: its position in parents, or −1 */
  private readonly posOf: Int32Array;
  /** per parent position: its first instance; instance firstInst[x] + k is amount column k of its pane */
  private readonly firstInst: Int32Array;
  /** per instance: its parent position and amount column k; built on first use (the hot loop needs neither) */
  private instIndex: { readonly pos: Int32Array; readonly k: Int32Array } | null = null;

  constructor(readonly bound: BoundRule, lengths: readonly number[], private readonly ctx: CheckContext, readonly homeTab: number) {
    const n = ctx.tables[homeTab]!.rows.length;
    const { parentOf, top } = ctx.caches[homeTab]!.codeTree(lengths);
    this.parentOf = parentOf;
    this.totals = top.length ? totalRows(ctx, homeTab) : [];
    const count = new Int32Array(n);
    for (let r = 0; r < n; r++) if (parentOf[r]! >= 0) count[parentOf[r]!]! += 1;
    for (const t of this.totals) count[t] = top.length;
    let np = 0;
    for (let r = 0; r < n; r++) if (count[r]! > 0) np++;
    const parents = new Int32Array(np);
    this.parents = parents;
    this.posOf = new Int32Array(n).fill(-1);
    this.childStart = new Int32Array(np + 1);
    for (let r = 0, x = 0; r < n; r++) {
      if (count[r]! === 0) continue;
      parents[x] = r;
      this.posOf[r] = x;
      this.childStart[x + 1] = this.childStart[x]! + count[r]!;
      x++;
    }
    this.children = new Int32Array(this.childStart[np]!);
    const cursor = this.childStart.slice(0, np);
    for (let r = 0; r < n; r++) if (parentOf[r]! >= 0) this.children[cursor[this.posOf[parentOf[r]!]!]!++] = r;
    for (const t of this.totals) this.children.set(top, this.childStart[this.posOf[t]!]!);
    const cache = ctx.caches[homeTab]!;
    this.firstInst = new Int32Array(np + 1);
    for (let x = 0; x < np; x++) this.firstInst[x + 1] = this.firstInst[x]! + cache.paneColumns(parents[x]!).length;
    this.instanceCount = this.firstInst[np]!;
  }

  private get instPos(): Int32Array { return (this.instIndex ??= this.buildIndex()).pos; }
  private get instK(): Int32Array { return (this.instIndex ??= this.buildIndex()).k; }

  private buildIndex(): { pos: Int32Array; k: Int32Array } {
    const pos = new Int32Array(this.instanceCount);
    const k = new Int32Array(this.instanceCount);
    for (let x = 0; x < this.parents.length; x++) {
      for (let i = this.firstInst[x]!; i < this.firstInst[x + 1]!; i++) { pos[i] = x; k[i] = i - this.firstInst[x]!; }
    }
    return { pos, k };
  }

  /** Without panes every parent has one instance per amount column, in order: the shape the hot loop runs. */
  hotTree(): HotTree | null {
    const cache = this.ctx.caches[this.homeTab]!;
    if (!cache.noPanes) {
      const rows = this.ctx.tables[this.homeTab]!.rows;
      for (let r = 0; r < rows.length; r++) if (rows[r]!.pane !== undefined) return null;
    }
    const cols = cache.amountCols;
    return { tab: this.homeTab, cols, parents: this.parents, childStart: this.childStart, children: this.children };
  }

  private kids(x: number): Int32Array {
    return this.children.subarray(this.childStart[x]!, this.childStart[x + 1]!);
  }

  bind(i: number, out: Scratch): number {
    const x = this.instPos[i]!;
    const p = this.parents[x]!;
    const k = this.instK[i]!;
    const kids = this.kids(x);
    const cache = this.ctx.caches[this.homeTab]!;
    out.ensure(kids.length + 1);
    out.tab[0] = this.homeTab;
    out.row[0] = p;
    out.col[0] = cache.paneColumns(p)[k]!;
    out.sign[0] = 1;
    out.left[0] = 1;
    for (let j = 0; j < kids.length; j++) {
      const c = kids[j]!;
      const col = cache.paneColumns(c)[k];
      out.tab[j + 1] = this.homeTab;
      out.row[j + 1] = col === undefined ? -1 : c;
      out.col[j + 1] = col ?? 0;
      out.sign[j + 1] = 1;
      out.left[j + 1] = 0;
    }
    return kids.length + 1;
  }

  instancesReading(tab: number, row: number, col: number): Iterable<number> {
    if (tab !== this.homeTab) return [];
    const k = this.ctx.caches[tab]!.paneColumns(row).indexOf(col);
    if (k < 0) return [];
    const parents = [row, this.parentOf[row]!];
    if (this.parentOf[row] === -1 && this.totals.length && this.kids(this.posOf[this.totals[0]!]!).includes(row)) parents.push(...this.totals);
    return parents.flatMap((p) => {
      const x = p >= 0 ? this.posOf[p]! : -1;
      return x >= 0 && this.firstInst[x]! + k < this.firstInst[x + 1]! ? [this.firstInst[x]! + k] : [];
    });
  }

  formula(i: number): string {
    const p = this.parents[this.instPos[i]!]!;
    const k = this.instK[i]!;
    const rows = this.ctx.tables[this.homeTab]!.rows;
    const cache = this.ctx.caches[this.homeTab]!;
    const name = (r: number) => {
      const col = cache.paneColumns(r)[k];
      const colNo = col === undefined ? null : this.ctx.tables[this.homeTab]!.columns[col]!.colNo;
      return `[${rows[r]!.code ?? rows[r]!.label}]${colNo !== null ? `${colNo}栏` : ''}`;
    };
    return `${name(p)}=${Array.from(this.kids(this.instPos[i]!), name).join('+')}`;
  }

  params(i: number): Readonly<Record<string, string | number>> {
    const p = this.parents[this.instPos[i]!]!;
    const row = this.ctx.tables[this.homeTab]!.rows[p]!;
    const col = this.ctx.caches[this.homeTab]!.paneColumns(p)[this.instK[i]!]!;
    const colNo = this.ctx.tables[this.homeTab]!.columns[col]!.colNo;
    return { label: row.label, ...(row.code ? { code: row.code } : {}), ...(colNo !== null ? { colNo } : {}) };
  }

  /** `duplicateChild`: one child restates the parent's total (parent 100, children 100 + 60 + 40). */
  refineFailure(i: number, left: Decimal, right: Decimal): { code: string; severity: Severity } | null {
    const severity = this.bound.def.duplicateChild;
    if (!severity || left.isZero() || !right.eq(left.times(2))) return null;
    const k = this.instK[i]!;
    const cache = this.ctx.caches[this.homeTab]!;
    const rows = this.ctx.tables[this.homeTab]!.rows;
    const restates = this.kids(this.instPos[i]!).some((c) => {
      const col = cache.paneColumns(c)[k];
      const v = col === undefined ? undefined : rows[c]!.cells[col]?.value;
      return v?.kind === 'number' && v.value.eq(left);
    });
    return restates ? { code: 'hierarchy_duplicate_child', severity } : null;
  }
}

/** Rows labelled 合计/总计 without a code; a single row flagged 'total' when none is labelled so. */
function totalRows(ctx: CheckContext, tab: number): number[] {
  const rows = ctx.tables[tab]!.rows;
  const labelled: number[] = [];
  const flagged: number[] = [];
  // a columnar table says which rows have a code without reading them
  const keys = columnarOf(ctx.tables[tab]!)?.rowInfo.codeKeys.keys;
  rows.forEach((row, r) => {
    if (keys !== undefined ? keys[r] !== -2 : row.code) return;
    if (isTotalLabel(row.label)) labelled.push(r);
    else if (row.flags?.includes('total')) flagged.push(r);
  });
  if (labelled.length) return labelled;
  return flagged.length === 1 ? flagged : [];
}
