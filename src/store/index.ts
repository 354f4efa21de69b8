// Entry to the drafts store.
import { openGoujiDB, type OpenOptions, type StoreFailure } from './db.ts';
import { LockableStore } from './lock.ts';

export async function openStore(opts: OpenOptions & { now?: () => number } = {}): Promise<{ ok: true; store: LockableStore } | { ok: false; reason: StoreFailure }> {
  const r = await openGoujiDB(opts);
  return r.ok ? { ok: true, store: new LockableStore(r.db, opts.now) } : { ok: false, reason: r.reason };
}

export { LockableStore, type LockResult } from './lock.ts';
export { PBKDF2_ITERATIONS } from './crypto.ts';

export { DraftStore, UNDO_DELETE_MS, newId, type DraftHead, type StoreResult } from './drafts.ts';
export { exportBackup, parseBackup, MAX_BACKUP_BYTES, MAX_BACKUP_DRAFTS, type Backup, type BackupProblem } from './backup.ts';
export { exportRaw, PAGE_SIZE, type DraftPage, type PageQuery, type UnreadableRecord } from './records.ts';
export type { ImportProgress } from './import.ts';
export { openDraftChannel, type DraftChannel, type DraftSaved } from './channel.ts';
export { requestPersistence, storageInfo, type StorageInfo } from './persist.ts';
export { storeTable, loadTable, storeTableSliced, loadTableSliced, packStored, unpackStored } from './serialise.ts';
export { slices, nextTurn, NO_SLICES, SLICE_MS, type Slices } from './slices.ts';
export { PACK_MIN_ROWS, type PackedRows } from './packed.ts';
export { restoreDraft, blankDraft, unreadable, type Unreadable } from './restore.ts';
export * from './schema.ts';
export type { StoreFailure } from './db.ts';
