// Reading many records without holding them all: the draft list a page at a time (newest first, through the
// updatedAt index), and a scan for the records this version cannot read, which are reported, never hidden.
import type { IDBPDatabase } from 'idb';
import type { GoujiDB } from './db.ts';
import { unreadable, type Unreadable } from './restore.ts';
import { isSealedRecord, type RecordCodec } from './codec.ts';
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

/** A live, readable record, judged from its clear fields (sealed drafts keep deletedAt in clear). */
function live(v: unknown): boolean {
  const d = (v as { deletedAt?: unknown }).deletedAt;
  return (d === null || d === undefined) && unreadable(v) === null;
}

/**
 * Live drafts newest first, `limit` of them after `offset`. Without a query only the page's records are kept
 * and decoded; a query decodes every live record (names are sealed under the lock). Raw values are gathered
 * first and decoded after the cursor: a transaction cannot wait for WebCrypto.
 */
export async function pageOf(db: IDBPDatabase<GoujiDB>, codec: RecordCodec, p: PageQuery = {}): Promise<DraftPage> {
  const q = (p.query ?? '').trim().toLowerCase();
  const offset = Math.max(0, p.offset ?? 0);
  const limit = Math.max(0, p.limit ?? PAGE_SIZE);
  const raws: unknown[] = [];
  let total = 0;
  let cursor = await db.transaction('drafts').store.index('by-updated').openCursor(null, 'prev');
  while (cursor) {
    if (live(cursor.value)) {
      if (q !== '' || (total >= offset && raws.length < limit)) raws.push(cursor.value);
      total++;
    }
    cursor = await cursor.continue();
  }
  const decoded: DraftRecord[] = [];
  for (const raw of raws) {
    const r = await codec.decode(raw);
    if (r.ok) decoded.push(r.value);
  }
  if (q === '') return { drafts: decoded, total };
  const found = decoded.filter((d) => matches(d, q));
  return { drafts: found.slice(offset, offset + limit), total: found.length };
}

/** Every stored record this version cannot use as a draft, with its raw value for export. */
export async function unreadableOf(db: IDBPDatabase<GoujiDB>, codec: RecordCodec): Promise<UnreadableRecord[]> {
  const out: UnreadableRecord[] = [];
  const sealed: { id: string; raw: unknown }[] = [];
  let cursor = await db.transaction('drafts').store.openCursor();
  while (cursor) {
    const raw: unknown = cursor.value;
    const why = unreadable(raw);
    if (why) {
      const name = typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string' ? (raw as { name: string }).name : null;
      out.push({ id: String(cursor.key), reason: why, name, raw });
    } else if (isSealedRecord(raw)) {
      sealed.push({ id: String(cursor.key), raw });
    }
    cursor = await cursor.continue();
  }
  // a sealed record that does not open with the lock's key is damaged
  for (const s of sealed) if (!(await codec.decode(s.raw)).ok) out.push({ id: s.id, reason: 'damaged', name: null, raw: s.raw });
  return out;
}

/** The raw records as a JSON file a person (or a newer Gouji) can read; cycles and functions are dropped. */
export function exportRaw(records: readonly UnreadableRecord[], now = Date.now()): string {
  const seen = new WeakSet<object>();
  const safe = (_k: string, v: unknown): unknown => {
    if (typeof v === 'function' || typeof v === 'symbol') return undefined;
    if (typeof v === 'bigint') return v.toString();
    // a packed table's arrays as plain numbers (NaN, for "no 行次", becomes null)
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) return '[cycle]';
      seen.add(v);
    }
    return v;
  };
  return JSON.stringify({ format: 'gouji-raw-records', exportedAt: now, records: records.map((r) => ({ id: r.id, reason: r.reason, raw: r.raw })) }, safe, 1);
}
