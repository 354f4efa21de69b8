// Backup files: one draft or all drafts as JSON. Importing validates the whole file first; a bad or
// foreign file is refused with a reason and changes nothing.
import { restoreDraft, versionFor } from './restore.ts';
import type { DraftRecord } from './schema.ts';
import { unpackStored } from './serialise.ts';

export const BACKUP_FORMAT = 'gouji-backup';
export const BACKUP_VERSION = 1;

export type BackupProblem = 'not_json' | 'foreign_file' | 'unsupported_version' | 'no_drafts' | 'bad_draft' | 'too_large' | 'too_many_drafts';

/** A backup file larger than this is refused before it is read (a year of a department's drafts is far less). */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;
/** …and one holding more drafts than this. */
export const MAX_BACKUP_DRAFTS = 2000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  drafts: DraftRecord[];
}

export function exportBackup(drafts: readonly DraftRecord[], now = Date.now()): string {
  // a backup file is JSON with a StoredRow per row (packed tables are unpacked), readable by any Gouji that reads v2
  const plain = drafts.map((d) => {
    const tables = d.tables.map(unpackStored);
    return { ...d, tables, schemaVersion: versionFor(tables) };
  });
  const b: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, drafts: plain };
  return JSON.stringify(b, null, 1);
}

export function parseBackup(text: string): { ok: true; value: Backup } | { ok: false; reason: BackupProblem; index?: number } {
  // a UTF-16 code unit is at least one byte of the file
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, reason: 'too_large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not_json' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, reason: 'foreign_file' };
  }
  const b = raw as { version?: unknown; exportedAt?: unknown; drafts?: unknown };
  if (b.version !== BACKUP_VERSION) return { ok: false, reason: 'unsupported_version' };
  if (!Array.isArray(b.drafts) || b.drafts.length === 0) return { ok: false, reason: 'no_drafts' };
  if (b.drafts.length > MAX_BACKUP_DRAFTS) return { ok: false, reason: 'too_many_drafts' };
  const drafts: DraftRecord[] = [];
  for (let i = 0; i < b.drafts.length; i++) {
    const r = restoreDraft(b.drafts[i]);
    if (!r.ok) return { ok: false, reason: 'bad_draft', index: i };
    drafts.push(r.value);
  }
  return { ok: true, value: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: typeof b.exportedAt === 'number' ? b.exportedAt : 0, drafts } };
}
