// What Handsontable reads and writes: one column accessor per grid column over the view's items (the table's own
// rows, or the side-by-side placement), so the grid reads a cell's text only when it draws or copies it, and no
// array of every cell's text is built up front. What the grid writes (typing, a paste into cells, undo/redo) is
// kept in an overlay beside the items, never in the table: the table changes through the workbench's edit, and
// the overlay holds what the grid shows until the grid is rebuilt from the edited table.
import type { GridView } from './grid-view.ts';

/** Handsontable's "property as function": called with (row item) to read, (row item, value) to write. */
export type ColumnAccessor = (item: object, ...value: [unknown] | []) => unknown;

export interface GridSource {
  /** `columns[c].data` for each grid column */
  readonly accessors: readonly ColumnAccessor[];
  /** the grid column of an accessor (Handsontable reports changes by property) */
  colOf(prop: unknown): number;
}

export function gridSource(view: GridView): GridSource {
  const overlay = new Map<object, string[]>();
  const accessors = view.headers.map((_, c): ColumnAccessor => (item, ...value) => {
    if (value.length === 0) {
      return overlay.get(item)?.[c] ?? view.read(item, c);
    }
    let row = overlay.get(item);
    if (!row) overlay.set(item, (row = []));
    const v = value[0];
    row[c] = v === null || v === undefined ? '' : String(v);
    return undefined;
  });
  const cols = new Map<unknown, number>(accessors.map((a, c) => [a, c]));
  return { accessors, colOf: (prop) => (typeof prop === 'number' ? prop : cols.get(prop) ?? -1) };
}
