// Issue 16, the store's part: damaged and newer-version records are listed, never hidden or overwritten,
// and later saves keep working; backup import is one transaction with limits; the list pages.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { expect, test } from 'vitest';
import {
  exportBackup, MAX_BACKUP_DRAFTS, openStore, parseBackup, SCHEMA_VERSION, type DraftRecord,
} from '../../../src/store/index.ts';

let n = 0;
const dbName = () => `gouji-safety-${++n}`;

async function store(name: string) {
  const r = await openStore({ name });
  if (!r.ok) throw new Error(r.reason);
  return r.store;
}

/** Puts raw records behind the store's back, as a damaged profile or a newer Gouji would leave them. */
async function putRaw(name: string, ...records: unknown[]): Promise<void> {
  const db = await openDB(name);
  for (const r of records) await db.put('drafts', r as never);
  db.close();
}

async function rawGet(name: string, id: string): Promise<unknown> {
  const db = await openDB(name);
  const v: unknown = await db.get('drafts', id);
  db.close();
  return v;
}

const newer = { schemaVersion: SCHEMA_VERSION + 1, id: 'd_future', name: '来自新版本', revision: 4, updatedAt: 5, tables: [], futureField: { x: 1 } };
const damaged = { id: 'd_broken', schemaVersion: 2, name: '坏记录', updatedAt: 6, tables: 'not an array' };

test('damaged and newer-version records are reported with their raw data, not hidden', async () => {
  const name = dbName();
  const s = await store(name);
  await s.create({ name: '好的' });
  await putRaw(name, newer, damaged);
  expect((await s.list()).map((d) => d.name)).toEqual(['好的']);
  const bad = await s.unreadable();
  expect(bad.map((b) => [b.id, b.reason]).sort()).toEqual([['d_broken', 'damaged'], ['d_future', 'newer_version']]);
  expect(bad.find((b) => b.id === 'd_future')!.raw).toEqual(newer);
  expect(bad.find((b) => b.id === 'd_future')!.name).toBe('来自新版本');
});

test('a save over a newer-version record is refused, the record is unchanged, and later saves still work', async () => {
  const name = dbName();
  const s = await store(name);
  await putRaw(name, newer);
  const open = await s.openReadOnly('d_future');
  expect(open?.name).toBe('来自新版本');
  const r = await s.save({ ...open!, name: '改了' }, { force: true });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason).toBe('unreadable');
  expect(await rawGet(name, 'd_future')).toEqual(newer);
  const other = await s.create({ name: '其他' });
  expect(other.ok).toBe(true);
  const again = await s.save(other.ok ? other.value : (null as never));
  expect(again.ok).toBe(true);
});

test('an import whose id matches a damaged record gets a new id; the damaged record is kept', async () => {
  const name = dbName();
  const s = await store(name);
  await putRaw(name, damaged);
  const b = await s.create({ name: '导出的' });
  if (!b.ok) throw new Error('create');
  const parsed = parseBackup(exportBackup([{ ...b.value, id: 'd_broken' }]));
  if (!parsed.ok) throw new Error(parsed.reason);
  const r = await s.importDrafts(parsed.value.drafts);
  expect(r.ok).toBe(true);
  if (r.ok) expect(r.value[0]!.id).not.toBe('d_broken');
  expect(await rawGet(name, 'd_broken')).toEqual(damaged);
});

test('backup import is all or nothing: one failing record leaves the store as it was', async () => {
  const name = dbName();
  const s = await store(name);
  const a = await s.create({ name: 'A' });
  if (!a.ok) throw new Error('create');
  // a value IndexedDB cannot store (a function) fails the second put, after the first one was issued
  const bad = { ...a.value, id: 'x2', name: 'B', notes: { f: (() => 1) as unknown as string } };
  const seen: number[] = [];
  const r = await s.importDrafts([{ ...a.value, id: 'x1', name: 'A2' }, bad as DraftRecord, { ...a.value, id: 'x3' }], (done) => seen.push(done));
  expect(r.ok).toBe(false);
  expect((await s.list()).map((d) => d.name)).toEqual(['A']);
  expect(await rawGet(name, 'x1')).toBeUndefined();
});

test('import reports progress and a backup over the draft limit is refused whole', async () => {
  const name = dbName();
  const s = await store(name);
  const a = await s.create({ name: 'A' });
  if (!a.ok) throw new Error('create');
  const seen: number[] = [];
  const r = await s.importDrafts([1, 2, 3].map((i) => ({ ...a.value, id: `p${i}` })), (done, total) => seen.push(done * 10 + total));
  expect(r.ok).toBe(true);
  expect(seen.at(-1)).toBe(33);
  const many = JSON.stringify({ format: 'gouji-backup', version: 1, exportedAt: 0, drafts: Array.from({ length: MAX_BACKUP_DRAFTS + 1 }, (_, i) => ({ id: `m${i}`, schemaVersion: 2, tables: [] })) });
  const p = parseBackup(many);
  expect(p.ok).toBe(false);
  if (!p.ok) expect(p.reason).toBe('too_many_drafts');
});

test('the list pages: newest first, a page at a time, with the total', async () => {
  const name = dbName();
  let t = 1000;
  const r = await openStore({ name, now: () => ++t });
  if (!r.ok) throw new Error(r.reason);
  const s = r.store;
  for (let i = 0; i < 30; i++) await s.create({ name: `草稿${i}` });
  const first = await s.page({ limit: 10 });
  expect(first.total).toBe(30);
  expect(first.drafts.map((d) => d.name)).toEqual(Array.from({ length: 10 }, (_, i) => `草稿${29 - i}`));
  const second = await s.page({ limit: 10, offset: 10 });
  expect(second.drafts[0]!.name).toBe('草稿19');
  const found = await s.page({ limit: 5, query: '草稿2' });
  expect(found.drafts.map((d) => d.name)).toEqual(['草稿29', '草稿28', '草稿27', '草稿26', '草稿25']);
});

test('restoring a snapshot is refused when the snapshot of the current state cannot be stored', async () => {
  const name = dbName();
  const s = await store(name);
  const d = await s.create({ name: '原样' });
  if (!d.ok) throw new Error('create');
  const snap = await s.snapshot({ ...d.value, name: '旧' }, 'manual');
  if (!snap.ok) throw new Error('snap');
  s.snapshot = async () => ({ ok: false, reason: 'quota_exceeded' });
  const r = await s.restoreSnapshot(snap.value.id);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason).toBe('snapshot_failed');
  expect((await s.get(d.value.id))!.name).toBe('原样');
});
