// Table ↔ StoredTable. Only texts are stored; restoring re-parses each cell through the engine's parser. A table
// of PACK_MIN_ROWS rows or more is stored packed (packed.ts); the sliced variants pause between blocks of rows,
// so storing or loading a 440,000-row table never holds the page for more than a slice.
import { makeCell, placedCell, type Placement, type Row, type Table } from '../engine/table.ts';
import type { StoredRow, StoredTable } from './schema.ts';
import { ColumnarBuilder, columnarOf, type RowMeta } from '../engine/columnar/index.ts';
import { inBlocks, PACK_MIN_ROWS, placementOfMark, storedPacker, tablePacker, Unpacker, unpackRows, type Packer, type RowFields } from './packed.ts';
import type { Slices } from './slices.ts';

export interface StoreOptions {
  /** pack tables of at least this many rows (default PACK_MIN_ROWS) */
  readonly packFrom?: number;
}

export function storeTable(t: Table, opts: StoreOptions = {}): StoredTable {
  return t.rows.length >= (opts.packFrom ?? PACK_MIN_ROWS) ? packedTable(t, run(tablePacker(t), t.rows.length)) : rowsTable(t);
}

/** storeTable, pausing between blocks of rows when the slice is used. */
export async function storeTableSliced(t: Table, s: Slices, opts: StoreOptions = {}): Promise<StoredTable> {
  if (t.rows.length < (opts.packFrom ?? PACK_MIN_ROWS)) return rowsTable(t);
  const p = tablePacker(t);
  await inBlocks(t.rows.length, (a, b) => p.add(a, b), s);
  return packedTable(t, p.finish());
}

/** A stored table in the packed form (import, and drafts written before v3 when they are saved again). */
export function packStored(s: StoredTable, opts: StoreOptions = {}): StoredTable {
  if (s.packed || s.rows.length < (opts.packFrom ?? PACK_MIN_ROWS)) return s;
  return { ...s, rows: [], packed: run(storedPacker(s.rows, s.columns.length), s.rows.length) };
}

/** A stored table with a StoredRow per row (for JSON: backup files, the journal). */
export function unpackStored(s: StoredTable): StoredTable {
  if (!s.packed) return s;
  const { packed, ...rest } = s;
  return { ...rest, rows: unpackRows(packed) };
}

function run(p: Packer, n: number) {
  p.add(0, n);
  return p.finish();
}

function metaOf(t: Table): Omit<StoredTable, 'rows'> {
  const out: Omit<StoredTable, 'rows'> = {
    id: t.id, kind: t.kind, layout: t.layout, title: t.title, unit: t.unit, year: t.year,
    department: t.department, columns: t.columns.map((c) => ({ ...c })), notes: [...t.notes],
  };
  if (t.sourceLines) out.sourceLines = [t.sourceLines[0], t.sourceLines[1]];
  if (t.printedNo) out.printedNo = t.printedNo;
  if (t.unplacedAmounts) out.unplacedAmounts = t.unplacedAmounts;
  return out;
}

function packedTable(t: Table, packed: StoredTable['packed']): StoredTable {
  return { ...metaOf(t), rows: [], packed };
}

function rowsTable(t: Table): StoredTable {
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
  return { ...metaOf(t), rows };
}

const metaOfRow = (r: RowFields): RowMeta => ({
  code: r.code, label: r.label, lineNo: r.lineNo,
  ...(r.flags ? { flags: r.flags } : {}),
  ...(r.sourceLine !== undefined ? { sourceLine: r.sourceLine } : {}),
  ...(r.pane !== undefined ? { pane: r.pane } : {}),
  ...(r.block !== undefined ? { block: r.block } : {}),
  ...(r.group !== undefined ? { group: r.group } : {}),
});

export function loadTable(s: StoredTable): Table {
  const b = builderFor(s);
  if (!b) return plainTable(s);
  b.load(0, b.rows);
  return b.finish();
}

/** loadTable, pausing between blocks of rows when the slice is used. */
export async function loadTableSliced(s: StoredTable, sl: Slices): Promise<Table> {
  const b = builderFor(s);
  if (!b) return plainTable(s);
  await inBlocks(b.rows, (x, y) => b.load(x, y), sl);
  return b.finish();
}

/** Held by column, as a parsed table is: texts re-parsed straight into the engine's arrays. */
function builderFor(s: StoredTable): { rows: number; load(a: number, b: number): void; finish(): Table } | null {
  const width = s.columns.length;
  const { rows: stored, columns, packed, ...meta } = s;
  if (packed) {
    const b = new ColumnarBuilder(columns, packed.count);
    const u = new Unpacker(packed);
    return {
      rows: packed.count,
      load(x, y) {
        for (let i = x; i < y; i++) {
          const { cells, marks, fields } = u.row(i);
          for (let j = 0; j < cells.length; j++) b.set(i, j, cells[j]!, placementOfMark(marks[j]!));
          if (cells.length < width) b.setAbsentFrom(i, cells.length);
          b.rowFrom(i, metaOfRow(fields));
        }
      },
      finish: () => b.finish(meta).table,
    };
  }
  if (!stored.every((r) => r.cells.length <= width)) return null;
  const b = new ColumnarBuilder(columns, stored.length);
  return {
    rows: stored.length,
    load(x, y) {
      for (let i = x; i < y; i++) {
        const r = stored[i]!;
        r.cells.forEach((text, j) => {
          const p = r.placements?.[j];
          b.set(i, j, text, p === 'inferred' || p === 'ambiguous' ? p : undefined);
        });
        if (r.cells.length < width) b.setAbsentFrom(i, r.cells.length);
        b.rowFrom(i, metaOfRow(r));
      }
    },
    finish: () => b.finish(meta).table,
  };
}

function plainTable(s: StoredTable): Table {
  const { packed: _packed, ...rest } = s;
  const rows: Row[] = s.rows.map((r) => ({ ...metaOfRow(r), cells: r.cells.map((text, j) => cellOf(text, r.placements?.[j])) }));
  return { ...rest, rows, ...(s.sourceLines ? { sourceLines: s.sourceLines } : {}) };
}

function cellOf(text: string, placement: string | undefined): Row['cells'][number] {
  return placement === 'inferred' || placement === 'ambiguous' ? placedCell(text, placement as Placement) : makeCell(text);
}
