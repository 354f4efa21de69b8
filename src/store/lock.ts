// The optional passphrase lock over the drafts store: turning it on seals every draft and snapshot in one
// transaction (all or none); opening the store with the passphrase sets the key; a wrong passphrase changes
// nothing. Records this version cannot read are left exactly as they are.
import { DraftStore } from './drafts.ts';
import { newLock, openLock, PBKDF2_ITERATIONS, type LockMeta } from './crypto.ts';
import { isQuotaError, type StoreFailure } from './db.ts';
import { isSealedRecord, plainCodec, sealedCodec, type RecordCodec } from './codec.ts';
import { unreadable } from './restore.ts';

export type LockResult = { ok: true } | { ok: false; reason: StoreFailure };

export class LockableStore extends DraftStore {
  /** the lock is on in the database (whether or not this tab has unlocked it) */
  async lockMeta(): Promise<LockMeta | null> {
    return (await this.db.get('meta', 'lock')) ?? null;
  }

  get unlocked(): boolean {
    return this.codec.locked;
  }

  /** Sets the key when the passphrase is the lock's; false (and nothing changed) when it is not. */
  async unlock(passphrase: string): Promise<boolean> {
    const meta = await this.lockMeta();
    if (!meta) return true;
    const key = await openLock(meta, passphrase);
    if (!key) return false;
    this.codec = sealedCodec(key);
    return true;
  }

  /** Turns the lock on: every readable draft and snapshot is sealed with a key derived from the passphrase. */
  async enableLock(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<LockResult> {
    if (await this.lockMeta()) return { ok: false, reason: 'locked' };
    const { meta, key } = await newLock(passphrase, iterations);
    const next = sealedCodec(key);
    const r = await this.rewriteAll(this.codec, next, (tx) => tx.objectStore('meta').put(meta));
    if (r.ok) this.codec = next;
    return r;
  }

  /** Turns the lock off (this tab must have unlocked it): everything is stored in clear again. */
  async removeLock(): Promise<LockResult> {
    if (!this.codec.locked) return { ok: false, reason: 'locked' };
    const r = await this.rewriteAll(this.codec, plainCodec, (tx) => tx.objectStore('meta').delete('lock'));
    if (r.ok) this.codec = plainCodec;
    return r;
  }

  private async rewriteAll(from: RecordCodec, to: RecordCodec, meta: (tx: IDBTransactionLike) => unknown): Promise<LockResult> {
    try {
      const drafts = await this.db.getAll('drafts');
      const snaps = await this.db.getAll('snapshots');
      const outDrafts = [];
      for (const raw of drafts) {
        if (unreadable(raw) !== null && !isSealedRecord(raw)) continue; // left as it is
        const r = await from.decode(raw);
        if (r.ok) outDrafts.push(await to.encode(r.value));
      }
      const outSnaps = [];
      for (const raw of snaps) {
        const s = await from.decodeSnapshot(raw);
        if (s) outSnaps.push(await to.encodeSnapshot(s));
      }
      const tx = this.db.transaction(['drafts', 'snapshots', 'meta'], 'readwrite');
      for (const d of outDrafts) void tx.objectStore('drafts').put(d);
      for (const s of outSnaps) void tx.objectStore('snapshots').put(s);
      void meta(tx as unknown as IDBTransactionLike);
      await tx.done;
      return { ok: true };
    } catch (e) {
      return { ok: false, reason: isQuotaError(e) ? 'quota_exceeded' : 'storage_unavailable' };
    }
  }
}

interface IDBTransactionLike {
  objectStore(name: 'meta'): { put(v: LockMeta): unknown; delete(k: string): unknown };
}
