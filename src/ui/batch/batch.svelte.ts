// The batch: many files or a folder read one after another (the page is yielded to between files), each report
// checked and stored as its own draft, one summary row kept per file with its year facts — the documents
// themselves go to their drafts and are dropped. Cancel stops at once and keeps what was read. Afterwards the
// reports are linked across years, with the stored drafts of the same departments; the reviewer can unlink.
import { checkCrossYear, extractYearFacts, type YearFacts } from '../../checks/cross-year/index.ts';
import type { Finding } from '../../engine/finding.ts';
import { openStore, type DraftStore } from '../../store/index.ts';
import { describeProblem } from '../messages/index.ts';
import { bt } from '../messages/batch-text.ts';
import type { Lang } from '../i18n.ts';
import type { BatchEntry } from './files.ts';
import { companionPairs } from '../../checks/companion.ts';
import { computeLinks, linkId, type LinkState, type LinkSubject, type NameMatch } from './links.ts';
import { mapOf, setOf } from '../model/snapshots.ts';
import { EntryReader } from './read.ts';
import { ZERO, type BatchRow } from './rows.ts';
import { reportRow, saveReport } from './save.ts';
import { pairBatchByContent } from './content-pairs.ts';
import type { PairProfile } from '../../checks/companion-evidence.ts';
import { linkSubjects, nextTask } from './subjects.ts';
import { rowViews } from './views.ts';

export interface BatchDeps {
  readonly lang: () => Lang;
  /** the drafts list changed (drafts were added) */
  readonly onDraftsChanged?: () => void;
  readonly openStore?: () => Promise<DraftStore | null>;
  /** the batch worker (parse and check off the main thread); without it the main thread does the work */
  readonly makeWorker?: () => Worker;
}

async function defaultWorker(): Promise<(() => Worker) | undefined> {
  if (!__SINGLE_FILE__ && typeof Worker !== 'undefined') return (await import('./worker-start.ts')).startWorker;
  return undefined;
}

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly current: string;
}

const EMPTY_LINKS: LinkState = { links: [], duplicates: mapOf() };
/** rows are published to the list this often while reading (every file would copy a 1,000-row list 1,000 times) */
const PUBLISH_EVERY = 10;

export class Batch {
  visible = $state(false);
  rows = $state.raw<readonly BatchRow[]>([]);
  progress = $state.raw<Progress | null>(null);
  linking = $state(false);
  /** the outcome line: finished / cancelled / storage unavailable */
  note = $state<string | null>(null);
  linkState = $state.raw<LinkState>(EMPTY_LINKS);
  subjects = $state.raw<readonly LinkSubject[]>([]);
  /** year facts of the batch's reports by key */
  facts = $state.raw<ReadonlyMap<string, YearFacts>>(mapOf());
  views = $derived(rowViews(this.rows, this.facts, this.linkState, this.subjects));

  private controller: AbortController | null = null;
  private unlinked: ReadonlySet<string> = setOf();
  private seq = 0;
  private store: DraftStore | null = null;

  constructor(private readonly deps: BatchDeps) {}

  get running(): boolean {
    return this.progress !== null;
  }

  cancel(): void {
    this.controller?.abort();
  }

  show(visible = true): void {
    this.visible = visible;
  }

  async getStore(): Promise<DraftStore | null> {
    if (this.store) return this.store;
    if (this.deps.openStore) return (this.store = await this.deps.openStore());
    // a newer version of the app in another tab needs the database upgraded: this connection closes, the next
    // batch opens a fresh one
    const r = await openStore({ onBlocking: () => { this.store?.close(); this.store = null; } });
    return (this.store = r.ok ? r.store : null);
  }

  async run(entries: readonly BatchEntry[]): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    // a newer run supersedes this one: from then on this one changes nothing the view shows
    const seq = ++this.seq;
    const mine = () => this.seq === seq;
    const lang = this.deps.lang();
    this.visible = true;
    this.rows = [];
    this.linkState = EMPTY_LINKS;
    this.subjects = [];
    this.unlinked = setOf();
    this.note = null;
    this.linking = false;
    this.facts = mapOf();
    const store = await this.getStore();
    if (!mine()) return;
    if (!store) {
      this.note = bt(lang, 'storageUnavailable');
      return;
    }
    const rows: BatchRow[] = [];
    const batchFacts: YearFacts[] = [];
    const created: string[] = [];
    const profiles: PairProfile[] = [];
    this.progress = { done: 0, total: entries.length, current: '' };
    const reader = new EntryReader(controller.signal, this.deps.makeWorker ?? await defaultWorker());
    try {
      // a 说明 file and its tables file (X + X_tables) are read as one report; refused, the tables file is read alone
      const pairs = companionPairs(entries.map((e) => e.path));
      const tablesOf = (path: string) => entries.find((e) => pairs.get(e.path) === path);
      const queue: BatchEntry[] = entries.filter((e) => !pairs.has(e.path));
      for (let i = 0; i < queue.length; i++) {
        const entry = queue[i]!;
        if (controller.signal.aborted) break;
        this.progress = { done: i, total: queue.length, current: entry.path };
        await nextTask(); // the progress paints and clicks (Cancel) are handled between files
        const companion = tablesOf(entry.path);
        const out = await reader.read(entry, companion);
        if (companion && out.kind === 'report' && out.companion && !out.companion.joined) queue.splice(i + 1, 0, companion);
        if (out.kind === 'cancelled' || controller.signal.aborted) break;
        const blank = { key: entry.path, draftId: null, department: null, year: null, kind: null, recognised: 0, tables: 0, base: ZERO, baseProblems: 0, unchecked: 0 };
        if (out.kind === 'skipped') {
          rows.push({ ...blank, read: 'skipped', reason: bt(lang, out.reason === 'not_a_report_file' ? 'notReportFile' : 'noReportContent') });
        } else if (out.kind === 'failed') {
          rows.push({ ...blank, read: 'unreadable', reason: describeProblem(out.problem, lang) });
        } else {
          const saved = await saveReport(store, out, entry);
          if (saved) created.push(saved);
          batchFacts.push(out.facts);
          rows.push(reportRow(out, entry, saved, lang));
          if (out.profile) profiles.push(out.profile);
        }
        if (rows.length % PUBLISH_EVERY === 0 && mine()) this.publish(rows, batchFacts);
      }
      // a 说明 and a tables file not named as a pair but printing the same department and totals: one report
      if (!controller.signal.aborted) {
        await pairBatchByContent({ reader, store, lang, entries: mapOf(entries.map((e) => [e.path, e] as const)) }, profiles, { rows, facts: batchFacts, created });
      }
    } finally {
      reader.close();
      if (mine()) {
        this.publish(rows, batchFacts);
        this.progress = null;
      }
    }
    if (created.length > 0) this.deps.onDraftsChanged?.();
    if (!mine()) return;
    const failed = rows.filter((r) => r.read === 'unreadable' || r.read === 'not_saved').length;
    const skipped = rows.filter((r) => r.read === 'skipped').length;
    this.note = controller.signal.aborted
      ? bt(lang, 'cancelledAt', { done: rows.length, total: entries.length })
      : bt(lang, 'finished', { total: entries.length, reports: rows.length - failed - skipped, failed, skipped });
    this.controller = null;
    await this.link(lang, store, rows, batchFacts, setOf(created), mine);
  }

  /** The reviewer says a link is wrong: it is removed and its findings with it. */
  unlink(prev: string, cur: string): void {
    this.unlinked = setOf([...this.unlinked, linkId(prev, cur)]);
    this.linkState = computeLinks(this.subjects, this.unlinked);
  }

  /** For the workbench: the year before of a stored draft that is the later year of a link, if any. */
  linkedPrev(draftId: string): { prev: YearFacts; curKey: string; match: NameMatch } | null {
    const cur = this.subjects.find((s) => s.draftId === draftId);
    const link = cur ? this.linkState.links.find((l) => l.cur === cur.facts.file) : undefined;
    const prev = link ? this.subjects.find((s) => s.facts.file === link.prev) : undefined;
    return link && prev && cur ? { prev: prev.facts, curKey: cur.facts.file, match: link.match } : null;
  }

  /** Cross-year findings of a workbook that is the later year of a link (recomputed from its current content). */
  crossFindingsFor(draftId: string | null, doc: Parameters<typeof extractYearFacts>[1]): Finding[] {
    const linked = draftId ? this.linkedPrev(draftId) : null;
    return linked ? checkCrossYear(linked.prev, extractYearFacts(linked.curKey, doc), linked.match) : [];
  }

  private publish(rows: readonly BatchRow[], facts: readonly YearFacts[]): void {
    this.facts = mapOf(facts.map((f) => [f.file, f] as const));
    this.rows = [...rows];
  }

  private async link(lang: Lang, store: DraftStore, rows: readonly BatchRow[], batchFacts: readonly YearFacts[], created: ReadonlySet<string>, mine: () => boolean): Promise<void> {
    this.linking = true;
    try {
      const subjects = await linkSubjects(lang, store, rows, batchFacts, created);
      if (!mine()) return;
      this.subjects = subjects;
      this.linkState = computeLinks(subjects, this.unlinked);
    } finally {
      if (mine()) this.linking = false;
    }
  }
}
