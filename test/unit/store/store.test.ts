// Drafts store against fake-indexeddb: real IndexedDB semantics (transactions, indexes, upgrades).
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { expect, test } from 'vitest';
import { makeCell, type Table } from '../../../src/engine/table.ts';
import {
  DB_VERSION, exportBackup, loadTable, openStore, parseBackup, storeTable, type DraftRecord,
} from '../../../src/store/index.ts';

let n = 0;
const dbName = () => `gouji-test-${++n}`;

async function store(name = dbName()) {
  const r = await openStore({ name });
  if (!r.ok) throw new Error(r.reason);
  return r.store;
}

const t02: Table = {
  id: 't2', kind: 'T02', layout: null, title: '收入决算表', unit: '万元', year: 2023, department: '赣州市医疗保障局',
  columns: [
    { key: 'code', colNo: null, header: '科目编码', role: 'code' },
    { key: 'label', colNo: null, header: '科目名称', role: 'label' },
    { key: 'c1', colNo: 1 as never, header: '本年收入合计', role: 'amount' },
  ],
  rows: [
    { code: null, label: '合计', lineNo: null, cells: [makeCell(''), makeCell('合计'), makeCell('14,663.29')], flags: ['total'] },
    { code: '2080199', label: '其他人力资源和社会保障管理事', lineNo: null, cells: [makeCell('2080199'), makeCell('其他人力资源和社会保障管理事'), makeCell('5.00')] },
  ],
  notes: ['注：1栏各行=（2+3+4+5+6+7）栏各行'],
};

test('a table survives a round trip through storage with its texts and printed decimals', async () => {
  const s = await store();
  const created = await s.create({ name: '赣州 2023', tables: [storeTable(t02)] });
  expect(created.ok).toBe(true);
  const back = await s.get(created.ok ? created.value.id : '');
  const table = loadTable(back!.tables[0]!);
  expect(table.rows[0]!.cells[2]!.text).toBe('14,663.29');
  expect(table.rows[0]!.cells[2]!.value).toMatchObject({ kind: 'number', decimals: 2 });
  expect(table.rows[1]!.code).toBe('2080199');
  expect(table.notes).toEqual(t02.notes);
});

test('a table read out of shape keeps its count of unplaced amounts through storage (its errors stay warnings after a reload)', async () => {
  const s = await store();
  const created = await s.create({ name: '赣州 2023', tables: [storeTable({ ...t02, unplacedAmounts: 3 }), storeTable(t02)] });
  const back = await s.get(created.ok ? created.value.id : '');
  expect(back!.tables.map((t) => loadTable(t).unplacedAmounts)).toEqual([3, undefined]);
});

test('saving with a stale revision is a conflict and keeps the stored draft', async () => {
  const s = await store();
  const a = await s.create({ name: '草稿' });
  if (!a.ok) throw new Error();
  const tab1 = a.value;
  const tab2 = a.value;
  const saved1 = await s.save({ ...tab1, name: '第一页签的修改' });
  expect(saved1.ok).toBe(true);
  const saved2 = await s.save({ ...tab2, name: '第二页签的修改' });
  expect(saved2).toMatchObject({ ok: false, reason: 'conflict' });
  expect((await s.get(tab1.id))!.name).toBe('第一页签的修改');
  // "keep mine" is an explicit force save
  expect((await s.save({ ...tab2, name: '第二页签的修改' }, { force: true })).ok).toBe(true);
  expect((await s.get(tab1.id))!.name).toBe('第二页签的修改');
});

test('list, rename, duplicate, search, delete and undo', async () => {
  const s = await store();
  const a = await s.create({ name: '财政局', department: '上海市普陀区财政局', year: 2024 });
  const b = await s.create({ name: '医保局', department: '赣州市医疗保障局', year: 2023 });
  if (!a.ok || !b.ok) throw new Error();
  await s.rename(a.value.id, '普陀财政局 2024');
  const copy = await s.duplicate(b.value.id);
  expect(copy.ok && copy.value.name).toBe('医保局（副本）');
  expect((await s.list()).map((d) => d.name)).toHaveLength(3);
  expect((await s.search('普陀')).map((d) => d.name)).toEqual(['普陀财政局 2024']);
  expect((await s.search('2023')).length).toBe(2);
  await s.remove(b.value.id);
  expect((await s.list()).some((d) => d.id === b.value.id)).toBe(false);
  await s.undoRemove(b.value.id);
  expect((await s.list()).some((d) => d.id === b.value.id)).toBe(true);
});

test('deleted drafts are purged only after the undo window', async () => {
  let clock = 1_000_000;
  const r = await openStore({ name: dbName(), now: () => clock });
  if (!r.ok) throw new Error();
  const s = r.store;
  const a = await s.create({ name: 'x' });
  if (!a.ok) throw new Error();
  await s.remove(a.value.id);
  expect(await s.purgeDeleted()).toBe(0);
  clock += 11 * 60 * 1000;
  expect(await s.purgeDeleted()).toBe(1);
  expect(await s.get(a.value.id)).toBeNull();
});

test('snapshots are listed newest first and restoring one is itself undoable', async () => {
  const s = await store();
  const a = await s.create({ name: '原稿' });
  if (!a.ok) throw new Error();
  const snap = await s.snapshot(a.value, 'before_paste');
  const edited = await s.save({ ...a.value, name: '粘贴之后' });
  if (!snap.ok || !edited.ok) throw new Error();
  const restored = await s.restoreSnapshot(snap.value.id);
  expect(restored.ok && restored.value.name).toBe('原稿');
  const snaps = await s.snapshots(a.value.id);
  expect(snaps.map((x) => x.reason)).toEqual(['before_restore', 'before_paste']);
  expect(snaps[0]!.draft.name).toBe('粘贴之后');
});

test('upgrading from version 1 migrates stored v1 drafts to the current schema', async () => {
  const name = dbName();
  const v1 = await openDB(name, 1, { upgrade(db) { db.createObjectStore('drafts', { keyPath: 'id' }); } });
  await v1.put('drafts', { id: 'old', name: '旧草稿', text: '收入决算表\n合计 1,819.46', updatedAt: 42 });
  v1.close();
  const s = await store(name);
  const d = await s.get('old');
  expect(d).toMatchObject({ schemaVersion: 2, name: '旧草稿', updatedAt: 42, tables: [] });
  expect(d!.narrative.text).toContain('1,819.46');
  expect((await s.list()).map((x) => x.id)).toEqual(['old']);
  expect(DB_VERSION).toBe(4);
});

test('an upgrade blocked by an old connection in another tab is reported, not hung', async () => {
  const name = dbName();
  const old = await openDB(name, 1, { upgrade(db) { db.createObjectStore('drafts', { keyPath: 'id' }); } });
  const r = await openStore({ name });
  expect(r).toMatchObject({ ok: false, reason: 'upgrade_blocked' });
  old.close();
});

test('without IndexedDB the store says so instead of throwing', async () => {
  const saved = globalThis.indexedDB;
  // @ts-expect-error simulate private mode / file:// without storage
  delete globalThis.indexedDB;
  try {
    expect(await openStore({ name: dbName() })).toMatchObject({ ok: false, reason: 'storage_unavailable' });
  } finally {
    globalThis.indexedDB = saved;
  }
});

test('a backup round-trips and import never overwrites an existing draft', async () => {
  const s = await store();
  const a = await s.create({ name: '导出我', tables: [storeTable(t02)] });
  if (!a.ok) throw new Error();
  const parsed = parseBackup(exportBackup([a.value]));
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  const imported = await s.importDrafts(parsed.value.drafts);
  expect(imported.ok).toBe(true);
  const all = await s.list();
  expect(all).toHaveLength(2);
  expect(new Set(all.map((d) => d.id)).size).toBe(2);
  expect(all.every((d) => d.tables[0]!.rows[0]!.cells[2] === '14,663.29')).toBe(true);
});

test.each([
  ['not json at all', 'not_json'],
  ['{"format":"something-else","drafts":[]}', 'foreign_file'],
  ['{"format":"gouji-backup","version":99,"drafts":[]}', 'unsupported_version'],
  ['{"format":"gouji-backup","version":1,"drafts":[]}', 'no_drafts'],
  ['{"format":"gouji-backup","version":1,"drafts":[{"id":"x","schemaVersion":2,"tables":"nope"}]}', 'bad_draft'],
])('a bad backup file is refused: %s', (text, reason) => {
  expect(parseBackup(text)).toMatchObject({ ok: false, reason });
});

test('restore repairs partial records instead of failing', async () => {
  const { restoreDraft } = await import('../../../src/store/restore.ts');
  const r = restoreDraft({ id: 'x', schemaVersion: 2, tables: [{ id: 't', kind: 'BOGUS', columns: [{ key: 'c1' }], rows: [{ cells: [1, '2.00'] }] }] });
  expect(r.ok).toBe(true);
  const d = r.ok ? (r.value as DraftRecord) : null;
  expect(d!.tables[0]!.kind).toBe('unknown');
  expect(d!.tables[0]!.rows[0]!.cells).toEqual(['']);
  expect(restoreDraft({ nope: true })).toEqual({ ok: false, reason: 'not_a_draft' });
});
