// What kind of change the workbench just made, seen from the drafts layer: nothing, only finding counts,
// an edit, a replacement (paste or file), or the sample loaded; and whether it was large enough to deserve
// a snapshot of the state before it. Pure: compares references, which the workbench replaces on change.
import type { ParsedDocument } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import type { WorkbookRefs } from './codec.ts';

/** A grid paste touching at least this many cells is "large" and snapshotted first. */
export const LARGE_EDIT_CELLS = 20;

export type ChangeKind = 'none' | 'counts' | 'edit' | 'replace' | 'sample';

export interface Change {
  readonly kind: ChangeKind;
  /** the state before deserves a snapshot (a paste or file replaced or joined it, or a large grid paste) */
  readonly large: boolean;
  /** tables whose kind the reviewer changed (same table, same load) */
  readonly kinds: Readonly<Record<string, TableKind>>;
}

const NONE: Change = { kind: 'none', large: false, kinds: {} };

export function classifyChange(prev: WorkbookRefs, next: WorkbookRefs): Change {
  if (next.dataVersion !== prev.dataVersion) {
    if (next.isSample) return { kind: 'sample', large: false, kinds: {} };
    return { kind: 'replace', large: hasContent(prev.doc), kinds: {} };
  }
  const same = prev.doc === next.doc && prev.custom === next.custom && prev.disabled === next.disabled && prev.notes === next.notes;
  if (same) return sameCounts(prev, next) ? NONE : { kind: 'counts', large: false, kinds: {} };
  return { kind: 'edit', large: changedCells(prev.doc, next.doc, LARGE_EDIT_CELLS) >= LARGE_EDIT_CELLS, kinds: kindChanges(prev.doc, next.doc) };
}

/** The report's heading: its department and year (from the document, else its first table that says). */
export function heading(doc: ParsedDocument): { department: string | null; year: number | null } {
  const dept = doc.department ?? doc.tables.find((t) => t.department !== null)?.department ?? null;
  const year = doc.year ?? doc.tables.find((t) => t.year !== null)?.year ?? null;
  return { department: dept === null ? null : dept.replace(/\s+/g, ''), year };
}

/** Both documents name a department (or a year) and they differ: another report, not a new version of this one. */
export function headingDiffers(a: ParsedDocument, b: ParsedDocument): boolean {
  const x = heading(a);
  const y = heading(b);
  return (x.department !== null && y.department !== null && x.department !== y.department) || (x.year !== null && y.year !== null && x.year !== y.year);
}

export function hasContent(doc: ParsedDocument): boolean {
  return doc.tables.length > 0 || doc.narrative.text.trim() !== '';
}

/** Cells that differ between two versions of the workbook, counting up to `limit`; a new table counts whole. */
export function changedCells(a: ParsedDocument, b: ParsedDocument, limit = Infinity): number {
  if (a === b) return 0;
  const before = new Map(a.tables.map((t) => [t.id, t]));
  let n = 0;
  for (const t of b.tables) {
    const old = before.get(t.id);
    if (old === t) continue;
    n += old ? tableDiff(old, t) : cellCount(t);
    if (n >= limit) return n;
  }
  return n;
}

function tableDiff(a: Table, b: Table): number {
  let n = 0;
  for (let r = 0; r < b.rows.length; r++) {
    const ra = a.rows[r];
    const rb = b.rows[r]!;
    if (ra === rb) continue;
    for (let c = 0; c < rb.cells.length; c++) {
      // edits create a new cell object; grown rows share one blank cell
      if ((ra?.cells[c]?.text ?? '') !== rb.cells[c]!.text) n++;
    }
  }
  return n;
}

const cellCount = (t: Table) => t.rows.reduce((n, r) => n + r.cells.length, 0);

function kindChanges(a: ParsedDocument, b: ParsedDocument): Record<string, TableKind> {
  const before = new Map(a.tables.map((t) => [t.id, t.kind]));
  const out: Record<string, TableKind> = {};
  for (const t of b.tables) {
    const k = before.get(t.id);
    if (k !== undefined && k !== t.kind) out[t.id] = t.kind;
  }
  return out;
}

function sameCounts(a: WorkbookRefs, b: WorkbookRefs): boolean {
  return a.counts.error === b.counts.error && a.counts.warning === b.counts.warning && a.counts.info === b.counts.info;
}
