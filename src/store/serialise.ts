// Table ↔ StoredTable. Only texts are stored; restoring re-parses each cell through the engine's parser.
import { makeCell, placedCell, type Placement, type Row, type Table } from '../engine/table.ts';
import type { StoredRow, StoredTable } from './schema.ts';
import { ColumnarBuilder, columnarOf, type RowMeta } from '../engine/columnar/index.ts';

export function storeTable(t: Table): StoredTable {
  // a columnar table's texts and placements are read without making its cells
  const ct = columnarOf(t);
  const rows: StoredRow[] = t.rows.map((r, i) => {
    const texts = ct ? ct.rowTexts(i) : r.cells.map((c) => c.text);
    const placementAt = (j: number) => (ct ? ct.placement(i, j) : r.cells[j]!.placement);
    const row: StoredRow = { code: r.code, label: r.label, lineNo: r.lineNo, cells: texts };
    if (texts.some((_, j) => placementAt(j) !== undefined && placementAt(j) !== 'exact')) {
      row.placements = texts.map((_, j) => { const p = placementAt(j); return p === undefined || p === 'exact' ? '' : p; });
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
  if (t.unplacedAmounts) out.unplacedAmounts = t.unplacedAmounts;
  return out;
}

export function loadTable(s: StoredTable): Table {
  const metaOf = (r: StoredRow): RowMeta => ({
    code: r.code, label: r.label, lineNo: r.lineNo,
    ...(r.flags ? { flags: r.flags } : {}),
    ...(r.sourceLine !== undefined ? { sourceLine: r.sourceLine } : {}),
    ...(r.pane !== undefined ? { pane: r.pane } : {}),
    ...(r.block !== undefined ? { block: r.block } : {}),
    ...(r.group !== undefined ? { group: r.group } : {}),
  });
  const width = s.columns.length;
  if (s.rows.every((r) => r.cells.length <= width)) {
    // held by column, as a parsed table is: texts re-parsed straight into the engine's arrays
    const { rows: stored, columns, ...meta } = s;
    const b = new ColumnarBuilder(columns, stored.length);
    stored.forEach((r, i) => {
      r.cells.forEach((text, j) => {
        const p = r.placements?.[j];
        b.set(i, j, text, p === 'inferred' || p === 'ambiguous' ? p : undefined);
      });
      if (r.cells.length < width) b.setAbsentFrom(i, r.cells.length);
      b.rowFrom(i, metaOf(r));
    });
    return b.finish(meta).table;
  }
  const rows: Row[] = s.rows.map((r) => ({ ...metaOf(r), cells: r.cells.map((text, j) => cellOf(text, r.placements?.[j])) }));
  return { ...s, rows, ...(s.sourceLines ? { sourceLines: s.sourceLines } : {}) };
}

function cellOf(text: string, placement: string | undefined): Row['cells'][number] {
  return placement === 'inferred' || placement === 'ambiguous' ? placedCell(text, placement as Placement) : makeCell(text);
}
