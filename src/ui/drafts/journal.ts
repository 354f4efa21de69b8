// The synchronous journal: when the page is about to go away (pagehide, hidden, beforeunload) with work the
// autosave has not stored yet, it is written to localStorage at once — IndexedDB is asynchronous and the page
// may be gone before its transaction runs. A workbook small enough goes whole; a larger one leaves its edit log
// (the cells changed since the last save, see edit-log.ts); when neither can be written, a small marker says that
// the last edits may be lost, so the next load tells the reviewer instead of staying silent. The next load merges
// the journal into the store: onto the draft when it is still at the journaled revision, else into its history.
// Each page writes under its own keys: an older page's entry that could not be merged yet is never overwritten.
import { newId, restoreDraft, unpackStored, type DraftRecord, type DraftStore } from '../../store/index.ts';
import type { LoggedChange } from './edit-log.ts';

/** The whole draft (what every entry was before edit logs). */
export interface WholeEntry {
  readonly kind?: 'whole';
  /** the draft's revision the work started from (0 for a draft never stored) */
  readonly baseRevision: number;
  readonly isNew: boolean;
  readonly record: DraftRecord;
}

/** The draft's fields a log entry carries whole (they are small): everything but the tables. */
export type LoggedFields = Pick<DraftRecord, 'narrative' | 'customRules' | 'disabledRules' | 'notes' | 'kindOverrides' | 'counts'>;

/** A large stored draft's unsaved changes. */
export interface EditsEntry {
  readonly kind: 'edits';
  readonly draftId: string;
  readonly name: string;
  readonly baseRevision: number;
  readonly changes: readonly LoggedChange[];
  readonly fields: LoggedFields;
}

/** The page went away with changes that could not be written anywhere. */
export interface LostEntry {
  readonly kind: 'lost';
  readonly draftId: string;
  readonly name: string;
  readonly at: number; // ms since epoch
}

export type JournalEntry = WholeEntry | EditsEntry | LostEntry;
export type KeyedEntry = JournalEntry & { readonly key: string };

export interface Journal {
  /** false when the entry could not be written (no localStorage, quota); `page` names the writing page */
  write(e: JournalEntry, page?: string): boolean;
  /** removes the page's entries for the draft (its work is stored) */
  remove(draftId: string, page?: string): void;
  /** every entry, of every page */
  entries(): KeyedEntry[];
  drop(key: string): void;
}

const PREFIX = 'gouji.journal.';
const kindOf = (e: JournalEntry): 'whole' | 'edits' | 'lost' => e.kind ?? 'whole';
const idOf = (e: JournalEntry): string => (e.kind === 'edits' || e.kind === 'lost' ? e.draftId : e.record.id);
/** An entry's key: the draft, the page and the kind (older entries were keyed by the draft alone). */
const keyOf = (draftId: string, page: string, kind: string): string => `${PREFIX}${draftId}~${page}~${kind}`;

/** JSON text of an entry; a whole draft's packed tables are written as rows. */
function serialise(e: JournalEntry): string {
  if (e.kind === 'edits' || e.kind === 'lost') return JSON.stringify(e);
  return JSON.stringify({ ...e, record: { ...e.record, tables: e.record.tables.map(unpackStored) } });
}

function parse(key: string, text: string | null): KeyedEntry | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    if (v.kind === 'lost') {
      return typeof v.draftId === 'string' ? { key, kind: 'lost', draftId: v.draftId, name: String(v.name ?? ''), at: Number(v.at) || 0 } : null;
    }
    if (v.kind === 'edits') {
      if (typeof v.draftId !== 'string' || typeof v.baseRevision !== 'number' || !Array.isArray(v.changes) || typeof v.fields !== 'object') return null;
      return { key, ...(v as unknown as EditsEntry) };
    }
    const r = restoreDraft(v.record);
    if (!r.ok || typeof v.baseRevision !== 'number') return null;
    return { key, baseRevision: v.baseRevision, isNew: v.isNew === true, record: r.value };
  } catch {
    return null;
  }
}

/** The storage a journal writes to: localStorage, or a map in tests. */
interface Area {
  get(key: string): string | null;
  set(key: string, text: string): void;
  delete(key: string): void;
  keys(): string[];
}

function journalOn(area: () => Area | null, failing: () => boolean = () => false): Journal {
  const all = (): string[] => area()?.keys().filter((k) => k.startsWith(PREFIX)) ?? [];
  return {
    write(e, page = 'page') {
      try {
        const a = area();
        if (!a || failing()) return false;
        const id = idOf(e);
        a.set(keyOf(id, page, kindOf(e)), serialise(e));
        // a whole draft and an edit log each hold all of this page's unsaved work: the other one is outdated
        if (kindOf(e) !== 'lost') for (const k of ['whole', 'edits'].filter((k) => k !== kindOf(e))) a.delete(keyOf(id, page, k));
        return true;
      } catch {
        return false;
      }
    },
    remove(draftId, page = 'page') {
      try {
        for (const k of ['whole', 'edits', 'lost']) area()?.delete(keyOf(draftId, page, k));
      } catch {
        /* nothing to remove */
      }
    },
    entries() {
      const out: KeyedEntry[] = [];
      try {
        const a = area();
        for (const key of all()) {
          const e = parse(key, a?.get(key) ?? null);
          if (e) out.push(e);
        }
      } catch {
        /* an unreadable journal is left in place */
      }
      return out;
    },
    drop(key) {
      try {
        area()?.delete(key);
      } catch {
        /* already gone */
      }
    },
  };
}

/** localStorage, when the page may use it; a journal that cannot write says so (the page then asks before leaving). */
export function localJournal(): Journal {
  return journalOn(() => {
    try {
      if (typeof localStorage === 'undefined') return null;
      const s = localStorage;
      return {
        get: (k) => s.getItem(k), set: (k, t) => s.setItem(k, t), delete: (k) => s.removeItem(k),
        keys: () => Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null),
      };
    } catch {
      return null;
    }
  });
}

/** For tests: the same contract in memory (entries survive "reloads" that share the object); `limit` is a quota in characters. */
export function memoryJournal(limit = Infinity): Journal & { failing: boolean; readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const area: Area = {
    get: (k) => map.get(k) ?? null,
    set(k, t) {
      if (used() - (map.get(k)?.length ?? 0) + t.length > limit) throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, t);
    },
    delete: (k) => void map.delete(k),
    keys: () => [...map.keys()],
  };
  const j = { failing: false, map };
  return Object.assign(j, journalOn(() => area, () => j.failing));
}

export type MergeOutcome = 'merged' | 'kept_in_history' | 'failed' | 'lost';

/** Puts one whole-draft entry into the store without overwriting anything newer. */
export async function mergeWhole(store: DraftStore, e: WholeEntry): Promise<MergeOutcome> {
  const id = e.record.id;
  const got = await store.get(id);
  const stored = got && got.deletedAt === null ? got : null;
  if (stored && stored.revision === e.baseRevision) {
    return (await store.save({ ...e.record, revision: e.baseRevision })).ok ? 'merged' : 'failed';
  }
  if (stored) {
    // the draft moved on (another tab saved): this work goes to its history
    return (await store.snapshot(e.record, 'conflict')).ok ? 'kept_in_history' : 'failed';
  }
  // a new draft never stored, or one deleted or unreadable meanwhile: the work becomes a draft of its own
  let r = await store.create({ ...e.record, id: e.isNew ? id : newId() });
  if (!r.ok && r.reason === 'unreadable') r = await store.create({ ...e.record, id: newId() });
  return r.ok ? 'merged' : 'failed';
}
