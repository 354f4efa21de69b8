// The drafts API: list, get, save with a revision check, rename, duplicate, soft delete with undo, search,
// snapshots. A plain async API — debouncing and banners are the UI's business.
import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import { isQuotaError, type GoujiDB, type StoreFailure } from './db.ts';
import { restoreDraft, blankDraft, unreadable } from './restore.ts';
import type { DraftRecord, SnapshotReason, SnapshotRecord } from './schema.ts';
import { pageOf, unreadableOf, type DraftPage, type PageQuery, type UnreadableRecord } from './records.ts';
import { importAll, type ImportProgress } from './import.ts';
import { plainCodec, type RecordCodec } from './codec.ts';

/** The fields of a stored draft that say whose report it is (see DraftStore.heads). */
export interface DraftHead {
  readonly id: string;
  readonly name: string;
  readonly department: string | null;
  readonly year: number | null;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; reason: StoreFailure; current?: DraftRecord };

/** How long a deleted draft can be brought back. */
export const UNDO_DELETE_MS = 10 * 60 * 1000;

export function newId(prefix = 'd'): string {
  const rnd = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `${prefix}_${rnd}`;
}

/** The stored revision of a draft record, without restoring the whole record. */
function revisionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const rev = (raw as { revision?: unknown }).revision;
  return typeof rev === 'number' && Number.isFinite(rev) ? rev : 0;
}

/** A draft's stored revision from the [id, revision] index (no value is read), or null when none is indexed. */
async function storedRevision(store: IDBPObjectStore<GoujiDB, ('drafts' | 'meta')[], 'drafts', 'readwrite'>, id: string): Promise<number | null> {
  const c = await store.index('by-revision').openKeyCursor(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
  return c ? (c.key as [string, number])[1] : null;
}

export class DraftStore {
  /** plain, or sealed with the passphrase lock's key (see lock.ts) */
  protected codec: RecordCodec = plainCodec;
  private lastSnapshotAt = 0;
  /** the revision this store last wrote each draft at: while the stored revision is still that, the record is
   *  the one written here, and a save need not read it back (a huge draft's read costs a long task) */
  private written = new Map<string, number>();

  constructor(protected readonly db: IDBPDatabase<GoujiDB>, protected readonly now: () => number = Date.now) {}

  close(): void {
    this.db.close();
  }

  /** Live drafts, newest first (all of them: for export; the list UI pages). */
  async list(): Promise<DraftRecord[]> {
    return (await pageOf(this.db, this.codec, { limit: Infinity })).drafts;
  }

  /**
   * Who the live drafts are — id, name, department, year — read one record at a time with a cursor and without
   * restoring tables, so a thousand stored reports are listed with flat memory (the batch view uses it).
   */
  async heads(): Promise<DraftHead[]> {
    const out: DraftHead[] = [];
    let cursor = await this.db.transaction('drafts').store.openCursor();
    while (cursor) {
      const v = cursor.value as Partial<DraftRecord>;
      if (typeof v.id === 'string' && (v.deletedAt ?? null) === null) {
        out.push({ id: v.id, name: typeof v.name === 'string' ? v.name : '', department: typeof v.department === 'string' ? v.department : null,
          year: typeof v.year === 'number' ? v.year : null });
      }
      cursor = await cursor.continue();
    }
    return out;
  }

  async search(query: string): Promise<DraftRecord[]> {
    return (await pageOf(this.db, this.codec, { query, limit: Infinity })).drafts;
  }

  /** One page of live drafts matching the query, newest first, with the total. */
  page(q: PageQuery = {}): Promise<DraftPage> {
    return pageOf(this.db, this.codec, q);
  }

  /** Records this version cannot read (damaged, or saved by a newer version), with their raw values. */
  unreadable(): Promise<UnreadableRecord[]> {
    return unreadableOf(this.db, this.codec);
  }

  async get(id: string): Promise<DraftRecord | null> {
    const r = await this.codec.decode(await this.db.get('drafts', id));
    return r.ok ? r.value : null;
  }

  /** A newer version's record as far as this version understands it, for a read-only view. */
  async openReadOnly(id: string): Promise<DraftRecord | null> {
    const r = await this.codec.decode(await this.db.get('drafts', id), { allowNewer: true });
    return r.ok ? r.value : null;
  }

  async create(p: Partial<DraftRecord> = {}): Promise<StoreResult<DraftRecord>> {
    const t = this.now();
    const draft = blankDraft({ ...p, id: p.id ?? newId(), createdAt: t, updatedAt: t, revision: 1, deletedAt: null });
    return this.write(draft);
  }

  /**
   * Saves when the stored revision is the one the caller loaded; otherwise reports a conflict with the
   * stored draft so the UI can offer reload / keep mine / save as copy. Nothing is overwritten silently.
   */
  async save(draft: DraftRecord, opts: { force?: boolean } = {}): Promise<StoreResult<DraftRecord>> {
    try {
      // sealed before the transaction: a transaction cannot wait for WebCrypto
      const encoded = await this.codec.encode(draft);
      const tx = this.db.transaction(['drafts', 'meta'], 'readwrite');
      // another tab turned the lock on: this tab must not write in clear until it is unlocked here too
      if (!this.codec.locked && (await tx.objectStore('meta').count('lock')) > 0) {
        await tx.done;
        return { ok: false, reason: 'locked' };
      }
      const store = tx.objectStore('drafts');
      // only the revision is needed on the common path; the whole draft is restored only for a conflict
      const mine = this.written.get(draft.id);
      const own = mine !== undefined && mine === draft.revision && (await storedRevision(store, draft.id)) === mine;
      const raw: unknown = own ? undefined : await store.get(draft.id);
      const rev = own ? mine : revisionOf(raw);
      if (raw !== undefined && unreadable(raw)) {
        // a record this version cannot read (damaged, or from a newer version) is never overwritten
        await tx.done;
        return { ok: false, reason: 'unreadable' };
      }
      if (rev !== null && rev !== draft.revision && !opts.force) {
        await tx.done;
        const stored = await this.codec.decode(raw);
        return stored.ok ? { ok: false, reason: 'conflict', current: stored.value } : { ok: false, reason: 'unreadable' };
      }
      const base = rev !== null ? Math.max(rev, draft.revision) : draft.revision;
      const next: DraftRecord = { ...draft, revision: base + 1, updatedAt: this.now() };
      await store.put({ ...encoded, revision: next.revision, updatedAt: next.updatedAt });
      await tx.done;
      this.written.set(draft.id, next.revision);
      return { ok: true, value: next };
    } catch (e) {
      return { ok: false, reason: isQuotaError(e) ? 'quota_exceeded' : 'storage_unavailable' };
    }
  }

  async rename(id: string, name: string): Promise<StoreResult<DraftRecord>> {
    const d = await this.get(id);
    if (!d) return { ok: false, reason: 'not_found' };
    return this.save({ ...d, name: name.trim() || d.name }, { force: true });
  }

  async duplicate(id: string, name?: string): Promise<StoreResult<DraftRecord>> {
    const d = await this.get(id);
    if (!d) return { ok: false, reason: 'not_found' };
    return this.create({ ...d, id: newId(), name: name ?? `${d.name}（副本）` });
  }

  async remove(id: string): Promise<StoreResult<DraftRecord>> {
    const d = await this.get(id);
    if (!d) return { ok: false, reason: 'not_found' };
    return this.write({ ...d, deletedAt: this.now() });
  }

  async undoRemove(id: string): Promise<StoreResult<DraftRecord>> {
    const d = await this.get(id);
    if (!d || d.deletedAt === null) return { ok: false, reason: 'not_found' };
    return this.write({ ...d, deletedAt: null });
  }

  /** Deletes for good what was removed longer ago than the undo window (one record in memory at a time). */
  async purgeDeleted(): Promise<number> {
    const cutoff = this.now() - UNDO_DELETE_MS;
    const gone: string[] = [];
    let cursor = await this.db.transaction('drafts').store.openCursor();
    while (cursor) {
      // deletedAt is kept in clear by sealed drafts too; a record this version cannot read is never purged
      const v = cursor.value as { id?: unknown; deletedAt?: unknown };
      if (typeof v.deletedAt === 'number' && v.deletedAt < cutoff && typeof v.id === 'string' && unreadable(v) === null) gone.push(v.id);
      cursor = await cursor.continue();
    }
    for (const id of gone) {
      await this.db.delete('drafts', id);
      for (const s of await this.snapshots(id)) await this.db.delete('snapshots', s.id);
    }
    return gone.length;
  }

  /** Stores a copy of the draft; a given `id` rewrites that snapshot (one rolling record, e.g. per tab). */
  async snapshot(draft: DraftRecord, reason: SnapshotReason, label = '', id = newId('s')): Promise<StoreResult<SnapshotRecord>> {
    // strictly increasing within this tab, so two snapshots in one millisecond still list in order
    const createdAt = Math.max(this.now(), this.lastSnapshotAt + 1);
    this.lastSnapshotAt = createdAt;
    const snap: SnapshotRecord = { id, draftId: draft.id, createdAt, reason, label, draft };
    try {
      const encoded = await this.codec.encodeSnapshot(snap);
      if (!this.codec.locked && (await this.db.count('meta', 'lock')) > 0) return { ok: false, reason: 'locked' };
      await this.db.put('snapshots', encoded);
      return { ok: true, value: snap };
    } catch (e) {
      return { ok: false, reason: isQuotaError(e) ? 'quota_exceeded' : 'storage_unavailable' };
    }
  }

  /** Snapshots of one draft, newest first. */
  async snapshots(draftId: string): Promise<SnapshotRecord[]> {
    const all = await this.db.getAllFromIndex('snapshots', 'by-draft', draftId);
    const out = await Promise.all(all.map((raw) => this.codec.decodeSnapshot(raw)));
    return out.filter((x): x is SnapshotRecord => x !== null).sort((a, b) => b.createdAt - a.createdAt);
  }

  /** Restores a snapshot over its draft, after snapshotting the current state so the restore is undoable. */
  async restoreSnapshot(snapshotId: string): Promise<StoreResult<DraftRecord>> {
    const raw = await this.db.get('snapshots', snapshotId);
    if (!raw) return { ok: false, reason: 'not_found' };
    const snap = await this.codec.decodeSnapshot(raw);
    if (!snap) return { ok: false, reason: 'not_a_draft' };
    const restored = restoreDraft(snap.draft);
    if (!restored.ok) return { ok: false, reason: 'not_a_draft' };
    const current = await this.get(snap.draftId);
    if (current) {
      // the restore overwrites: without a stored copy of what it replaces, it does not happen
      const kept = await this.snapshot(current, 'before_restore');
      if (!kept.ok) return { ok: false, reason: 'snapshot_failed' };
    }
    return this.write({ ...restored.value, revision: current?.revision ?? restored.value.revision, deletedAt: null });
  }

  /** Adds imported drafts in one transaction (all or none); an id already taken gets a new one. */
  async importDrafts(drafts: readonly DraftRecord[], progress?: ImportProgress): Promise<StoreResult<DraftRecord[]>> {
    return importAll(this.db, drafts, (d) => this.codec.encode(d), () => newId(), this.now(), progress);
  }

  private async write(draft: DraftRecord): Promise<StoreResult<DraftRecord>> {
    const stored = await this.get(draft.id);
    return this.save({ ...draft, revision: stored?.revision ?? draft.revision }, { force: true });
  }
}
