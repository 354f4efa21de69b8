// How a Table is laid out in the grid, and the map between grid cells and table cells. A one-pane table is shown
// as it is (grid cell = table cell), its 科目编码/科目名称/行次 columns frozen on the left. A table whose rows come
// from panes printed side by side (T01/T04: 收入 | 支出, each with its own 项目 and 行次) is shown as printed: one
// block of columns per pane, rows printed on the same line side by side. Edits, marks, jumps and the focused cell
// go through toTable/toGrid, so every check still reads and reports table cells. Header text comes from pasted
// content and Handsontable renders headers as HTML, so it is escaped here. Nothing here is O(cells): the grid's
// rows are the table's own rows (or the side-by-side placement), and a cell's text is read when the grid draws it
// (a 440,000-row paste would otherwise build 2.2 million strings in one task before its first frame).
import { columnarOf } from '../../engine/columnar/index.ts';
import type { Column, Row, Table } from '../../engine/table.ts';
import type { GridWords } from '../messages/grid-view.ts';

export interface CellRef { readonly row: number; readonly col: number }

export interface GridView {
  /** one item per grid row, the grid's source rows (a copy of the array: the grid never writes to the table) */
  readonly items: readonly object[];
  /** the table's text in grid column `col` of a grid row's item */
  read(item: object, col: number): string;
  /** one HTML header per grid column (escaped) */
  readonly headers: string[];
  /** names over the pane blocks or over the 栏 a printed heading spans (escaped), each with its span, or null */
  readonly groups: { label: string; colspan: number }[] | null;
  readonly widths: number[];
  /** a grid row's header (the printed 行次 of a one-pane table, else its number), or null for none */
  readonly rowHeader: ((row: number) => string) | null;
  /** columns frozen on the left */
  readonly fixedStart: number;
  readonly sideBySide: boolean;
  /** the table cell shown in a grid cell, or null for a blank filler cell */
  toTable(row: number, col: number): CellRef | null;
  toGrid(row: number, col: number): CellRef | null;
}

const WIDTH = { code: 76, label: 160, lineNo: 46, amount: 100, text: 140 } as const; // px: four 栏 beside the frozen labels at 1024 px
const DESCRIPTOR = new Set(['code', 'label', 'lineNo']);

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function headerOf(table: Table, c: Column, words: GridWords, name = c.header): string {
  const fallback = c.role === 'code' ? words.code : c.role === 'lineNo' ? words.lineNo
    : c.role === 'label' ? (table.columns.some((x) => x.role === 'code') ? words.codedLabel : words.label) : '';
  const head = escapeHtml(name || fallback);
  return c.colNo !== null ? `${head}<br><span class="gj-colno">${escapeHtml(words.colNo(c.colNo))}</span>` : head;
}

/** The text shown in grid cell (row, col) of a view: tests and tools read the grid through this. */
export function textAt(v: GridView, row: number, col: number): string {
  const item = v.items[row];
  return item === undefined ? '' : v.read(item, col);
}

export function buildGridView(table: Table, words: GridWords): GridView {
  const paneColumns = table.columns.every((c) => DESCRIPTOR.has(c.role) || c.pane !== undefined);
  // a columnar table knows without reading its rows when none has a pane
  const panes = paneColumns && columnarOf(table)?.rowInfo.pane !== null ? panesOf(table) : [];
  // side by side shows a row's cells in its own pane's columns only: any text in another pane's column (never
  // written by the parsers, but a hand edit in the one-pane view could) keeps the one-pane view, so nothing is hidden
  const ownCellsOnly = () => table.rows.every((r) => r.cells.every((c, i) => {
    const p = table.columns[i]!.pane;
    return c.text === '' || p === undefined || p === (r.pane ?? 0);
  }));
  return panes.length > 1 && ownCellsOnly() ? sideBySide(table, panes, words) : single(table, words);
}

function panesOf(table: Table): number[] {
  const seen = new Set<number>();
  for (const r of table.rows) seen.add(r.pane ?? 0);
  return [...seen].sort((a, b) => a - b);
}

/**
 * A printed heading over several 栏 (“预算数” over 合计 | 因公出国（境）费 | …): column names are joined top level first
 * with a space, so adjacent value columns whose names share their first level show it once above them, merged, and
 * their own rest below. Null when no two neighbours share one.
 */
export function headingGroups(columns: readonly Column[]): { groups: { label: string; colspan: number }[]; names: string[] } | null {
  const first = columns.map((c) => {
    const i = c.header.indexOf(' ');
    return DESCRIPTOR.has(c.role) || i <= 0 ? null : c.header.slice(0, i);
  });
  const groups: { label: string; colspan: number }[] = [];
  const names = columns.map((c) => c.header);
  for (let j = 0; j < columns.length;) {
    let k = j;
    while (first[j] !== null && first[k + 1] === first[j]) k++;
    if (k === j) groups.push({ label: '', colspan: 1 });
    else {
      groups.push({ label: escapeHtml(first[j]!), colspan: k - j + 1 });
      for (let m = j; m <= k; m++) names[m] = columns[m]!.header.slice(first[j]!.length + 1);
    }
    j = k + 1;
  }
  return groups.some((g) => g.colspan > 1) ? { groups, names } : null;
}

function single(table: Table, words: GridWords): GridView {
  const headings = headingGroups(table.columns);
  let fixedStart = 0;
  while (fixedStart < table.columns.length && DESCRIPTOR.has(table.columns[fixedStart]!.role)) fixedStart++;
  // a table of descriptors only (a 单位 list) scrolls as a whole
  if (fixedStart === table.columns.length) fixedStart = 0;
  return {
    items: table.rows.slice(),
    read: (item, col) => (item as Row).cells[col]?.text ?? '',
    headers: table.columns.map((c, i) => headerOf(table, c, words, headings?.names[i])),
    groups: headings?.groups ?? null,
    widths: table.columns.map((c) => WIDTH[c.role]),
    rowHeader: (i) => {
      const lineNo = table.rows[i]?.lineNo;
      return lineNo != null ? String(lineNo) : String(i + 1);
    },
    fixedStart,
    sideBySide: false,
    toTable: (row, col) => (row >= 0 && row < table.rows.length && col >= 0 && col < table.columns.length ? { row, col } : null),
    toGrid: (row, col) => ({ row, col }),
  };
}

/**
 * Rows of each pane in table order, placed on grid rows: a row joins the current grid row when that row has no row
 * of its pane yet and was printed on the same source line or the next (a wrapped 项目 name starts a line early);
 * rows without source lines pair up by their place in the pane.
 */
export function placeRows(table: Table, panes: readonly number[]): number[][] {
  const byLine = table.rows.every((r) => r.sourceLine !== undefined);
  const seen = new Map<number, number>();
  const items = table.rows.map((r, i) => {
    const p = r.pane ?? 0;
    const k = seen.get(p) ?? 0;
    seen.set(p, k + 1);
    return { i, p: panes.indexOf(p), line: byLine ? r.sourceLine! : k };
  });
  items.sort((a, b) => a.line - b.line || a.p - b.p || a.i - b.i);
  const grid: number[][] = [];
  let start = -Infinity;
  for (const it of items) {
    const cur = grid[grid.length - 1];
    if (cur && cur[it.p] === -1 && it.line - start <= 1) cur[it.p] = it.i;
    else {
      const row = panes.map(() => -1);
      row[it.p] = it.i;
      grid.push(row);
      start = it.line;
    }
  }
  return grid;
}

function sideBySide(table: Table, panes: readonly number[], words: GridWords): GridView {
  // per pane: the shared descriptor columns, then the pane's own value columns
  const blocks = panes.map((p) => table.columns.flatMap((c, i) => (DESCRIPTOR.has(c.role) || c.pane === p ? [i] : [])));
  const colOf: { pane: number; col: number }[] = blocks.flatMap((cols, b) => cols.map((col) => ({ pane: b, col })));
  const placed = placeRows(table, panes);
  const gridOf = new Map<number, number>();
  placed.forEach((slots, g) => slots.forEach((i) => { if (i >= 0) gridOf.set(i, g); }));
  const toTable = (row: number, col: number): CellRef | null => {
    const at = colOf[col];
    const i = placed[row]?.[at?.pane ?? -1];
    return at && i !== undefined && i >= 0 ? { row: i, col: at.col } : null;
  };
  // each half's heading as printed over all its 栏 (“支出” of “支出 小计 | 支出 一般公共预算财政拨款 …”), else the kind's
  const known = words.panes(table.kind);
  const heads = blocks.map((cols, b) => {
    const values = cols.filter((i) => !DESCRIPTOR.has(table.columns[i]!.role));
    const firsts = values.map((i) => table.columns[i]!.header.split(' ')[0]!);
    const shared = values.length > 0 && firsts.every((f, k) => f === firsts[0] && table.columns[values[k]!]!.header.length > f.length);
    const label = shared ? escapeHtml(firsts[0]!) : known?.[b] !== undefined ? escapeHtml(known[b]!) : null;
    const names = new Map(values.map((i) => [i, shared ? table.columns[i]!.header.slice(firsts[0]!.length + 1) : table.columns[i]!.header]));
    return { label, names };
  });
  return {
    items: placed,
    read: (item, col) => {
      const at = colOf[col];
      const i = at ? (item as number[])[at.pane] ?? -1 : -1;
      return i >= 0 ? table.rows[i]!.cells[at!.col]?.text ?? '' : '';
    },
    headers: colOf.map((at) => headerOf(table, table.columns[at.col]!, words, heads[at.pane]!.names.get(at.col))),
    groups: heads.every((h) => h.label !== null) ? blocks.map((cols, b) => ({ label: heads[b]!.label!, colspan: cols.length })) : null,
    widths: colOf.map((at) => WIDTH[table.columns[at.col]!.role]),
    rowHeader: null,
    fixedStart: 0,
    sideBySide: true,
    toTable,
    toGrid: (row, col) => {
      const g = gridOf.get(row);
      const pane = panes.indexOf(table.rows[row]?.pane ?? 0);
      const c = colOf.findIndex((at) => at.pane === pane && at.col === col);
      return g === undefined || c < 0 ? null : { row: g, col: c };
    },
  };
}
