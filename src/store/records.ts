// Reading many records without holding them all: the draft list a page at a time (newest first, through the
// updatedAt index), and a scan for the records this version cannot read, which are reported, never hidden.
import type { IDBPDatabase } from 'idb';
import type { GoujiDB } from './db.ts';
import { restoreDraft, unreadable, type Unreadable } from './restore.ts';
import type { DraftRecord } from './schema.ts';

/** One page of the list: what the drawer shows first, and how many more there are. */
export const PAGE_SIZE = 50;

export interface DraftPage {
  drafts: DraftRecord[];
  /** live drafts matching the query (all of them when there is no query) */
  total: number;
}

export interface PageQuery {
  offset?: number;
  limit?: number;
  query?: string;
}

export interface UnreadableRecord {
  /** the record's key in the store */
  id: string;
  reason: Unreadable;
  /** the name the record carries, when it has one */
  name: string | null;
  raw: unknown;
}

export function matches(d: DraftRecord, q: string): boolean {
  return q === '' || [d.name, d.department ?? '', String(d.year ?? '')].some((s) => s.toLowerCase().includes(q));
}

/** Live drafts newest first, `limit` of them after `offset`; only the page's records are kept. */
export async function pageOf(db: IDBPDatabase<GoujiDB>, p: PageQuery = {}): Promise<DraftPage> {
  const q = (p.query ?? '').trim().toLowerCase();
  const offset = Math.max(0, p.offset ?? 0);
  const limit = Math.max(0, p.limit ?? PAGE_SIZE);
  const drafts: DraftRecord[] = [];
  let total = 0;
  let cursor = await db.transaction('drafts').store.index('by-updated').openCursor(null, 'prev');
  while (cursor) {
    const r = restoreDraft(cursor.value);
    if (r.ok && r.value.deletedAt === null && matches(r.value, q)) {
      if (total >= offset && drafts.length < limit) drafts.push(r.value);
      total++;
    }
    cursor = await cursor.continue();
  }
  return { drafts, total };
}

/** Every stored record this version cannot use as a draft, with its raw value for export. */
export async function unreadableOf(db: IDBPDatabase<GoujiDB>): Promise<UnreadableRecord[]> {
  const out: UnreadableRecord[] = [];
  let cursor = await db.transaction('drafts').store.openCursor();
  while (cursor) {
    const raw: unknown = cursor.value;
    const why = unreadable(raw);
    if (why) {
      const name = typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string' ? (raw as { name: string }).name : null;
      out.push({ id: String(cursor.key), reason: why, name, raw });
    }
    cursor = await cursor.continue();
  }
  return out;
}

/** The raw records as a JSON file a person (or a newer Gouji) can read; cycles and functions are dropped. */
export function exportRaw(records: readonly UnreadableRecord[], now = Date.now()): string {
  const seen = new WeakSet<object>();
  const safe = (_k: string, v: unknown): unknown => {
    if (typeof v === 'function' || typeof v === 'symbol') return undefined;
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) return '[cycle]';
      seen.add(v);
    }
    return v;
  };
  return JSON.stringify({ format: 'gouji-raw-records', exportedAt: now, records: records.map((r) => ({ id: r.id, reason: r.reason, raw: r.raw })) }, safe, 1);
}
