// Binding a compare rule to tables: each ref becomes a table, a fixed row or the iterated row, a fixed
// column or the iterated column. 栏-only refs iterate data rows, 行-only refs iterate the amount
// columns of their row's pane; a ref with a single candidate column is fixed.
import type { CompareRule, RefNode } from '../grammar/ast.ts';
import { expandSide } from '../grammar/flatten.ts';
import type { CheckContext } from './context.ts';
import type { PlanResult, PlanProblem } from './plan.ts';
import type { BoundRule } from './types.ts';
import { ComparePlan, type PlanOperand, type ConstTerm } from './compare-plan.ts';
import { normaliseCode, normaliseLabel } from './labels.ts';
import type { TableCache } from './table-cache.ts';

interface Draft {
  sign: 1 | -1;
  left: boolean;
  tab: number;
  row: number; // -1 = open
  col: number; // -1 = open
  candidates: readonly number[];
}

class Unbound {
  constructor(readonly problem: PlanProblem) {}
}

export function resolveCompare(bound: BoundRule, ast: CompareRule, ctx: CheckContext, formula: string): PlanResult {
  try {
    return { ok: true, plan: build(bound, ast, ctx, formula) };
  } catch (e) {
    if (e instanceof Unbound) return { ok: false, problem: e.problem };
    throw e;
  }
}

function build(bound: BoundRule, ast: CompareRule, ctx: CheckContext, formula: string): ComparePlan {
  const home = ctx.indexOfId(bound.tableId);
  if (home < 0) throw new Unbound({ code: 'unknown_table', params: { table: bound.tableId } });
  const drafts: Draft[] = [];
  const consts: ConstTerm[] = [];
  for (const [terms, left] of [[expandSide(ast.left), true], [expandSide(ast.right), false]] as const) {
    for (const t of terms) {
      if (t.node.kind === 'const') consts.push({ sign: t.sign, left, text: t.node.text, decimals: t.node.decimals });
      else drafts.push(draftRef(t.node, t.sign, left, home, ctx));
    }
  }
  checkCycle(drafts);
  const iterTab = rowIterationTable(drafts, home);
  const iterRows = iterTab >= 0 ? ctx.caches[iterTab]!.dataRows : null;
  const open = drafts.filter((d) => d.col < 0);
  const base = open[0];
  const iterCols = base ? base.candidates : null;
  const operands: PlanOperand[] = drafts.map((d) => ({
    sign: d.sign, left: d.left, tab: d.tab, row: d.row, col: d.col,
    rowMap: d.row < 0 && d.tab !== iterTab ? foreignRows(ctx, d.tab, iterTab, iterRows!) : null,
    colMap: d.col < 0 ? columnMap(ctx, d, base!, iterCols!) : null,
  }));
  return new ComparePlan({
    bound, ctx, homeTab: home, op: ast.op, formula, operands, consts,
    iterTab, iterRows, iterCols, iterColTab: base ? base.tab : -1,
  });
}

function draftRef(ref: RefNode, sign: 1 | -1, left: boolean, home: number, ctx: CheckContext): Draft {
  const tab = ref.table ? ctx.indexOfKind(ref.table, home) : home;
  if (tab < 0) throw new Unbound({ code: 'unknown_table', params: { table: ref.table ?? '' } });
  const cache = ctx.caches[tab]!;
  const col = ref.col === null ? null : cache.columnByColNo(ref.col);
  if (col !== null && col < 0) throw new Unbound({ code: 'unknown_column', params: { table: ctx.tables[tab]!.id, colNo: ref.col! } });
  let row: number | null = null;
  if (ref.row?.kind === 'line') {
    row = cache.rowByLine(ref.row.lineNo, col);
    if (row < 0) throw new Unbound({ code: 'unknown_row', params: { table: ctx.tables[tab]!.id, lineNo: ref.row.lineNo } });
  } else if (ref.row?.kind === 'key') {
    const { keys, after } = ref.row;
    row = after ? rowAfter(cache, after, keys, col) : cache.rowByKeys(keys, col);
    const key = `${after ? `${after.join('|')}>` : ''}${keys.join('|')}`;
    if (row < 0) throw new Unbound({ code: 'unknown_row', params: { table: ctx.tables[tab]!.id, key } });
  }
  const candidates = col === null ? cache.paneColumns(row) : [col];
  if (candidates.length === 0) throw new Unbound({ code: 'unknown_column', params: { table: ctx.tables[tab]!.id } });
  const fixedCol = candidates.length === 1 ? candidates[0]! : -1;
  return { sign, left, tab, row: row ?? -1, col: fixedCol, candidates };
}

/**
 * `[a>b]`: the anchor row a (as `[a]` would select it), then the first data row after it in the anchor's
 * pane matching b — by code, else exact label, else the only label starting with b among those rows.
 */
export function rowAfter(cache: TableCache, anchorKeys: readonly string[], keys: readonly string[], col: number | null): number {
  const anchor = cache.rowByKeys(anchorKeys, col);
  if (anchor < 0) return -1;
  const rows = cache.table.rows;
  const pane = rows[anchor]!.pane;
  const following = Array.from(cache.dataRows).filter((r) => r > anchor && (pane === undefined || rows[r]!.pane === pane));
  for (const key of keys) {
    const code = normaliseCode(key);
    if (code !== null) {
      const hit = following.find((r) => rows[r]!.code?.replace(/\s+/g, '') === code);
      if (hit !== undefined) return hit;
      continue;
    }
    const label = normaliseLabel(key);
    const exact = following.find((r) => cache.normLabels[r] === label);
    if (exact !== undefined) return exact;
    const prefixed = label === '' ? [] : following.filter((r) => cache.normLabels[r]!.startsWith(label));
    if (prefixed.length === 1) return prefixed[0]!;
  }
  return -1;
}

/** `27行=(1+…+27)行`: the left target also on the right side. */
function checkCycle(drafts: readonly Draft[]): void {
  for (const l of drafts) {
    if (!l.left) continue;
    for (const r of drafts) {
      if (!r.left && r.tab === l.tab && r.row === l.row && r.col === l.col) {
        throw new Unbound({ code: 'rule_cycle', params: {} });
      }
    }
  }
}

function rowIterationTable(drafts: readonly Draft[], home: number): number {
  const open = drafts.filter((d) => d.row < 0);
  if (open.length === 0) return -1;
  return open.some((d) => d.tab === home) ? home : open[0]!.tab;
}

function foreignRows(ctx: CheckContext, tab: number, iterTab: number, iterRows: Int32Array): Int32Array {
  const rows = ctx.tables[iterTab]!.rows;
  const cache = ctx.caches[tab]!;
  return iterRows.map((r) => cache.rowMatching(rows[r]!));
}

/** Iterated column position → this ref's column: same table by position, other tables by 栏 number. */
function columnMap(ctx: CheckContext, d: Draft, base: Draft, baseCols: readonly number[]): Int32Array {
  if (d.tab === base.tab) return Int32Array.from(baseCols);
  const baseTable = ctx.tables[base.tab]!;
  return Int32Array.from(baseCols, (c, k) => {
    const colNo = baseTable.columns[c]!.colNo;
    const mapped = colNo !== null ? ctx.caches[d.tab]!.columnByColNo(colNo) : (d.candidates[k] ?? -1);
    if (mapped < 0) throw new Unbound({ code: 'unknown_column', params: { table: ctx.tables[d.tab]!.id, colNo: colNo ?? '' } });
    return mapped;
  });
}
