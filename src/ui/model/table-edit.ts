// Immutable edits the workbench makes to a pasted Table: one cell, a new kind, growth when a grid paste
// runs past the last row/column, and the blank table a reviewer can type into.
import { makeCell, colNo, type Column, type Row, type Table, type TableKind } from '../../engine/table.ts';
import { normaliseCode } from '../../engine/index.ts';

const BLANK_ROWS = 20;
const BLANK_AMOUNT_COLUMNS = 6;

/** The table with one cell replaced; grows rows/columns first if (row, col) lies past the edge. */
export function withCell(table: Table, row: number, col: number, text: string): Table {
  const grown = ensureSize(table, row + 1, col + 1);
  const old = grown.rows[row]!;
  const cells = old.cells.slice();
  cells[col] = makeCell(text);
  const rows = grown.rows.slice();
  rows[row] = { ...old, cells, ...rowKey(grown.columns[col]!, old, text.trim()) };
  return { ...grown, rows };
}

/** code/label/行次 follow their cell, so label-based rules see what the reviewer typed; in a multi-pane
 *  table only the edited pane's key cell counts. */
function rowKey(column: Column, row: Row, text: string): Partial<Row> {
  if (column.pane !== undefined && row.pane !== undefined && column.pane !== row.pane) return {};
  if (column.role === 'code') return { code: normaliseCode(text) ?? (text || null) };
  if (column.role === 'label') return { label: text };
  if (column.role === 'lineNo') return { lineNo: /^\d+$/.test(text) ? Number(text) : null };
  return {};
}

/** Adds blank rows and amount columns (numbered after the last 栏) until the table has at least rows × cols. */
export function ensureSize(table: Table, rows: number, cols: number): Table {
  if (table.rows.length >= rows && table.columns.length >= cols) return table;
  const columns = table.columns.slice();
  let lastNo = Math.max(0, ...columns.map((c) => c.colNo ?? 0));
  while (columns.length < cols) {
    lastNo += 1;
    columns.push({ key: `c${lastNo}`, colNo: colNo(lastNo), header: '', role: 'amount' });
  }
  const blank = makeCell('');
  const widen = (r: Row): Row =>
    r.cells.length >= columns.length ? r : { ...r, cells: [...r.cells, ...Array(columns.length - r.cells.length).fill(blank)] };
  const out = table.rows.map(widen);
  while (out.length < rows) out.push({ code: null, label: '', lineNo: null, cells: Array(columns.length).fill(blank) });
  return { ...table, columns, rows: out };
}

export function withKind(table: Table, kind: TableKind): Table {
  return { ...table, kind, layout: null };
}

/** An empty table with a 项目 column and six numbered 栏, for typing or pasting an unrecognised table. */
export function blankTable(id: string, title: string): Table {
  const columns: Column[] = [{ key: 'label', colNo: null, header: '项目', role: 'label' }];
  for (let n = 1; n <= BLANK_AMOUNT_COLUMNS; n++) {
    columns.push({ key: `c${n}`, colNo: colNo(n), header: '', role: 'amount' });
  }
  const blank = makeCell('');
  const rows: Row[] = Array.from({ length: BLANK_ROWS }, () => ({
    code: null, label: '', lineNo: null, cells: Array(columns.length).fill(blank),
  }));
  return { id, kind: 'unknown', layout: null, title, unit: null, year: null, department: null, columns, rows, notes: [] };
}

/** A table id not yet used in the workbook ("U1", "U2", …). */
export function freshTableId(taken: readonly string[], prefix = 'U'): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
