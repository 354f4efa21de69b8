// Entry to the drafts store.
import { openGoujiDB, type OpenOptions, type StoreFailure } from './db.ts';
import { DraftStore } from './drafts.ts';

export async function openStore(opts: OpenOptions & { now?: () => number } = {}): Promise<{ ok: true; store: DraftStore } | { ok: false; reason: StoreFailure }> {
  const r = await openGoujiDB(opts);
  return r.ok ? { ok: true, store: new DraftStore(r.db, opts.now) } : { ok: false, reason: r.reason };
}

export { DraftStore, UNDO_DELETE_MS, newId, type DraftHead, type StoreResult } from './drafts.ts';
export { exportBackup, parseBackup, type Backup, type BackupProblem } from './backup.ts';
export { openDraftChannel, type DraftChannel, type DraftSaved } from './channel.ts';
export { requestPersistence, storageInfo, type StorageInfo } from './persist.ts';
export { storeTable, loadTable } from './serialise.ts';
export { restoreDraft, blankDraft } from './restore.ts';
export * from './schema.ts';
export type { StoreFailure } from './db.ts';
