// A workbook (what the workbench holds) ↔ the stored draft fields. Pure: tables go through the store's
// text serialiser, rule ids and notes keep their keys, so a draft reopens with the same findings. The sliced
// variants (autosave, opening a draft) pause between blocks of rows, so a huge table never holds the page; a
// table that did not change since it was last stored is not stored again (tables are immutable values).
import type { ParsedDocument } from '../../engine/document.ts';
import type { BoundRule } from '../../engine/index.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import {
  loadTable, loadTableSliced, PACK_MIN_ROWS, slices, storeTable, storeTableSliced, type DraftRecord, type FindingCounts, type Slices, type StoredRule, type StoredTable,
} from '../../store/index.ts';

/** The stored form of each table already stored (a table object never changes; an edit makes a new one). */
const storedOf = new WeakMap<Table, StoredTable>();

function stored(t: Table): StoredTable {
  let s = storedOf.get(t);
  if (s === undefined) storedOf.set(t, (s = storeTable(t)));
  return s;
}

async function storedSliced(t: Table, sl: Slices): Promise<StoredTable> {
  let s = storedOf.get(t);
  if (s === undefined) storedOf.set(t, (s = await storeTableSliced(t, sl)));
  return s;
}

/** The parts of the workbench a draft holds, in the workbench's own shapes. */
export interface Workbook {
  readonly doc: ParsedDocument;
  readonly custom: readonly BoundRule[];
  readonly disabled: ReadonlySet<string>;
  readonly notes: ReadonlyMap<string, string>;
}

/** What the drafts layer reads from the workbench on every change (see readRefs). */
export interface WorkbookRefs extends Workbook {
  readonly isSample: boolean;
  /** bumps when the workbook is replaced or tables join it (paste, file, sample) */
  readonly dataVersion: number;
  readonly counts: FindingCounts;
}

export type DraftFields = Pick<DraftRecord,
  'department' | 'year' | 'title' | 'unit' | 'tables' | 'narrative' | 'customRules' | 'disabledRules' | 'notes' | 'kindOverrides' | 'counts'>;

export function toDraftFields(w: WorkbookRefs, kindOverrides: Readonly<Record<string, TableKind>>): DraftFields {
  return fieldsWith(w, kindOverrides, w.doc.tables.map(stored));
}

/** toDraftFields, storing large tables in slices (the autosave). */
export async function toDraftFieldsSliced(w: WorkbookRefs, kindOverrides: Readonly<Record<string, TableKind>>, sl: Slices = slices()): Promise<DraftFields> {
  const tables: StoredTable[] = [];
  for (const t of w.doc.tables) {
    tables.push(await storedSliced(t, sl));
    if (sl.due()) await sl.pause();
  }
  return fieldsWith(w, kindOverrides, tables);
}

function fieldsWith(w: WorkbookRefs, kindOverrides: Readonly<Record<string, TableKind>>, tables: StoredTable[]): DraftFields {
  const ids = new Set(w.doc.tables.map((t) => t.id));
  const customRules: StoredRule[] = w.custom.map((r) => ({ ...r.def, tableId: r.tableId }));
  return {
    department: w.doc.department ?? firstOf(w.doc, 'department'),
    year: w.doc.year ?? firstOf(w.doc, 'year'),
    title: w.doc.title,
    unit: w.doc.unit,
    tables,
    narrative: { text: w.doc.narrative.text, lineMap: [...w.doc.narrative.lineMap] },
    customRules,
    disabledRules: [...w.disabled],
    notes: Object.fromEntries(w.notes),
    // an override of a table that is gone is dropped
    kindOverrides: Object.fromEntries(Object.entries(kindOverrides).filter(([id]) => ids.has(id))),
    counts: { error: w.counts.error, warning: w.counts.warning, info: w.counts.info },
  };
}

export function fromDraft(d: DraftRecord): Workbook {
  return workbookOf(d, d.tables.map(loadTable));
}

/** fromDraft, re-parsing large tables in slices and giving the page a turn between tables. */
export async function fromDraftSliced(d: DraftRecord, sl: Slices = slices()): Promise<Workbook> {
  const tables: Table[] = [];
  for (const s of d.tables) {
    const t = await loadTableSliced(s, sl);
    // the next autosave stores this table as it was read (a v2 table large enough to pack is packed then)
    if (s.packed || s.rows.length < PACK_MIN_ROWS) storedOf.set(t, s);
    tables.push(t);
    if (sl.due()) await sl.pause();
  }
  return workbookOf(d, tables);
}

function workbookOf(d: DraftRecord, tables: Table[]): Workbook {
  const home = tables[0]?.id ?? '';
  const doc: ParsedDocument = {
    title: d.title ?? null, department: d.department, year: d.year, unit: d.unit ?? null,
    tables, narrative: { text: d.narrative.text, lineMap: d.narrative.lineMap }, problems: [],
  };
  const custom: BoundRule[] = d.customRules.map(({ tableId, ...def }) => ({ def: { ...def, origin: 'custom' }, tableId: tableId ?? home }));
  return { doc, custom, disabled: new Set(d.disabledRules), notes: new Map(Object.entries(d.notes)) };
}

/** A name for a new draft: department and year when the report says them, else its title. */
export function draftName(doc: ParsedDocument, fallback: string): string {
  const dept = doc.department ?? firstOf(doc, 'department');
  const year = doc.year ?? firstOf(doc, 'year');
  if (dept) return year ? `${dept} ${year}` : dept;
  const title = doc.title ?? doc.tables.find((t) => t.title.trim() !== '')?.title ?? null;
  return title?.trim() || fallback;
}

function firstOf<K extends 'department' | 'year'>(doc: ParsedDocument, key: K): ParsedDocument[K] {
  for (const t of doc.tables) if (t[key] !== null) return t[key] as ParsedDocument[K];
  return null as ParsedDocument[K];
}
