// The drafts API: list, get, save with a revision check, rename, duplicate, soft delete with undo, search,
// snapshots. A plain async API — debouncing and banners are the UI's business.
import type { IDBPDatabase } from 'idb';
import { isQuotaError, type GoujiDB, type StoreFailure } from './db.ts';
import { restoreDraft, blankDraft } from './restore.ts';
import type { DraftRecord, SnapshotReason, SnapshotRecord } from './schema.ts';

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

export class DraftStore {
  constructor(private readonly db: IDBPDatabase<GoujiDB>, private readonly now: () => number = Date.now) {}

  close(): void {
    this.db.close();
  }

  /** Live drafts, newest first. */
  async list(): Promise<DraftRecord[]> {
    const all = await this.db.getAllFromIndex('drafts', 'by-updated');
    return all.map(restoreDraft).flatMap((r) => (r.ok && r.value.deletedAt === null ? [r.value] : [])).reverse();
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
    const q = query.trim().toLowerCase();
    const all = await this.list();
    if (!q) return all;
    return all.filter((d) => [d.name, d.department ?? '', String(d.year ?? '')].some((s) => s.toLowerCase().includes(q)));
  }

  async get(id: string): Promise<DraftRecord | null> {
    const r = restoreDraft(await this.db.get('drafts', id));
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
      const tx = this.db.transaction('drafts', 'readwrite');
      // only the revision is needed on the common path; the whole draft is restored only for a conflict
      const raw: unknown = await tx.store.get(draft.id);
      const rev = revisionOf(raw);
      if (rev !== null && rev !== draft.revision && !opts.force) {
        await tx.done;
        const stored = restoreDraft(raw);
        if (stored.ok) return { ok: false, reason: 'conflict', current: stored.value };
      }
      const base = rev !== null ? Math.max(rev, draft.revision) : draft.revision;
      const next: DraftRecord = { ...draft, revision: base + 1, updatedAt: this.now() };
      await tx.store.put(next);
      await tx.done;
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

  /** Deletes for good what was removed longer ago than the undo window. */
  async purgeDeleted(): Promise<number> {
    const all = await this.db.getAll('drafts');
    const cutoff = this.now() - UNDO_DELETE_MS;
    let n = 0;
    for (const v of all) {
      const r = restoreDraft(v);
      if (r.ok && r.value.deletedAt !== null && r.value.deletedAt < cutoff) {
        await this.db.delete('drafts', r.value.id);
        for (const s of await this.snapshots(r.value.id)) await this.db.delete('snapshots', s.id);
        n++;
      }
    }
    return n;
  }

  /** Stores a copy of the draft; a given `id` rewrites that snapshot (one rolling record, e.g. per tab). */
  async snapshot(draft: DraftRecord, reason: SnapshotReason, label = '', id = newId('s')): Promise<StoreResult<SnapshotRecord>> {
    const snap: SnapshotRecord = { id, draftId: draft.id, createdAt: this.now(), reason, label, draft };
    try {
      await this.db.put('snapshots', snap);
      return { ok: true, value: snap };
    } catch (e) {
      return { ok: false, reason: isQuotaError(e) ? 'quota_exceeded' : 'storage_unavailable' };
    }
  }

  /** Snapshots of one draft, newest first. */
  async snapshots(draftId: string): Promise<SnapshotRecord[]> {
    const all = await this.db.getAllFromIndex('snapshots', 'by-draft', draftId);
    return all.sort((a, b) => b.createdAt - a.createdAt);
  }

  /** Restores a snapshot over its draft, after snapshotting the current state so the restore is undoable. */
  async restoreSnapshot(snapshotId: string): Promise<StoreResult<DraftRecord>> {
    const snap = await this.db.get('snapshots', snapshotId);
    if (!snap) return { ok: false, reason: 'not_found' };
    const restored = restoreDraft(snap.draft);
    if (!restored.ok) return { ok: false, reason: 'not_a_draft' };
    const current = await this.get(snap.draftId);
    if (current) await this.snapshot(current, 'before_restore');
    return this.write({ ...restored.value, revision: current?.revision ?? restored.value.revision, deletedAt: null });
  }

  /** Adds imported drafts; an id that already exists gets a new one so nothing is overwritten. */
  async importDrafts(drafts: readonly DraftRecord[]): Promise<StoreResult<DraftRecord[]>> {
    const out: DraftRecord[] = [];
    for (const d of drafts) {
      const exists = await this.get(d.id);
      const r = await this.create({ ...d, id: exists ? newId() : d.id, source: { kind: 'import' } });
      if (!r.ok) return { ok: false, reason: r.reason };
      out.push(r.value);
    }
    return { ok: true, value: out };
  }

  private async write(draft: DraftRecord): Promise<StoreResult<DraftRecord>> {
    const stored = await this.get(draft.id);
    return this.save({ ...draft, revision: stored?.revision ?? draft.revision }, { force: true });
  }
}
