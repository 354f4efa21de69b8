// What the reviewer does with drafts: open, rename, duplicate, delete (with undo), search, new; snapshots
// (take, list, restore); backup export of one or all drafts and import of a backup file. The saving
// machinery (autosave, conflicts, banners) is DraftsCore.
import { exportBackup, exportRaw, MAX_BACKUP_BYTES, parseBackup } from '../../store/index.ts';
import { EMPTY_DOC } from '../model/workbook.ts';
import { mapOf, setOf } from '../model/snapshots.ts';
import { readRefs, UNDO_TOAST_MS, type DraftsDeps } from './core.svelte.ts';
import { DraftsSession } from './session.svelte.ts';
import { fromDraftSliced } from './codec.ts';
import { hasContent } from './change.ts';
import { backupFileName } from './format.ts';
import { browserDownload } from './host-io.ts';
import { dt, isTextKey } from './text.ts';

export { AUTOSAVE_MAX_MS, AUTOSAVE_MS, UNDO_TOAST_MS, readRefs, type ConflictChoice, type DraftsDeps, type DraftsMessage, type SaveStatus, type WorkbookHost } from './core.svelte.ts';

export type DraftsPanel = 'none' | 'drafts' | 'history';

export class Drafts extends DraftsSession {
  panel = $state<DraftsPanel>('none');
  /** a backup import in progress: drafts written so far */
  importing = $state.raw<{ done: number; total: number } | null>(null);
  private undoTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(deps: DraftsDeps) {
    super(deps);
  }

  togglePanel(p: Exclude<DraftsPanel, 'none'>): void {
    this.panel = this.panel === p ? 'none' : p;
    if (this.panel === 'drafts') void this.refreshList().then(() => this.refreshStorage());
    if (this.panel === 'history') void this.refreshSnapshots();
  }

  async search(query: string): Promise<void> {
    this.query = query;
    this.resetPaging();
    await this.refreshList();
  }

  async open(id: string): Promise<void> {
    if (this.current?.id === id) {
      this.panel = 'none';
      return;
    }
    await this.flush();
    const d = await this.store?.get(id);
    if (!d || d.deletedAt !== null) return this.fail('not_found');
    this.panel = 'none';
    await this.apply(d);
  }

  /** Opens a record saved by a newer version as far as this version reads it; it is never written back. */
  async openReadOnly(id: string): Promise<void> {
    await this.flush();
    const d = await this.store?.openReadOnly(id);
    if (!d) return this.fail('not_found');
    this.panel = 'none';
    if (!(await this.apply(d))) return;
    this.readOnly = true;
    this.say('info', 'info_read_only', { name: d.name });
  }

  /** The records this version cannot read, raw, as a JSON file. */
  exportUnreadable(now = Date.now()): void {
    if (this.unreadable.length > 0) this.download(backupFileName(dt(this.lang, 'unreadableFile'), now), exportRaw(this.unreadable, now));
  }

  /** A new, empty workbook; it becomes a draft once something is pasted or typed. */
  async newDraft(): Promise<void> {
    await this.flush();
    this.detach(null);
    this.deps.host.openWorkbook({ doc: EMPTY_DOC, custom: [], disabled: setOf(), notes: mapOf() });
    this.seen = readRefs(this.deps.host);
    this.panel = 'none';
  }

  async rename(id: string, name: string): Promise<void> {
    const clean = name.trim();
    if (!clean || !this.store) return;
    if (this.current?.id === id) {
      // through this tab's own save, so the revision it holds stays current
      this.current = { ...this.current, name: clean };
      this.markDirty();
      await this.flush();
    } else {
      const r = await this.store.rename(id, clean);
      if (!r.ok) this.fail(r.reason);
      this.announce(r);
    }
    await this.refreshList();
  }

  async duplicate(id: string): Promise<void> {
    if (!this.store) return;
    if (this.current?.id === id) await this.flush();
    const d = await this.store.get(id);
    if (!d) return this.fail('not_found');
    const r = await this.store.duplicate(id, `${d.name}${dt(this.lang, 'copySuffix')}`);
    if (!r.ok) this.fail(r.reason);
    this.announce(r);
    await this.refreshList();
  }

  /** Soft delete: a toast offers 撤销 for a while; the store keeps the draft restorable for longer. */
  async remove(id: string): Promise<void> {
    if (!this.store) return;
    const wasCurrent = this.current?.id === id;
    if (wasCurrent) await this.flush();
    const r = await this.store.remove(id);
    if (!r.ok) return this.fail(r.reason);
    this.announce(r);
    this.undo = { id, name: r.value.name, wasCurrent };
    if (this.undoTimer !== null) clearTimeout(this.undoTimer);
    this.undoTimer = setTimeout(() => (this.undo = null), UNDO_TOAST_MS);
    await this.refreshList();
    if (wasCurrent) {
      this.detach(null);
      await this.deps.loadSample();
    }
  }

  async undoRemove(): Promise<void> {
    const u = this.undo;
    if (!u || !this.store) return;
    this.undo = null;
    const r = await this.store.undoRemove(u.id);
    if (!r.ok) return this.fail(r.reason);
    this.announce(r);
    if (u.wasCurrent) {
      await this.flush();
      await this.apply(r.value);
    }
    await this.refreshList();
  }

  async takeSnapshot(): Promise<void> {
    if (!this.store) return;
    if (!this.current) this.markDirty(); // the untouched sample or a new workbook becomes a draft first
    await this.flush();
    if (!this.current || !this.seen) return;
    const r = await this.store.snapshot(this.record(this.seen, this.current), 'manual');
    if (r.ok) this.say('info', 'info_snapshot');
    else this.fail(r.reason);
    await this.refreshSnapshots();
  }

  async restoreSnapshot(snapshotId: string): Promise<void> {
    if (!this.store) return;
    await this.flush();
    const r = await this.store.restoreSnapshot(snapshotId);
    if (!r.ok) return this.fail(r.reason);
    this.announce(r);
    await this.apply(r.value);
    this.say('info', 'info_restored');
    await this.refreshSnapshots();
  }

  /** The workbook as it is in memory (saved or not, stored or not) as a backup file. */
  exportCurrent(now = Date.now()): void {
    if (!this.seen) return;
    const d = this.record(this.seen, this.current);
    this.download(backupFileName(d.name, now), exportBackup([d], now));
  }

  async exportAll(now = Date.now()): Promise<void> {
    await this.flush();
    const stored = this.store ? await this.store.list() : [];
    const mine = this.seen && (this.current || hasContent(this.seen.doc)) ? this.record(this.seen, this.current) : null;
    const all = mine ? [mine, ...stored.filter((d) => d.id !== mine.id)] : stored;
    if (all.length > 0) this.download(backupFileName(dt(this.lang, 'drafts'), now), exportBackup(all, now));
  }

  /** Imports a backup file's drafts; a bad or foreign file changes nothing. Returns whether it was taken. */
  async importBackup(text: string): Promise<boolean> {
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      this.fail(parsed.reason, parsed.index !== undefined ? { index: parsed.index + 1 } : undefined);
      return false;
    }
    const drafts = parsed.value.drafts;
    if (!this.store) {
      // no storage: the first draft opens in memory, where export still works
      this.detach(null);
      this.deps.host.openWorkbook(await fromDraftSliced(drafts[0]!));
      this.seen = readRefs(this.deps.host);
      this.say('info', 'info_imported_memory');
      return true;
    }
    this.importing = { done: 0, total: drafts.length };
    const r = await this.store.importDrafts(drafts, (done, total) => (this.importing = { done, total }));
    this.importing = null;
    if (!r.ok) {
      this.fail(r.reason);
      return false;
    }
    for (const d of r.value) this.announce({ ok: true, value: d });
    this.say('info', 'info_imported', { n: r.value.length });
    await this.refreshList();
    return true;
  }

  async importFile(file: Blob): Promise<boolean> {
    if (file.size > MAX_BACKUP_BYTES) {
      this.fail('too_large', { mb: Math.round(MAX_BACKUP_BYTES / 1024 / 1024) });
      return false;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.fail('read_failed');
      return false;
    }
    return this.importBackup(text);
  }

  dismissMessage(): void {
    this.message = null;
  }

  override dispose(): void {
    if (this.undoTimer !== null) clearTimeout(this.undoTimer);
    super.dispose();
  }

  private download(fileName: string, text: string): void {
    (this.deps.download ?? browserDownload)(fileName, text);
  }

  private fail(code: string, params?: Readonly<Record<string, string | number>>): void {
    const key = `problem_${code}`;
    this.say('error', isTextKey(key) ? key : 'problem_read_failed', params);
  }
}
