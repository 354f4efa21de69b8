// One edit, one small redraw. After any change of its data Handsontable redraws every cell in view and every frozen
// overlay (a full render: about two thirds of an edit's time, most of it the style and layout of the redrawn
// cells). An edit of a few cells changes only those cells and the marks of a few others, so the grid redraws just
// those, in place, through the grid's own renderer and renderer hooks; the full render is kept whenever that could
// differ from it: more cells than a typed edit or a small paste, too many marks changed, a cell whose row grows or
// shrinks (the frozen columns would no longer line up), or anything that throws.
import type { Handsontable } from './hot.ts';
import { markCell, type CellMark } from '../model/findings-view.ts';

/** More edited cells than this (a large grid paste or its undo) take the full render. */
export const MAX_EDITED_CELLS = 16;
/** More cells whose mark changed than this (a key cell edit re-checking the whole table) take the full render. */
export const MAX_REMARKED_CELLS = 200;

export interface GridCell {
  readonly row: number;
  readonly col: number;
}

/** Whether a cell's drawing differs between two marks (what decorateCell reads: severity, 核实说明, culprit). */
export function sameMark(a: CellMark | undefined, b: CellMark | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.severity === b.severity && a.explained === b.explained && a.culprit === b.culprit;
}

/**
 * The table cells whose drawing changes between two states of the marks (and of the cells a trainee marked), or
 * null when more than `limit` do.
 */
export function changedMarks(
  before: { marks: ReadonlyMap<string, CellMark>; marked: ReadonlySet<string> },
  after: { marks: ReadonlyMap<string, CellMark>; marked: ReadonlySet<string> },
  limit = MAX_REMARKED_CELLS,
): GridCell[] | null {
  const keys = new Set<string>();
  const add = (key: string) => keys.add(key).size <= limit;
  if (before.marks !== after.marks) {
    for (const [key, mark] of before.marks) if (!sameMark(mark, after.marks.get(key)) && !add(key)) return null;
    for (const key of after.marks.keys()) if (!before.marks.has(key) && !add(key)) return null;
  }
  if (before.marked !== after.marked) {
    for (const key of before.marked) if (!after.marked.has(key) && !add(key)) return null;
    for (const key of after.marked) if (!before.marked.has(key) && !add(key)) return null;
  }
  const out: GridCell[] = [];
  for (const key of keys) {
    const cell = markCell(key);
    if (cell) out.push(cell);
  }
  return out;
}

/** How the grid draws one cell's marks, and whether a drawn <td> was last drawn for a given grid cell. */
export interface CellPainter {
  decorate(td: HTMLTableCellElement, row: number, col: number): void;
  shows(td: HTMLTableCellElement, row: number, col: number): boolean;
}

/**
 * Redraws grid cells where they are drawn (the main table and any frozen overlay showing them): `content` cells
 * through the grid's renderer and renderer hooks, as its own render does, `decorated` cells through `decorate` only.
 * Returns false when a full render is still needed: a <td> the grid maps to a cell was last drawn for another one
 * (the grid scrolled and has not drawn since), a redrawn cell's row changed height, or the redraw failed.
 */
export function redrawInPlace(hot: Handsontable, content: readonly GridCell[], decorated: readonly GridCell[], painter: CellPainter): boolean {
  const drawn = (c: GridCell) => {
    const tds = [hot.getCell(c.row, c.col), hot.getCell(c.row, c.col, true)].filter((td): td is HTMLTableCellElement => td !== null);
    return { c, tds: [...new Set(tds)] };
  };
  const contentTds = content.map(drawn).filter((d) => d.tds.length > 0);
  const decoratedTds = decorated.map(drawn).filter((d) => d.tds.length > 0);
  if (contentTds.length === 0 && decoratedTds.length === 0) return true;
  for (const { c, tds } of [...contentTds, ...decoratedTds]) if (!tds.every((td) => painter.shows(td, c.row, c.col))) return false;
  // read every height before writing anything, so this costs one layout, not one per cell
  const rows = new Map<Element, number>();
  for (const { tds } of [...contentTds, ...decoratedTds]) {
    for (const td of tds) if (td.parentElement && !rows.has(td.parentElement)) rows.set(td.parentElement, (td.parentElement as HTMLElement).offsetHeight);
  }
  try {
    for (const { c, tds } of contentTds) for (const td of tds) renderCell(hot, td, c.row, c.col);
    for (const { c, tds } of decoratedTds) for (const td of tds) painter.decorate(td, c.row, c.col);
  } catch {
    return false;
  }
  for (const [tr, height] of rows) if ((tr as HTMLElement).offsetHeight !== height) return false;
  return true;
}

/** One cell drawn the way the grid draws it: its value through its renderer, between the renderer hooks. */
function renderCell(hot: Handsontable, td: HTMLTableCellElement, row: number, col: number): void {
  const meta = hot.getCellMeta(row, col);
  const prop = hot.colToProp(col);
  const value: unknown = hot.getDataAtRowProp(row, String(prop));
  hot.runHooks('beforeRenderer', td, row, col, prop, value, meta);
  hot.getCellRenderer(meta)(hot, td, row, col, prop, value, meta);
  hot.runHooks('afterRenderer', td, row, col, prop, value, meta);
}
