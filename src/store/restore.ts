// Every read passes through restore: unknown input is normalised, old schema versions are migrated,
// and anything that is not a draft is refused as a value (never thrown).
import { BUDGET_KINDS, type TableKind } from '../engine/table.ts';
import { ROWS_SCHEMA_VERSION, SCHEMA_VERSION, type DraftRecord, type StoredRow, type StoredTable } from './schema.ts';
import { restorePacked } from './packed-restore.ts';

export type RestoreResult = { ok: true; value: DraftRecord } | { ok: false; reason: 'not_a_draft' };

/** Why a stored record cannot be used as a draft: written by a newer Gouji, or not a draft at all. */
export type Unreadable = 'newer_version' | 'damaged';

const KINDS = new Set<string>(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10',
  'P_PROJECT', 'P_DEPT', 'P_EVAL', 'P_SUMMARY', 'unknown', ...BUDGET_KINDS]);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : d);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const kind = (v: unknown): TableKind => (typeof v === 'string' && KINDS.has(v) ? (v as TableKind) : 'unknown');

function restoreRow(v: unknown): StoredRow | null {
  if (!isObj(v) || !Array.isArray(v.cells)) return null;
  const row: StoredRow = {
    code: strOrNull(v.code),
    label: str(v.label),
    lineNo: numOrNull(v.lineNo),
    cells: v.cells.map((c) => (typeof c === 'string' ? c : '')),
  };
  if (Array.isArray(v.flags)) row.flags = v.flags.filter((f): f is NonNullable<StoredRow['flags']>[number] => typeof f === 'string');
  if (Array.isArray(v.placements)) row.placements = v.placements.map((x) => (x === 'inferred' || x === 'ambiguous' ? x : ''));
  if (typeof v.sourceLine === 'number') row.sourceLine = v.sourceLine;
  if (typeof v.pane === 'number') row.pane = v.pane;
  if (typeof v.block === 'string') row.block = v.block;
  if (Array.isArray(v.group)) row.group = v.group.filter((g): g is string => typeof g === 'string');
  return row;
}

/** A table whose packed rows are damaged: the whole draft is refused (never a table silently dropped). */
const DAMAGED = Symbol('damaged');

function restoreTable(v: unknown, i: number): StoredTable | null | typeof DAMAGED {
  if (!isObj(v) || !Array.isArray(v.rows) || !Array.isArray(v.columns)) return null;
  const columns = v.columns.filter(isObj).map((c, j) => ({
    key: str(c.key, `c${j + 1}`),
    colNo: (numOrNull(c.colNo) as StoredTable['columns'][number]['colNo']),
    header: str(c.header),
    role: (['code', 'label', 'lineNo', 'amount', 'text'].includes(str(c.role)) ? c.role : 'text') as StoredTable['columns'][number]['role'],
    ...(typeof c.pane === 'number' ? { pane: c.pane } : {}),
  }));
  const packed = v.packed === undefined ? undefined : restorePacked(v.packed, columns.length);
  if (packed === null) return DAMAGED;
  const rows = (packed ? [] : v.rows).map(restoreRow).filter((r): r is StoredRow => r !== null)
    .map((r) => ({
      ...r, cells: columns.map((_, j) => r.cells[j] ?? ''),
      ...(r.placements ? { placements: columns.map((_, j) => r.placements![j] ?? '') } : {}),
    }));
  const t: StoredTable = {
    id: str(v.id, `t${i + 1}`),
    kind: kind(v.kind),
    layout: strOrNull(v.layout),
    title: str(v.title),
    unit: (['万元', '元', '亿元'].includes(str(v.unit)) ? v.unit : null) as StoredTable['unit'],
    year: numOrNull(v.year),
    department: strOrNull(v.department),
    columns,
    rows,
    ...(packed ? { packed } : {}),
    notes: Array.isArray(v.notes) ? v.notes.filter((n): n is string => typeof n === 'string') : [],
  };
  if (Array.isArray(v.sourceLines) && v.sourceLines.length === 2) t.sourceLines = [num(v.sourceLines[0], 0), num(v.sourceLines[1], 0)];
  if (typeof v.printedNo === 'string' && v.printedNo !== '') t.printedNo = v.printedNo.slice(0, 40);
  if (typeof v.unplacedAmounts === 'number' && Number.isInteger(v.unplacedAmounts) && v.unplacedAmounts > 0) t.unplacedAmounts = v.unplacedAmounts;
  return t;
}

function stringRecord(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObj(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

/** v1 drafts held only the pasted text: it becomes the narrative and is re-parsed by the app on open. */
function fromV1(v: Record<string, unknown>): DraftRecord {
  const text = str(v.text);
  const updatedAt = num(v.updatedAt, 0);
  return blankDraft({
    id: str(v.id), name: str(v.name, '未命名'), createdAt: updatedAt, updatedAt,
    narrative: { text, lineMap: text.split('\n').map((_, i) => i + 1) }, source: { kind: 'import' },
  });
}

/** The version a record with these tables is written as: v3 only when one is packed (older Gouji read the rest). */
export const versionFor = (tables: readonly StoredTable[]): number => (tables.some((t) => t.packed) ? SCHEMA_VERSION : ROWS_SCHEMA_VERSION);

export function blankDraft(p: Partial<DraftRecord> & { id: string }): DraftRecord {
  const now = p.updatedAt ?? 0;
  return {
    schemaVersion: versionFor(p.tables ?? []), name: '未命名', department: null, year: null, createdAt: now, updatedAt: now,
    revision: 0, source: { kind: 'blank' }, tables: [], narrative: { text: '', lineMap: [] }, customRules: [],
    disabledRules: [], notes: {}, kindOverrides: {}, counts: { error: 0, warning: 0, info: 0 }, deletedAt: null, ...p,
  };
}

/** null when the record restores; else why not. */
export function unreadable(v: unknown): Unreadable | null {
  if (isObj(v) && typeof v.schemaVersion === 'number' && v.schemaVersion > SCHEMA_VERSION) return 'newer_version';
  // a draft sealed by the passphrase lock: readable with the key (see codec.ts), judged when decoded
  if (isObj(v) && isObj(v.sealed) && typeof v.id === 'string') return null;
  return restoreDraft(v).ok ? null : 'damaged';
}

/**
 * Restores a stored record. `allowNewer` reads a newer version's record as far as this version understands
 * it (for a read-only view; such a record is never written back).
 */
export function restoreDraft(v: unknown, opts: { allowNewer?: boolean } = {}): RestoreResult {
  if (!isObj(v) || typeof v.id !== 'string' || v.id === '') return { ok: false, reason: 'not_a_draft' };
  const version = typeof v.schemaVersion === 'number' ? v.schemaVersion : 1;
  if (version === 1) {
    if (typeof v.text !== 'string') return { ok: false, reason: 'not_a_draft' };
    return { ok: true, value: fromV1(v) };
  }
  if ((version > SCHEMA_VERSION && !opts.allowNewer) || !Array.isArray(v.tables)) return { ok: false, reason: 'not_a_draft' };
  const tables = v.tables.map(restoreTable);
  if (tables.includes(DAMAGED)) return { ok: false, reason: 'not_a_draft' };
  const kept = tables.filter((t): t is StoredTable => t !== null && t !== DAMAGED);
  const narrative = isObj(v.narrative) ? v.narrative : {};
  const counts = isObj(v.counts) ? v.counts : {};
  const src = isObj(v.source) ? v.source : {};
  return {
    ok: true,
    value: blankDraft({
      schemaVersion: versionFor(kept),
      id: v.id,
      name: str(v.name, '未命名'),
      department: strOrNull(v.department),
      year: numOrNull(v.year),
      createdAt: num(v.createdAt, 0),
      updatedAt: num(v.updatedAt, 0),
      revision: num(v.revision, 0),
      source: { kind: (['paste', 'file', 'sample', 'blank', 'import'].includes(str(src.kind)) ? src.kind : 'import') as DraftRecord['source']['kind'],
        ...(typeof src.fileName === 'string' ? { fileName: src.fileName } : {}) },
      tables: kept,
      narrative: { text: str(narrative.text), lineMap: Array.isArray(narrative.lineMap) ? narrative.lineMap.filter((n): n is number => typeof n === 'number') : [] },
      customRules: Array.isArray(v.customRules) ? v.customRules.filter(isObj).filter((r) => typeof r.id === 'string' && typeof r.expr === 'string')
        .map((r) => ({ id: r.id as string, expr: r.expr as string, severity: (['error', 'warning', 'info'].includes(str(r.severity)) ? r.severity : 'error') as 'error', ...(typeof r.note === 'string' ? { note: r.note } : {}), origin: 'custom' as const,
          ...(typeof r.tableId === 'string' ? { tableId: r.tableId } : {}) })) : [],
      disabledRules: Array.isArray(v.disabledRules) ? v.disabledRules.filter((s): s is string => typeof s === 'string') : [],
      notes: stringRecord(v.notes),
      kindOverrides: Object.fromEntries(Object.entries(stringRecord(v.kindOverrides)).map(([k, x]) => [k, kind(x)])),
      counts: { error: num(counts.error, 0), warning: num(counts.warning, 0), info: num(counts.info, 0) },
      deletedAt: numOrNull(v.deletedAt),
      ...(typeof v.title === 'string' ? { title: v.title } : {}),
      ...(['万元', '元', '亿元'].includes(str(v.unit)) ? { unit: v.unit as StoredTable['unit'] } : {}),
    }),
  };
}
