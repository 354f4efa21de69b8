// Rows as read from the text, before their values are placed in columns, and what a table parser hands back.
import type { Column, Placement, Row, RowFlag } from '../../engine/table.ts';
import { makeCell, placedCell } from '../../engine/table.ts';
import type { ParseProblem } from '../../engine/document.ts';
import type { SourceLine } from '../source-line.ts';
import type { Bound } from './siblings.ts';
import type { Table } from '../../engine/table.ts';

export interface RowDraft {
  code: string | null;
  label: string;
  lineNo: number | null;
  /** tab rows: the text of each amount column, already in place (length = amount column count) */
  placed: string[] | null;
  /** space rows: value tokens in printed order, to be placed */
  values: string[];
  pane?: number;
  line: number;
  flags: RowFlag[];
  /** how the amounts were placed in their columns (absent = exact: tab rows, or every column printed) */
  placement?: Placement;
}

export interface Built {
  readonly columns: Column[];
  readonly rows: Row[];
  readonly layout: string | null;
  readonly notes: string[];
  readonly problems: ParseProblem[];
}

export interface BuildContext {
  /** tables parsed earlier in the same document */
  readonly tables: readonly Table[];
  readonly tableId: string;
  readonly layoutHint: string | null;
  readonly bound?: Bound;
}

export interface TableParser {
  (lines: readonly SourceLine[], ctx: BuildContext): Built;
}

export function newDraft(line: number, init: Partial<RowDraft> = {}): RowDraft {
  return { code: null, label: '', lineNo: null, placed: null, values: [], line, flags: [], ...init };
}

const TOTAL_RE = /^(合计|总计)$/;

export function totalFlags(label: string): RowFlag[] {
  const l = label.replace(/[\s\u3000]+/g, '');
  if (TOTAL_RE.test(l)) return ['total'];
  if (/合计$|^小计$/.test(l)) return ['subtotal'];
  return [];
}

/**
 * Draft → Row. `lead` are the cells of the non-amount columns (code/label/lineNo), `amounts` the amount column
 * texts in column order.
 */
export function toRow(d: RowDraft, lead: readonly string[], amounts: readonly string[], span?: readonly [number, number]): Row {
  const flags = [...new Set([...d.flags, ...totalFlags(d.label)])];
  // the draft's placement applies to its own amount cells (`span`: its pane's, as [from, to) amount indices)
  const placement = d.flags.includes('column_ambiguous') ? 'ambiguous' : d.placement ?? 'exact';
  const [from, to] = span ?? [0, amounts.length];
  const row: Row = {
    code: d.code,
    label: d.label,
    lineNo: d.lineNo,
    cells: [
      ...lead.map((t) => makeCell(t)),
      ...amounts.map((t, j) => (j >= from && j < to ? placedCell(t, placement) : makeCell(t))),
    ],
    sourceLine: d.line,
    ...(flags.length > 0 ? { flags } : {}),
    ...(d.pane !== undefined ? { pane: d.pane } : {}),
  };
  return row;
}

/** Place value tokens at 栏 numbers → texts per amount column (1-based colNos, `count` columns). */
export function spread(values: readonly string[], cols: readonly number[], count: number, offset = 1): string[] {
  const out = new Array<string>(count).fill('');
  cols.forEach((c, i) => { if (c - offset >= 0 && c - offset < count) out[c - offset] = values[i] ?? ''; });
  return out;
}

/** The placement of a space row's values: `candidates` order-preserving placements remained of `count` columns. */
export function placementOf(d: RowDraft, count: number, candidates: number): Placement {
  if (d.placed || d.values.length === 0) return d.placement ?? 'exact';
  if (candidates > 1) return 'ambiguous';
  return d.values.length < count ? 'inferred' : d.placement ?? 'exact';
}

export function ambiguityProblem(tableId: string, d: RowDraft, candidates: number): ParseProblem {
  return {
    code: 'column_ambiguous', severity: 'warning', line: d.line, table: tableId,
    params: { label: d.label || d.code || '', candidates, values: d.values.join(' ') },
  };
}
