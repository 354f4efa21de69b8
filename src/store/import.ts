// Backup import in one IndexedDB transaction: every draft goes in or none does. An id already taken (by a
// live draft, a deleted one or a record this version cannot read) gets a new id, so nothing is overwritten.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { isQuotaError, type GoujiDB, type StoreFailure } from './db.ts';
import type { DraftRecord } from './schema.ts';
import type { SealedDraft } from './codec.ts';
import { packStored } from './serialise.ts';

export type ImportProgress = (done: number, total: number) => void;

export async function importAll(
  db: IDBPDatabase<GoujiDB>, drafts: readonly DraftRecord[], encode: (d: DraftRecord) => Promise<DraftRecord | SealedDraft>,
  fresh: () => string, now: number, progress?: ImportProgress,
): Promise<{ ok: true; value: DraftRecord[] } | { ok: false; reason: StoreFailure }> {
  const out: DraftRecord[] = [];
  let ready: { draft: DraftRecord; stored: DraftRecord | SealedDraft }[];
  try {
    // sealed (when the lock is on) before the transaction, which cannot wait for WebCrypto
    ready = await Promise.all(drafts.map(async (d) => {
      // large tables are stored packed, as the autosave stores them
      const draft: DraftRecord = { ...d, tables: d.tables.map((t) => packStored(t)), source: { kind: 'import' }, revision: 1, createdAt: now, updatedAt: now, deletedAt: null };
      return { draft, stored: await encode(draft) };
    }));
  } catch {
    return { ok: false, reason: 'storage_unavailable' };
  }
  let tx: IDBPTransaction<GoujiDB, ['drafts'], 'readwrite'> | null = null;
  try {
    const t = db.transaction('drafts', 'readwrite');
    tx = t;
    const taken = new Set<string>();
    for (const { draft, stored } of ready) {
      const clash = taken.has(draft.id) || (await t.store.count(draft.id)) > 0;
      const id = clash ? fresh() : draft.id;
      taken.add(id);
      await t.store.put({ ...stored, id });
      out.push({ ...draft, id });
      progress?.(out.length, drafts.length);
    }
    await t.done;
    return { ok: true, value: out };
  } catch (e) {
    try {
      tx?.abort();
    } catch {
      /* already aborted by the failing request */
    }
    await tx?.done.catch(() => undefined);
    return { ok: false, reason: isQuotaError(e) ? 'quota_exceeded' : 'storage_unavailable' };
  }
}
