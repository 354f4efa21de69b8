// Opening the drafts for a tab and what takes the workbench away from its draft: start (reopen this tab's draft,
// or the newest, or the sample), the passphrase lock (unlock on start, turn on, remove), the journal written when
// the page goes away and merged on the next start, exercises on a copy, and the answer to a conflict with another
// tab. The saving machinery is DraftsCore.
import { newId, openDraftChannel, openStore, requestPersistence, type LockableStore } from '../../store/index.ts';
import { draftName, type WorkbookRefs } from './codec.ts';
import { DraftsCore, readRefs, type ConflictChoice, type DraftsDeps } from './core.svelte.ts';
import { hasContent } from './change.ts';
import { mergeEntry } from './journal-merge.ts';
import type { LoggedFields } from './journal.ts';
import { dt, problemKey } from './text.ts';

/** A workbook of at most this many cells is journaled whole (its JSON fits localStorage's quota easily). */
export const JOURNAL_WHOLE_CELLS = 100_000;

const cellCount = (doc: WorkbookRefs['doc']): number => doc.tables.reduce((n, t) => n + t.rows.length * Math.max(1, t.columns.length), 0);

export class DraftsSession extends DraftsCore {
  constructor(deps: DraftsDeps) {
    super(deps);
  }

  /**
   * An exercise replaced the workbook (call after loading it): until endTraining the draft keeps what it
   * had, autosave and the journal keep working on that, and `onEnd` is called if something else ends it.
   */
  beginTraining(onEnd: () => void): void {
    this.training = true;
    this.trainingVersion = this.deps.host.dataVersion;
    this.trainingEnded = onEnd;
  }

  /** The exercise is over: the workbench shows the draft (or the sample) as it was. */
  endTraining(): void {
    if (!this.training) return;
    this.stopTraining();
    const w = this.seen;
    if (!w) return;
    if (w.isSample) this.deps.host.load(w.doc, { sample: true });
    else this.deps.host.openWorkbook({ doc: w.doc, custom: w.custom, disabled: w.disabled, notes: w.notes });
    this.seen = readRefs(this.deps.host);
  }

  /**
   * The page may go away now: what the autosave has not stored yet is written to the synchronous journal — the
   * whole draft when it is small, else the edits since the last save; when neither can be written, a marker so
   * the next load says the last edits may be lost. False when something stays unstored (the page should ask
   * before leaving).
   */
  pageHidden(): boolean {
    const refs = this.seen;
    if (!refs) return true;
    if (!this.store) return this.status !== 'memory' || refs.isSample || !hasContent(refs.doc);
    if (this.status !== 'dirty' && this.status !== 'saving' && this.status !== 'failed') return true;
    // sealed drafts are never written in clear to the journal: the page asks before leaving instead
    if (this.conflict || this.readOnly || this.lockOn) return false;
    const target = this.current;
    if (cellCount(refs.doc) <= (this.deps.journalWholeCells ?? JOURNAL_WHOLE_CELLS) && this.journalWhole()) return true;
    const changes = this.log.changes();
    if (target && changes && this.journal.write({
      kind: 'edits', draftId: target.id, name: target.name, baseRevision: target.revision, changes, fields: this.loggedFields(),
    }, this.tab)) return true;
    const id = target?.id ?? (this.pendingId ??= newId());
    this.journal.write({ kind: 'lost', draftId: id, name: target?.name ?? draftName(refs.doc, dt(this.lang, 'untitled')), at: Date.now() }, this.tab);
    this.say('error', 'problem_journal_too_big');
    return false;
  }

  private journalWhole(): boolean {
    const refs = this.seen!;
    const target = this.current;
    const record = this.record(refs, target);
    if (!target) {
      const id = this.pendingId ?? newId();
      this.pendingId = id;
      record.id = id;
      record.name = draftName(refs.doc, dt(this.lang, 'untitled'));
      record.source = { kind: 'paste' };
    }
    return this.journal.write({ baseRevision: target?.revision ?? 0, isNew: !target, record }, this.tab);
  }

  /** The draft's fields besides its tables, as they are now (an edit log carries them whole). */
  private loggedFields(): LoggedFields {
    const refs = this.seen!;
    return {
      narrative: { text: refs.doc.narrative.text, lineMap: [...refs.doc.narrative.lineMap] },
      customRules: refs.custom.map((r) => ({ ...r.def, tableId: r.tableId })),
      disabledRules: [...refs.disabled],
      notes: Object.fromEntries(refs.notes),
      kindOverrides: { ...this.kindOverrides },
      counts: { ...refs.counts },
    };
  }

  /** Opens the store, then reopens this tab's draft (or the newest one); without any, the sample. */
  async start(): Promise<void> {
    this.seen ??= readRefs(this.deps.host);
    const r = await (this.deps.openStore ?? openStore)({ onBlocking: () => this.lose('closed_for_upgrade') });
    this.ready = true;
    if (!r.ok) {
      this.problem = r.reason;
      this.status = 'memory';
      if (!this.touched) await this.deps.loadSample();
      return;
    }
    if (await r.store.lockMeta()) {
      // sealed drafts: the sample meanwhile, and nothing is read or written until the passphrase opens them
      this.lockOn = true;
      this.lockedStore = r.store;
      this.status = 'memory';
      this.lockPrompt = true;
      if (!this.touched) await this.deps.loadSample();
      return;
    }
    await this.openStored(r.store);
  }

  /** Opens the passphrase lock; a wrong passphrase changes nothing and says so. */
  async unlock(passphrase: string): Promise<boolean> {
    const s = this.lockedStore;
    if (!s) return false;
    if (!(await s.unlock(passphrase))) {
      this.say('error', 'problem_wrong_passphrase');
      return false;
    }
    this.lockedStore = null;
    this.lockPrompt = false;
    this.message = null;
    if (this.problem === 'locked') this.problem = null;
    // work done while locked (in memory) becomes a draft
    if (this.seen && !this.seen.isSample && hasContent(this.seen.doc)) this.touched = true;
    await this.openStored(s);
    return true;
  }

  /** Works without the drafts for now: edits stay in memory; the banner offers the prompt again. */
  skipUnlock(): void {
    this.lockPrompt = false;
    this.problem = 'locked';
  }

  showUnlock(): void {
    if (this.lockedStore) this.lockPrompt = true;
  }

  /** Turns the lock on for every draft and snapshot. */
  async enableLock(passphrase: string): Promise<boolean> {
    if (!this.store) return false;
    await this.flush();
    const r = await this.store.enableLock(passphrase, this.deps.lockIterations);
    if (!r.ok) {
      this.say('error', problemKey(r.reason));
      return false;
    }
    this.lockOn = true;
    this.say('info', 'info_locked');
    return true;
  }

  async removeLock(): Promise<boolean> {
    if (!this.store) return false;
    await this.flush();
    const r = await this.store.removeLock();
    if (!r.ok) {
      this.say('error', problemKey(r.reason));
      return false;
    }
    this.lockOn = false;
    this.say('info', 'info_unlocked');
    return true;
  }

  private async openStored(store: LockableStore): Promise<void> {
    this.store = store;
    this.storeOpen = true;
    this.channel?.close();
    this.channel = (this.deps.openChannel ?? openDraftChannel)(this.tab, (m) => void this.heard(m));
    void (this.deps.persist?.request ?? requestPersistence)().then(() => this.refreshStorage());
    await this.mergeJournal(store);
    await store.purgeDeleted();
    await this.refreshList();
    void this.refreshUnreadable();
    if (this.touched) {
      this.markDirty();
      return;
    }
    const mine = this.memory.get();
    const again = mine ? await store.get(mine) : null;
    const pick = again && again.deletedAt === null ? again : (await store.page({ limit: 1 })).drafts[0];
    if (pick) await this.apply(pick);
    else await this.deps.loadSample();
  }

  async resolve(choice: ConflictChoice): Promise<void> {
    await this.enqueue(async () => {
      const store = this.store;
      const mine = this.current;
      const refs = this.seen;
      if (!store || !mine || !refs || !this.conflict) return;
      const theirs = (await store.get(mine.id)) ?? this.conflict;
      if (choice === 'reload') {
        // the discarded in-memory work goes to history, so even this choice loses nothing — or it does not happen
        if (this.status !== 'saved' && !(await store.snapshot(this.record(refs, mine), 'conflict', '', this.rescueId(mine.id))).ok) {
          return this.say('error', 'problem_snapshot_failed');
        }
        await this.apply(theirs);
        return;
      }
      if (choice === 'keep') {
        if (!(await store.snapshot(theirs, 'before_overwrite')).ok) return this.say('error', 'problem_snapshot_failed');
        this.conflict = null;
        this.settle(await store.save({ ...mine, ...this.fields(refs) }, { force: true }), mine, this.edits);
        return;
      }
      const copy = await store.create({ ...this.fields(refs), name: `${mine.name}${dt(this.lang, 'copySuffix')}`, source: mine.source });
      this.conflict = null;
      this.current = null;
      this.settle(copy, null, this.edits);
      if (copy.ok) this.say('info', 'info_copied', { name: copy.value.name });
    });
  }

  /** Merges what a page that went away left in the journal (see pageHidden). */
  private async mergeJournal(store: LockableStore): Promise<void> {
    for (const e of this.journal.entries()) {
      const outcome = await mergeEntry(store, this.journal, e);
      const name = e.kind === 'edits' || e.kind === 'lost' ? e.name : e.record.name;
      if (outcome === 'kept_in_history') this.say('info', 'info_journal_conflict', { name });
      if (outcome === 'failed') this.say('error', 'problem_journal_failed');
      if (outcome === 'lost') this.say('error', 'problem_journal_lost', { name });
    }
  }
}
