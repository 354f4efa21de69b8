// The passphrase lock: drafts and snapshots sealed at rest (nothing readable in the raw records), opened only
// with the right passphrase, a wrong one changes nothing, and the lock comes off again.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { expect, test } from 'vitest';
import { openStore, PBKDF2_ITERATIONS, type LockableStore } from '../../../src/store/index.ts';

let n = 0;
const dbName = () => `gouji-lock-${++n}`;
const FAST = 1000; // iterations for the tests; the app uses PBKDF2_ITERATIONS

async function store(name: string): Promise<LockableStore> {
  const r = await openStore({ name });
  if (!r.ok) throw new Error(r.reason);
  return r.store;
}

async function rawAll(name: string, store: 'drafts' | 'snapshots'): Promise<unknown[]> {
  const db = await openDB(name);
  const v = await db.getAll(store);
  db.close();
  return v;
}

const SECRET = '上海市普陀区机密局';

test('the lock derives its key with at least 600,000 PBKDF2 iterations', () => {
  expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
});

test('turning the lock on seals every draft and snapshot; the right passphrase opens them, a wrong one does not', async () => {
  const name = dbName();
  const s = await store(name);
  const d = await s.create({ name: `${SECRET} 2024`, department: SECRET });
  if (!d.ok) throw new Error('create');
  await s.snapshot(d.value, 'manual', '手动');
  expect((await s.enableLock('correct horse', FAST)).ok).toBe(true);
  const raw = JSON.stringify([...(await rawAll(name, 'drafts')), ...(await rawAll(name, 'snapshots'))]);
  expect(raw).not.toContain(SECRET);
  expect(raw).not.toContain('手动');
  // this tab keeps working, sealed
  const saved = await s.save({ ...(await s.get(d.value.id))!, name: `${SECRET} 改` });
  expect(saved.ok).toBe(true);
  expect(JSON.stringify(await rawAll(name, 'drafts'))).not.toContain(SECRET);
  s.close();

  const t = await store(name);
  expect(await t.lockMeta()).not.toBeNull();
  expect(await t.unlock('wrong horse')).toBe(false);
  expect(await t.get(d.value.id)).toBeNull();
  expect(await t.unlock('correct horse')).toBe(true);
  expect((await t.get(d.value.id))!.name).toBe(`${SECRET} 改`);
  expect((await t.page({ query: '机密' })).drafts).toHaveLength(1);
  expect((await t.snapshots(d.value.id))[0]!.label).toBe('手动');
  expect(await t.unreadable()).toEqual([]);
});

test('removing the lock stores everything in clear again', async () => {
  const name = dbName();
  const s = await store(name);
  const d = await s.create({ name: SECRET });
  if (!d.ok) throw new Error('create');
  await s.enableLock('correct horse', FAST);
  expect((await s.removeLock()).ok).toBe(true);
  expect(JSON.stringify(await rawAll(name, 'drafts'))).toContain(SECRET);
  s.close();
  const t = await store(name);
  expect(await t.lockMeta()).toBeNull();
  expect((await t.get(d.value.id))!.name).toBe(SECRET);
});

test('imports into a locked store are sealed too', async () => {
  const name = dbName();
  const s = await store(name);
  const d = await s.create({ name: 'x' });
  if (!d.ok) throw new Error('create');
  await s.enableLock('correct horse', FAST);
  expect((await s.importDrafts([{ ...d.value, id: 'imp', name: SECRET }])).ok).toBe(true);
  expect(JSON.stringify(await rawAll(name, 'drafts'))).not.toContain(SECRET);
  expect((await s.get('imp'))!.name).toBe(SECRET);
});
