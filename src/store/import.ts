// Backup import in one IndexedDB transaction: every draft goes in or none does. An id already taken (by a
// live draft, a deleted one or a record this version cannot read) gets a new id, so nothing is overwritten.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { isQuotaError, type GoujiDB, type StoreFailure } from './db.ts';
import type { DraftRecord } from './schema.ts';

export type ImportProgress = (done: number, total: number) => void;

export async function importAll(
  db: IDBPDatabase<GoujiDB>, drafts: readonly DraftRecord[], fresh: () => string, now: number, progress?: ImportProgress,
): Promise<{ ok: true; value: DraftRecord[] } | { ok: false; reason: StoreFailure }> {
  const out: DraftRecord[] = [];
  let tx: IDBPTransaction<GoujiDB, ['drafts'], 'readwrite'> | null = null;
  try {
    const t = db.transaction('drafts', 'readwrite');
    tx = t;
    const taken = new Set<string>();
    for (const d of drafts) {
      const clash = taken.has(d.id) || (await t.store.count(d.id)) > 0;
      const next: DraftRecord = { ...d, id: clash ? fresh() : d.id, source: { kind: 'import' }, revision: 1, createdAt: now, updatedAt: now, deletedAt: null };
      taken.add(next.id);
      await t.store.put(next);
      out.push(next);
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
