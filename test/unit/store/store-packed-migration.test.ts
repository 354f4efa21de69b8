// Schema v3 against records written by the v2 code (test/fixtures/drafts-v2, made at commit ba8e9f9): a plain
// draft, the same draft sealed under a lock, and a backup file all still open, with every text in place; saving
// such a draft again stores its large table packed.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { loadTable, openStore, parseBackup, type DraftRecord, type LockableStore, type StoredTable } from '../../../src/store/index.ts';

const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/drafts-v2/records.json', import.meta.url)), 'utf8')) as {
  draft: DraftRecord; backup: string;
  lock: { id: 'lock'; salt: string; iterations: number; verifier: { iv: string; data: string } };
  sealed: Record<string, unknown> & { sealed: { iv: string; data: string } };
};
const bytes = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));
const buffer = (b64: string) => bytes(b64).slice().buffer;

let n = 0;
const dbName = () => `gouji-migrate-${++n}`;

async function store(name: string): Promise<LockableStore> {
  const r = await openStore({ name });
  if (!r.ok) throw new Error(r.reason);
  return r.store;
}

/** Puts raw records into a new database, as the v2 code left them. */
async function seeded(records: { drafts?: unknown[]; meta?: unknown[] }): Promise<string> {
  const name = dbName();
  (await store(name)).close();
  const db = await openDB(name);
  for (const d of records.drafts ?? []) await db.put('drafts', d);
  for (const m of records.meta ?? []) await db.put('meta', m);
  db.close();
  return name;
}

/** Every cell text, code, label and placement of a stored table, loaded through the engine. */
function texts(s: StoredTable): string[] {
  return loadTable(s).rows.map((r) => [r.code, r.label, r.lineNo, r.sourceLine, r.flags?.join(','), ...r.cells.map((c) => `${c.text}:${c.placement ?? ''}`)].join('|'));
}

const original = fixture.draft;

test('the fixture is what the v2 code wrote: schema 2, a StoredRow per row, 1,010 rows', () => {
  expect(original.schemaVersion).toBe(2);
  expect(original.tables[0]!.rows).toHaveLength(1010);
  expect(original.tables[0]!.rows.some((r) => r.placements?.includes('inferred'))).toBe(true);
});

test('a v2 draft opens unchanged and, saved again, stores its large table packed with every text in place', async () => {
  const name = await seeded({ drafts: [original] });
  const s = await store(name);
  const d = (await s.get('d_v2'))!;
  expect(d.name).toBe('测试局 2023');
  expect(d.notes).toEqual({ k1: '核实过' });
  expect(texts(d.tables[0]!)).toEqual(texts(original.tables[0]!));
  const { storeTable } = await import('../../../src/store/index.ts');
  const saved = await s.save({ ...d, tables: d.tables.map((t) => storeTable(loadTable(t))) });
  expect(saved.ok).toBe(true);
  const db = await openDB(name);
  const raw = (await db.get('drafts', 'd_v2')) as DraftRecord;
  db.close();
  expect(raw.schemaVersion).toBe(3);
  expect(raw.tables[0]!.packed?.count).toBe(1010);
  expect(raw.tables[0]!.rows).toEqual([]);
  // the small table keeps a StoredRow per row
  expect(raw.tables[1]!.packed).toBeUndefined();
  const again = (await s.get('d_v2'))!;
  expect(texts(again.tables[0]!)).toEqual(texts(original.tables[0]!));
  expect(texts(again.tables[1]!)).toEqual(texts(original.tables[1]!));
  expect(loadTable(again.tables[0]!).printedNo).toBe('公开03表');
});

test('a draft sealed by the v2 lock opens with its passphrase and, saved again, is sealed in the packed form', async () => {
  const lock = { ...fixture.lock, salt: bytes(fixture.lock.salt), verifier: { iv: bytes(fixture.lock.verifier.iv), data: buffer(fixture.lock.verifier.data) } };
  const sealed = { ...fixture.sealed, sealed: { iv: bytes(fixture.sealed.sealed.iv), data: buffer(fixture.sealed.sealed.data) } };
  const name = await seeded({ drafts: [sealed], meta: [lock] });
  const s = await store(name);
  expect(await s.unlock('wrong')).toBe(false);
  expect(await s.unlock('old lock')).toBe(true);
  const d = (await s.get('d_v2'))!;
  expect(texts(d.tables[0]!)).toEqual(texts(original.tables[0]!));
  const { storeTable } = await import('../../../src/store/index.ts');
  expect((await s.save({ ...d, tables: d.tables.map((t) => storeTable(loadTable(t))) })).ok).toBe(true);
  const db = await openDB(name);
  const raw = (await db.get('drafts', 'd_v2')) as { schemaVersion: number; sealed: unknown };
  db.close();
  expect(raw.schemaVersion).toBe(3);
  expect(JSON.stringify(raw)).not.toContain('项目');
  const back = (await s.get('d_v2'))!;
  expect(back.tables[0]!.packed?.count).toBe(1010);
  expect(texts(back.tables[0]!)).toEqual(texts(original.tables[0]!));
  expect(await s.unreadable()).toEqual([]);
});

test('a backup file written by v2 imports, and its large table is stored packed', async () => {
  const parsed = parseBackup(fixture.backup);
  if (!parsed.ok) throw new Error(parsed.reason);
  const s = await store(dbName());
  const r = await s.importDrafts(parsed.value.drafts);
  if (!r.ok) throw new Error(r.reason);
  const d = (await s.get(r.value[0]!.id))!;
  expect(d.tables[0]!.packed?.count).toBe(1010);
  expect(texts(d.tables[0]!)).toEqual(texts(original.tables[0]!));
});

test('a database of version 3 with v2 drafts in it upgrades to version 4 and its drafts open and save', async () => {
  const name = dbName();
  const v3 = await openDB(name, 3, {
    upgrade(db) {
      db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
      db.createObjectStore('snapshots', { keyPath: 'id' }).createIndex('by-draft', 'draftId');
      db.createObjectStore('meta', { keyPath: 'id' });
    },
  });
  await v3.put('drafts', original);
  v3.close();
  const s = await store(name);
  const d = (await s.get('d_v2'))!;
  expect(texts(d.tables[0]!)).toEqual(texts(original.tables[0]!));
  const saved = await s.save({ ...d, name: '改名' });
  expect(saved.ok).toBe(true);
  if (saved.ok) expect((await s.save({ ...saved.value, name: '再改' })).ok).toBe(true);
  expect((await s.get('d_v2'))!.name).toBe('再改');
});
