// The stored shapes of a draft (a workbook) and its snapshots, by schema version. Tables are stored as
// cell texts only: values are re-parsed on restore, so no Decimal object ever goes through structured clone.
import type { RuleDef } from '../engine/rule.ts';
import type { Column, RowFlag, TableKind, Unit } from '../engine/table.ts';
import type { PackedRows } from './packed.ts';

export const DB_NAME = 'gouji';
/** v1: drafts {id,name,text,updatedAt}; v2: structured drafts, revision counter, snapshots store;
 *  v3: meta store (the passphrase lock's salt and verifier); v4: drafts index [id, revision] (a save reads a
 *  draft's revision without reading the whole record) */
export const DB_VERSION = 4;
/** v2: a StoredRow per row; v3: large tables packed (see packed.ts). A record is written as v3 only when it holds
 *  a packed table, so a draft without one stays readable by a Gouji that knows only v2. */
export const SCHEMA_VERSION = 3;
/** The schema version of a record whose tables all keep a StoredRow per row. */
export const ROWS_SCHEMA_VERSION = 2;

export interface StoredRow {
  code: string | null;
  label: string;
  lineNo: number | null;
  cells: string[];
  /** per cell: '' = exact, else 'inferred' | 'ambiguous' (Cell.placement); absent when every cell is exact */
  placements?: string[];
  flags?: RowFlag[];
  sourceLine?: number;
  pane?: number;
  /** 绩效 tables: the row's block and the 一级/二级 labels in force (see Row) */
  block?: string;
  group?: string[];
}

export interface StoredTable {
  id: string;
  kind: TableKind;
  layout: string | null;
  title: string;
  unit: Unit | null;
  year: number | null;
  department: string | null;
  columns: Column[];
  /** empty when the rows are packed */
  rows: StoredRow[];
  /** v3: the rows of a large table, packed; absent when `rows` holds them */
  packed?: PackedRows;
  notes: string[];
  sourceLines?: [number, number];
  /** the printed table number ("公开01表"); absent in older drafts and when none is printed */
  printedNo?: string;
  unplacedAmounts?: number;
}

/** A reviewer's rule as stored: the rule plus the table it was written for. */
export interface StoredRule extends RuleDef {
  /** id of the home table; absent in drafts saved before rules were bound to tables */
  readonly tableId?: string;
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

export interface DraftRecord {
  schemaVersion: number;
  id: string;
  name: string;
  department: string | null;
  year: number | null;
  createdAt: number; // ms since epoch
  updatedAt: number; // ms since epoch
  /** incremented by every save; a save naming an older revision is a conflict */
  revision: number;
  source: { kind: 'paste' | 'file' | 'sample' | 'blank' | 'import'; fileName?: string };
  tables: StoredTable[];
  narrative: { text: string; lineMap: number[] };
  customRules: StoredRule[];
  disabledRules: string[];
  /** 核实说明 notes by finding key */
  notes: Record<string, string>;
  /** user-chosen table kinds by table id */
  kindOverrides: Record<string, TableKind>;
  counts: FindingCounts;
  /** soft delete: set while the delete can still be undone */
  deletedAt: number | null;
  /** the report's title and unit as parsed (optional: older drafts lack them) */
  title?: string | null;
  unit?: Unit | null;
}

/** before_overwrite: another tab's version, kept when "keep mine" replaced it; conflict: a tab's unsaved
 *  work while it was in conflict with another tab (one record per tab, rewritten by its autosave). */
export type SnapshotReason = 'manual' | 'before_paste' | 'before_import' | 'before_restore' | 'before_overwrite' | 'conflict';

export interface SnapshotRecord {
  id: string;
  draftId: string;
  createdAt: number;
  reason: SnapshotReason;
  label: string;
  draft: DraftRecord;
}

/** The v1 record, kept for the upgrade ladder and for old backups. */
export interface DraftRecordV1 {
  id: string;
  name: string;
  text: string;
  updatedAt: number;
}
