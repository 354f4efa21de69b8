// Table ↔ StoredTable. Only texts are stored; restoring re-parses each cell through the engine's parser.
import { makeCell, placedCell, type Placement, type Row, type Table } from '../engine/table.ts';
import type { StoredRow, StoredTable } from './schema.ts';

export function storeTable(t: Table): StoredTable {
  const rows: StoredRow[] = t.rows.map((r) => {
    const row: StoredRow = { code: r.code, label: r.label, lineNo: r.lineNo, cells: r.cells.map((c) => c.text) };
    if (r.cells.some((c) => c.placement !== undefined && c.placement !== 'exact')) {
      row.placements = r.cells.map((c) => (c.placement === undefined || c.placement === 'exact' ? '' : c.placement));
    }
    if (r.flags?.length) row.flags = [...r.flags];
    if (r.sourceLine !== undefined) row.sourceLine = r.sourceLine;
    if (r.pane !== undefined) row.pane = r.pane;
    if (r.block !== undefined) row.block = r.block;
    if (r.group !== undefined) row.group = [...r.group];
    return row;
  });
  const out: StoredTable = {
    id: t.id, kind: t.kind, layout: t.layout, title: t.title, unit: t.unit, year: t.year,
    department: t.department, columns: t.columns.map((c) => ({ ...c })), rows, notes: [...t.notes],
  };
  if (t.sourceLines) out.sourceLines = [t.sourceLines[0], t.sourceLines[1]];
  if (t.printedNo) out.printedNo = t.printedNo;
  return out;
}

export function loadTable(s: StoredTable): Table {
  const rows: Row[] = s.rows.map((r) => ({
    code: r.code, label: r.label, lineNo: r.lineNo, cells: r.cells.map((text, j) => cellOf(text, r.placements?.[j])),
    ...(r.flags ? { flags: r.flags } : {}),
    ...(r.sourceLine !== undefined ? { sourceLine: r.sourceLine } : {}),
    ...(r.pane !== undefined ? { pane: r.pane } : {}),
    ...(r.block !== undefined ? { block: r.block } : {}),
    ...(r.group !== undefined ? { group: r.group } : {}),
  }));
  return { ...s, rows, ...(s.sourceLines ? { sourceLines: s.sourceLines } : {}) };
}

function cellOf(text: string, placement: string | undefined): Row['cells'][number] {
  return placement === 'inferred' || placement === 'ambiguous' ? placedCell(text, placement as Placement) : makeCell(text);
}
