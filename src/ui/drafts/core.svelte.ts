// The drafts core: every workbook is a draft in IndexedDB, autosaved shortly after each change and on page
// hide, snapshotted before large pastes, guarded against a second tab by the store's revision counter and a
// BroadcastChannel. When storage fails the work stays in memory and a banner says so. Actions: drafts.svelte.ts.
import type { TableKind } from '../../engine/table.ts';
import type { Lang } from '../i18n.ts';
import {
  blankDraft, newId, PAGE_SIZE, storageInfo,
  type DraftChannel, type DraftRecord, type DraftSaved, type LockableStore, type SnapshotReason, type SnapshotRecord,
  type StorageInfo, type StoreFailure, type StoreResult, type UnreadableRecord,
} from '../../store/index.ts';
import { draftName, fromDraftSliced, toDraftFields, toDraftFieldsSliced, type DraftFields, type Workbook, type WorkbookRefs } from './codec.ts';
import { classifyChange, headingDiffers } from './change.ts';
import { localJournal, type Journal } from './journal.ts';
import { EditLog, loggedChange, type LoggedChange } from './edit-log.ts';
import { dt, type DraftsTextKey } from './text.ts';
import { sessionMemory, type TabMemory } from './host-io.ts';

/** Autosave runs this long after the last change (the promise to the reviewer is "within 1 s"). */
export const AUTOSAVE_MS = 600;
/** …but continuous typing does not postpone it past this since the first unsaved change. */
export const AUTOSAVE_MAX_MS = 1000;
/** How long the "撤销" toast stays after a delete (the store keeps the draft restorable far longer). */
export const UNDO_TOAST_MS = 15_000;

export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'failed' | 'memory';
export type DraftsProblem = StoreFailure | 'closed_for_upgrade';
export type ConflictChoice = 'reload' | 'keep' | 'copy';

export interface DraftsMessage {
  readonly kind: 'info' | 'error';
  readonly key: DraftsTextKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The workbench as the drafts layer sees it (Workbench satisfies this). */
export interface WorkbookHost extends WorkbookRefs {
  readonly lang: Lang;
  openWorkbook(w: Workbook): void;
  load(doc: Workbook['doc'], opts?: { sample?: boolean }): void;
}

export type OpenStore = (opts: { onBlocking: () => void }) => Promise<{ ok: true; store: LockableStore } | { ok: false; reason: StoreFailure }>;

export interface DraftsDeps {
  readonly host: WorkbookHost;
  /** what a tab shows when it has no draft to reopen */
  readonly loadSample: () => Promise<void>;
  readonly openStore?: OpenStore;
  readonly openChannel?: (tab: string, onSaved: (m: DraftSaved) => void) => DraftChannel;
  readonly memory?: TabMemory;
  readonly download?: (fileName: string, text: string) => void;
  readonly persist?: { request(): Promise<boolean | null>; info(): Promise<StorageInfo> };
  /** where work not yet in IndexedDB goes when the page is about to go away (default: localStorage) */
  readonly journal?: Journal;
  /** a workbook of at most this many cells is journaled whole (tests only; the default is JOURNAL_WHOLE_CELLS) */
  readonly journalWholeCells?: number;
  /** PBKDF2 iterations for a new lock (tests only; the default is PBKDF2_ITERATIONS) */
  readonly lockIterations?: number;
  readonly delayMs?: number;
}

export function readRefs(h: WorkbookRefs): WorkbookRefs {
  return { doc: h.doc, custom: h.custom, disabled: h.disabled, notes: h.notes, isSample: h.isSample, dataVersion: h.dataVersion, counts: h.counts };
}

export class DraftsCore {
  /** the store has been tried (open or failed) */
  ready = $state(false);
  problem = $state<DraftsProblem | null>(null);
  status = $state<SaveStatus>('idle');
  current = $state.raw<DraftRecord | null>(null);
  list = $state.raw<readonly DraftRecord[]>([]);
  query = $state('');
  /** another tab's newer version of the current draft, while the reviewer has not chosen what to do */
  conflict = $state.raw<DraftRecord | null>(null);
  snapshots = $state.raw<readonly SnapshotRecord[]>([]);
  message = $state.raw<DraftsMessage | null>(null);
  undo = $state.raw<{ id: string; name: string; wasCurrent: boolean } | null>(null);
  storage = $state.raw<StorageInfo | null>(null);
  /** live drafts matching the query; `list` holds the pages shown so far */
  total = $state(0);
  /** stored records this version cannot read: shown and exportable, never overwritten */
  unreadable = $state.raw<readonly UnreadableRecord[]>([]);
  /** the current draft was saved by a newer version: it is never written; edits go to a copy */
  readOnly = $state(false);
  /** an exercise is on screen: the workbench's changes are not the draft's (see beginTraining) */
  training = $state(false);
  /** drafts are stored (IndexedDB open and unlocked): what the UI reads, as state */
  protected storeOpen = $state(false);
  /** the drafts are sealed with a passphrase (see src/store/lock.ts) */
  lockOn = $state(false);
  /** the unlock prompt is shown */
  lockPrompt = $state(false);

  protected store: LockableStore | null = null;
  /** the store while its passphrase lock waits to be opened */
  protected lockedStore: LockableStore | null = null;
  protected seen: WorkbookRefs | null = null;
  protected kindOverrides: Record<string, TableKind> = {};
  protected readonly tab = newId('tab');
  protected readonly memory: TabMemory;
  protected channel: DraftChannel | null = null;
  /** bumps on every change; a save leaves the draft clean only if no change came in meanwhile */
  protected edits = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirtySince: number | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** the reviewer changed the workbook before start() finished: do not replace it with a reopened draft */
  protected touched = false;
  private nextReason: SnapshotReason = 'before_paste';
  /** the id a new draft will get, so every journal write of it names the same draft */
  protected pendingId: string | null = null;
  private shownCount = PAGE_SIZE;
  /** bumps when a draft starts loading, so only the last one asked for is shown */
  private loads = 0;
  protected trainingVersion = -1;
  protected trainingEnded: (() => void) | null = null;
  protected readonly journal: Journal;
  /** the changes since the last save, for the journal of a workbook too big to journal whole */
  protected readonly log = new EditLog();

  constructor(protected readonly deps: DraftsDeps) {
    this.memory = deps.memory ?? sessionMemory();
    this.journal = deps.journal ?? localJournal();
  }

  /** drafts are stored (IndexedDB open), not only kept in memory */
  get stores(): boolean {
    return this.storeOpen;
  }

  get lang(): Lang {
    return this.deps.host.lang;
  }

  /** Called with the workbench's parts after every change (the host's $effect). */
  observe(next: WorkbookRefs): void {
    if (this.training) {
      // the exercise's own changes are not the draft's; anything else loaded (a paste, a file) ends the exercise
      if (next.dataVersion === this.trainingVersion) return;
      this.stopTraining();
    }
    const prev = this.seen;
    this.seen = next;
    if (!prev) return;
    const change = classifyChange(prev, next);
    if (change.kind === 'none' || change.kind === 'counts') return;
    if (change.kind === 'sample') return this.detach(prev);
    if (!this.ready) this.touched = true;
    if (change.kind === 'replace' && this.current && headingDiffers(prev.doc, next.doc)) {
      // another department's or year's report: a new draft; the current one keeps what it had
      this.detach(prev);
      this.markDirty();
      return;
    }
    if (change.large && this.current) {
      const before = this.record(prev, this.current);
      const reason = change.kind === 'replace' ? this.nextReason : 'before_paste';
      void this.enqueue(async () => this.store?.snapshot(before, reason));
    }
    if (change.kind === 'replace') this.nextReason = 'before_paste';
    this.kindOverrides = { ...this.kindOverrides, ...change.kinds };
    this.markDirty(change.kind === 'edit' ? loggedChange(prev.doc, next.doc) : null);
  }

  /** The next workbook replacement comes from an opened file, not a paste (names its snapshot). */
  expectFile(): void {
    this.nextReason = 'before_import';
  }

  /** Saves now what is pending (page hidden, before switching drafts, Ctrl+S). */
  flush(): Promise<void> {
    this.clearTimer();
    return this.enqueue(() => this.saveNow());
  }

  dispose(): void {
    this.clearTimer();
    this.channel?.close();
  }

  // ——— internals shared with the list and history actions (drafts-actions) ———

  /** `logged`: the change as the edit log holds it; null when the log cannot (see edit-log.ts). */
  protected markDirty(logged: LoggedChange | null = null): void {
    this.edits++;
    this.log.add(this.edits, logged);
    this.dirtySince ??= Date.now();
    this.status = this.store || !this.ready ? 'dirty' : 'memory';
    this.schedule();
  }

  /**
   * Shows a stored draft in the workbench; this tab now edits it. Large tables are re-parsed in slices first
   * (the page stays responsive); false when the tab moved on meanwhile (nothing is shown then).
   */
  protected async apply(d: DraftRecord): Promise<boolean> {
    const loads = ++this.loads;
    const host = this.deps.host;
    const before = { doc: host.doc, version: host.dataVersion };
    const w = await fromDraftSliced(d);
    // another draft was asked for meanwhile, or the reviewer changed the workbook: that wins, nothing is replaced
    if (loads !== this.loads || host.doc !== before.doc || host.dataVersion !== before.version) return false;
    this.clearTimer();
    this.stopTraining();
    this.readOnly = false;
    this.pendingId = null;
    this.deps.host.openWorkbook(w);
    this.seen = readRefs(this.deps.host);
    this.log.clear();
    this.current = d;
    this.kindOverrides = { ...d.kindOverrides };
    this.conflict = null;
    this.status = 'saved';
    this.memory.set(d.id);
    return true;
  }

  /** The workbook is no longer a stored draft (the sample, a new blank workbook, the draft deleted). */
  protected detach(prev: WorkbookRefs | null): void {
    this.clearTimer();
    const target = this.current;
    if (prev && target && this.store && !this.conflict && !this.readOnly && (this.status === 'dirty' || this.status === 'failed')) {
      const draft = { ...target, ...this.fields(prev) };
      void this.enqueue(async () => this.announce(await this.store?.save(draft)));
    }
    this.current = null;
    this.log.clear();
    this.readOnly = false;
    this.pendingId = null;
    this.conflict = null;
    this.kindOverrides = {};
    this.snapshots = [];
    this.status = this.store || !this.ready ? 'idle' : 'memory';
    this.memory.set(null);
  }

  protected fields(refs: WorkbookRefs): DraftFields {
    return toDraftFields(refs, this.kindOverrides);
  }

  /** fields, storing large tables in slices that give the page a turn (the autosave). */
  protected fieldsSliced(refs: WorkbookRefs): Promise<DraftFields> {
    return toDraftFieldsSliced(refs, this.kindOverrides);
  }

  /** The full record for refs: the stored draft's identity with the workbook's current content. */
  protected record(refs: WorkbookRefs, base: DraftRecord | null): DraftRecord {
    const name = base?.name ?? draftName(refs.doc, dt(this.lang, 'untitled'));
    return { ...(base ?? blankDraft({ id: newId(), name })), ...this.fields(refs) };
  }

  protected enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  protected say(kind: DraftsMessage['kind'], key: DraftsTextKey, params?: DraftsMessage['params']): void {
    this.message = { kind, key, ...(params ? { params } : {}) };
  }

  protected announce(r: StoreResult<DraftRecord> | undefined): void {
    if (r?.ok) this.channel?.announce(r.value.id, r.value.revision);
  }

  async refreshList(): Promise<void> {
    if (!this.store) return;
    const p = await this.store.page({ query: this.query, limit: this.shownCount });
    this.list = p.drafts;
    this.total = p.total;
  }

  /** The next page of the list. */
  async more(): Promise<void> {
    this.shownCount += PAGE_SIZE;
    await this.refreshList();
  }

  protected resetPaging(): void {
    this.shownCount = PAGE_SIZE;
  }

  async refreshUnreadable(): Promise<void> {
    if (this.store) this.unreadable = await this.store.unreadable();
  }

  async refreshStorage(): Promise<void> {
    this.storage = await (this.deps.persist?.info ?? storageInfo)();
  }

  async refreshSnapshots(): Promise<void> {
    this.snapshots = this.store && this.current ? await this.store.snapshots(this.current.id) : [];
  }

  private async saveNow(): Promise<void> {
    const store = this.store;
    const refs = this.seen;
    if (!store || !refs || (this.status !== 'dirty' && this.status !== 'failed')) return;
    const target = this.current;
    if (this.conflict && target) {
      // not the draft's to overwrite: keep this tab's work in one rolling snapshot until the reviewer chooses
      await store.snapshot(this.record(refs, target), 'conflict', '', this.rescueId(target.id));
      return;
    }
    const edits = this.edits;
    this.dirtySince = null;
    this.status = 'saving';
    if (target && this.readOnly) {
      // a newer version's draft is never written: the edited workbook becomes a copy
      const copy = await store.create({ ...this.fields(refs), name: `${target.name}${dt(this.lang, 'copySuffix')}`, source: target.source });
      if (this.current?.id !== target.id) return;
      this.current = null;
      this.readOnly = false;
      this.settle(copy, null, edits);
      if (copy.ok) this.say('info', 'info_copied', { name: copy.value.name });
      return;
    }
    const id = this.pendingId ?? newId();
    const fields = await this.fieldsSliced(refs);
    const r = target
      ? await store.save({ ...target, ...fields })
      : await store.create({ ...fields, id, name: draftName(refs.doc, dt(this.lang, 'untitled')), source: { kind: 'paste' } });
    // the journal keeps what this page wrote there until a save holds every edit it had
    if (r.ok && edits === this.edits) this.journal.remove(r.value.id, this.tab);
    this.settle(r, target, edits);
    // the draft list shows the saved draft by the time anyone reads the status as saved
    if (r.ok && this.statusNow() === 'saved') {
      if (this.showSaved(r.value)) return;
      this.status = 'saving';
      await this.refreshList();
      if (this.statusNow() === 'saving') this.status = edits === this.edits ? 'saved' : 'dirty';
    }
  }

  /**
   * Puts the draft just saved at the top of the list without reading the store again (reading every stored
   * draft after each autosave costs the page a long task once a draft holds a huge table). False under a search,
   * where the list is read again.
   */
  private showSaved(d: DraftRecord): boolean {
    if (this.query.trim() !== '') return false;
    const rest = this.list.filter((x) => x.id !== d.id);
    if (rest.length === this.list.length) this.total++;
    this.list = [d, ...rest].slice(0, Math.max(this.shownCount, 1));
    return true;
  }

  /** The status as it is now (settle and awaits change it behind the type checker's narrowing). */
  private statusNow(): SaveStatus {
    return this.status;
  }

  /** Takes a save's outcome for `target` (null: a new draft), unless the tab moved on meanwhile. */
  protected settle(r: StoreResult<DraftRecord>, target: DraftRecord | null, edits: number): void {
    if (this.current?.id !== target?.id) return;
    if (r.ok) {
      this.current = r.value;
      this.log.stored(edits);
      this.pendingId = null;
      this.memory.set(r.value.id);
      this.announce(r);
      if (this.problem === 'quota_exceeded' || this.problem === 'storage_unavailable') this.problem = null;
      this.status = edits === this.edits ? 'saved' : 'dirty';
      if (this.status === 'dirty') this.schedule();
    } else if (r.reason === 'conflict') {
      this.conflict = r.current ?? null;
      this.status = 'dirty';
    } else if (r.reason === 'locked' && this.store) {
      // another tab turned the lock on: nothing more is written here until this tab is unlocked too
      this.lockedStore = this.store;
      this.store = null;
      this.storeOpen = false;
      this.lockOn = true;
      this.lockPrompt = true;
      this.problem = 'locked';
      this.status = 'memory';
    } else {
      this.problem = r.reason;
      this.status = 'failed';
    }
  }

  /** Another tab saved a draft: refresh the list; if it is ours and newer, offer the choice. */
  protected async heard(m: DraftSaved): Promise<void> {
    void this.refreshList();
    const mine = this.current;
    if (!this.store || !mine || m.draftId !== mine.id || m.revision <= mine.revision) return;
    const theirs = await this.store.get(mine.id);
    if (theirs && theirs.deletedAt !== null && this.current?.id === theirs.id) {
      // deleted elsewhere: the work stays here, and unsaved work becomes a new draft
      const unsaved = this.status === 'dirty' || this.status === 'failed';
      this.detach(null);
      if (unsaved) this.markDirty();
      this.say('info', 'info_removed', { name: theirs.name });
      return;
    }
    if (theirs && this.current?.id === theirs.id && theirs.revision > this.current.revision) {
      this.clearTimer();
      this.conflict = theirs;
    }
  }

  protected stopTraining(): void {
    if (!this.training) return;
    this.training = false;
    const ended = this.trainingEnded;
    this.trainingEnded = null;
    ended?.();
  }

  protected lose(problem: DraftsProblem): void {
    this.store?.close();
    this.store = null;
    this.storeOpen = false;
    this.problem = problem;
    this.status = 'memory';
  }

  protected rescueId(draftId: string): string {
    return `s_conflict_${this.tab}_${draftId}`;
  }

  private schedule(): void {
    this.clearTimer();
    if (!this.store) return;
    const now = Date.now();
    const due = Math.max(0, (this.dirtySince ?? now) + AUTOSAVE_MAX_MS - now);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, Math.min(this.deps.delayMs ?? AUTOSAVE_MS, due));
  }

  protected clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
