// The IndexedDB database: typed schema, one DB_VERSION and an upgrade ladder. Opening never throws:
// unavailable storage (private mode, file:// restrictions) and blocked upgrades come back as values.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type DraftRecord, type SnapshotRecord } from './schema.ts';
import { restoreDraft } from './restore.ts';
import type { SealedDraft, SealedSnapshot } from './codec.ts';
import type { LockMeta } from './crypto.ts';

export interface GoujiDB extends DBSchema {
  drafts: { key: string; value: DraftRecord | SealedDraft; indexes: { 'by-updated': number; 'by-revision': [string, number] } };
  snapshots: { key: string; value: SnapshotRecord | SealedSnapshot; indexes: { 'by-draft': string } };
  meta: { key: string; value: LockMeta };
}

/** wrong_passphrase: the lock's passphrase did not match; locked: drafts are sealed and not unlocked yet;
 *  unreadable: the stored record is damaged or from a newer version and is not overwritten;
 *  snapshot_failed: an overwrite was refused because the copy of what it would replace could not be stored */
export type StoreFailure = 'storage_unavailable' | 'upgrade_blocked' | 'quota_exceeded' | 'conflict' | 'not_found' | 'not_a_draft'
  | 'unreadable' | 'snapshot_failed' | 'wrong_passphrase' | 'locked';

export type OpenResult =
  | { ok: true; db: IDBPDatabase<GoujiDB> }
  | { ok: false; reason: StoreFailure; detail?: string };

export interface OpenOptions {
  name?: string;
  /** another tab holds an older connection open: it is asked to close (see onversionchange) */
  onBlocking?: () => void;
}

export async function openGoujiDB(opts: OpenOptions = {}): Promise<OpenResult> {
  if (typeof indexedDB === 'undefined' || !indexedDB) return { ok: false, reason: 'storage_unavailable' };
  let blocked = false;
  let open: Promise<IDBPDatabase<GoujiDB>>;
  try {
    open = openWithLadder(opts.name ?? DB_NAME, {
    blocked() { blocked = true; },
    blocking() { opts.onBlocking?.(); },
    });
  } catch (e) {
    return { ok: false, reason: 'storage_unavailable', detail: e instanceof Error ? e.name : String(e) };
  }
  try {
    const db = await Promise.race([open, blockedAfter(() => blocked)]);
    if (!db) return { ok: false, reason: 'upgrade_blocked' };
    return { ok: true, db };
  } catch (e) {
    return { ok: false, reason: 'storage_unavailable', detail: e instanceof Error ? e.name : String(e) };
  }
}

/** Resolves undefined once the open has been reported blocked for a while. */
function blockedAfter(isBlocked: () => boolean): Promise<undefined> {
  return new Promise((resolve) => {
    const tick = () => (isBlocked() ? resolve(undefined) : setTimeout(tick, 200));
    setTimeout(tick, 200);
  });
}

function openWithLadder(name: string, hooks: { blocked(): void; blocking(): void }) {
    return openDB<GoujiDB>(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          db.createObjectStore('drafts', { keyPath: 'id' });
        }
        if (oldVersion < 2) {
          const drafts = tx.objectStore('drafts');
          drafts.createIndex('by-updated', 'updatedAt');
          db.createObjectStore('snapshots', { keyPath: 'id' }).createIndex('by-draft', 'draftId');
          // migrate v1 records in place; unreadable ones are left alone rather than deleted
          void drafts.openCursor().then(async function step(cursor): Promise<void> {
            if (!cursor) return;
            const r = restoreDraft(cursor.value);
            if (r.ok) await cursor.update(r.value);
            return step(await cursor.continue());
          });
        }
        if (oldVersion < 3) db.createObjectStore('meta', { keyPath: 'id' });
        if (oldVersion < 4) tx.objectStore('drafts').createIndex('by-revision', ['id', 'revision']);
      },
      blocked: hooks.blocked,
      blocking: hooks.blocking,
    });
}

export function isQuotaError(e: unknown): boolean {
  return e instanceof Error && (e.name === 'QuotaExceededError' || /quota/i.test(e.message));
}
