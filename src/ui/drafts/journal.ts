// The synchronous journal: when the page is about to go away (pagehide, hidden, beforeunload) with work
// the autosave has not stored yet, the whole draft is written to localStorage at once — IndexedDB is
// asynchronous and the page may be gone before its transaction runs. The next load merges the journal into
// the store: onto the draft when it is still at the journaled revision, else into that draft's history.
import { newId, restoreDraft, type DraftRecord, type DraftStore } from '../../store/index.ts';

export interface JournalEntry {
  /** the draft's revision the work started from (0 for a draft never stored) */
  readonly baseRevision: number;
  readonly isNew: boolean;
  readonly record: DraftRecord;
}

export interface Journal {
  /** false when the entry could not be written (no localStorage, quota) */
  write(e: JournalEntry): boolean;
  remove(draftId: string): void;
  entries(): JournalEntry[];
}

const PREFIX = 'gouji.journal.';

function parse(text: string | null): JournalEntry | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as { baseRevision?: unknown; isNew?: unknown; record?: unknown };
    const r = restoreDraft(v.record);
    if (!r.ok || typeof v.baseRevision !== 'number') return null;
    return { baseRevision: v.baseRevision, isNew: v.isNew === true, record: r.value };
  } catch {
    return null;
  }
}

/** localStorage, when the page may use it; a journal that cannot write says so (the page then asks before leaving). */
export function localJournal(): Journal {
  const ls = (): Storage | null => {
    try {
      return typeof localStorage === 'undefined' ? null : localStorage;
    } catch {
      return null;
    }
  };
  return {
    write(e) {
      try {
        const s = ls();
        if (!s) return false;
        s.setItem(PREFIX + e.record.id, JSON.stringify(e));
        return true;
      } catch {
        return false;
      }
    },
    remove(id) {
      try {
        ls()?.removeItem(PREFIX + id);
      } catch {
        /* nothing to remove */
      }
    },
    entries() {
      const s = ls();
      if (!s) return [];
      const out: JournalEntry[] = [];
      try {
        for (let i = 0; i < s.length; i++) {
          const key = s.key(i);
          if (!key?.startsWith(PREFIX)) continue;
          const e = parse(s.getItem(key));
          if (e) out.push(e);
        }
      } catch {
        /* an unreadable journal is left in place */
      }
      return out;
    },
  };
}

/** For tests: the same contract in memory (entries survive "reloads" that share the object). */
export function memoryJournal(): Journal & { failing: boolean } {
  const map = new Map<string, string>();
  return {
    failing: false,
    write(e) {
      if (this.failing) return false;
      map.set(e.record.id, JSON.stringify(e));
      return true;
    },
    remove: (id) => void map.delete(id),
    entries: () => [...map.values()].map(parse).filter((e): e is JournalEntry => e !== null),
  };
}

export type MergeOutcome = 'merged' | 'kept_in_history' | 'failed';

/** Puts one journal entry into the store without overwriting anything newer; the entry is removed once stored. */
export async function mergeEntry(store: DraftStore, journal: Journal, e: JournalEntry): Promise<MergeOutcome> {
  const id = e.record.id;
  const got = await store.get(id);
  const stored = got && got.deletedAt === null ? got : null;
  let ok: boolean;
  let outcome: MergeOutcome = 'merged';
  if (stored && stored.revision === e.baseRevision) {
    ok = (await store.save({ ...e.record, revision: e.baseRevision })).ok;
  } else if (stored) {
    // the draft moved on (another tab saved): this work goes to its history
    ok = (await store.snapshot(e.record, 'conflict')).ok;
    outcome = 'kept_in_history';
  } else {
    // a new draft never stored, or one deleted or unreadable meanwhile: the work becomes a draft of its own
    let r = await store.create({ ...e.record, id: e.isNew ? id : newId() });
    if (!r.ok && r.reason === 'unreadable') r = await store.create({ ...e.record, id: newId() });
    ok = r.ok;
  }
  if (ok) journal.remove(id);
  return ok ? outcome : 'failed';
}
