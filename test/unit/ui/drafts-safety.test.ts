// No lost work: two tabs on one draft (BroadcastChannel and the revision counter), storage that is missing,
// full, blocked or taken away, and backup files good and bad.
import { afterEach, expect, test } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openStore, parseBackup, type DraftChannel, type DraftStore } from '../../../src/store/index.ts';
import { cellText, corpusText, freshDb, openTab, t05Tsv, typeCell, until, type Tab } from './drafts-harness.ts';

const open: Tab[] = [];
async function tab(db: string, opts: Parameters<typeof openTab>[1] = {}): Promise<Tab> {
  const t = await openTab(db, opts);
  open.push(t);
  return t;
}
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

const deaf = (): DraftChannel => ({ announce() {}, close() {} });

/** Two tabs on one saved draft of 公开05表. */
async function twoTabs(opts: Parameters<typeof openTab>[1] = {}) {
  const db = freshDb();
  const a = await tab(db, opts);
  await a.paste(t05Tsv());
  await until(() => a.drafts.status === 'saved');
  const b = await tab(db, opts);
  expect(b.drafts.current!.id).toBe(a.drafts.current!.id);
  const t05 = a.wb.doc.tables[0]!.id;
  return { db, a, b, t05, id: a.drafts.current!.id };
}

test('a save in one tab is offered to the other as a conflict, and its own edits go to a rolling snapshot', async () => {
  const { a, b, t05, id } = await twoTabs();
  typeCell(a, t05, '2101501', 1, '2,426.90');
  await until(() => b.drafts.conflict !== null, 'conflict offered');
  typeCell(b, t05, '2101502', 1, '1.00');
  await until(() => b.drafts.status === 'dirty');
  await b.drafts.flush();
  await b.drafts.refreshSnapshots();
  const rescue = b.drafts.snapshots.filter((s) => s.reason === 'conflict');
  expect(rescue).toHaveLength(1);
  expect(rescue[0]!.draft.tables[0]!.rows.some((r) => r.code === '2101502' && r.cells.includes('1.00'))).toBe(true);
  expect(b.drafts.current!.id).toBe(id);
});

test('另存为副本: both versions are kept, each in its own draft', async () => {
  const { db, a, b, t05, id } = await twoTabs();
  typeCell(a, t05, '2101501', 1, '2,426.90');
  await until(() => b.drafts.conflict !== null);
  typeCell(b, t05, '2101502', 1, '1.00');
  await b.drafts.resolve('copy');
  expect(b.drafts.conflict).toBeNull();
  expect(b.drafts.current!.id).not.toBe(id);
  expect(b.drafts.current!.name).toMatch(/（副本）$/);
  const s = await reader(db);
  const original = await s.get(id);
  const copy = await s.get(b.drafts.current!.id);
  const cell = (d: typeof original, code: string) => d!.tables[0]!.rows.find((r) => r.code === code)!.cells[2];
  expect(cell(original, '2101501')).toBe('2,426.90');
  expect(cell(copy, '2101502')).toBe('1.00');
  expect(cell(copy, '2101501')).toBe('2,426.10');
});

test('保留我的: this tab overwrites, the other version goes to history, and the other tab is told', async () => {
  const { db, a, b, t05, id } = await twoTabs();
  typeCell(a, t05, '2101501', 1, '2,426.90');
  await until(() => b.drafts.conflict !== null);
  typeCell(b, t05, '2101502', 1, '1.00');
  await b.drafts.resolve('keep');
  expect(b.drafts.status).toBe('saved');
  await until(() => a.drafts.conflict !== null, 'first tab offered the choice');
  const s = await reader(db);
  const stored = (await s.get(id))!;
  expect(stored.tables[0]!.rows.find((r) => r.code === '2101502')!.cells[2]).toBe('1.00');
  const history = await s.snapshots(id);
  const overwritten = history.find((s) => s.reason === 'before_overwrite')!;
  expect(overwritten.draft.tables[0]!.rows.find((r) => r.code === '2101501')!.cells[2]).toBe('2,426.90');
});

test('重新载入: the other version is shown and this tab’s discarded edit is kept in history', async () => {
  const { db, a, b, t05, id } = await twoTabs();
  typeCell(a, t05, '2101501', 1, '2,426.90');
  await until(() => b.drafts.conflict !== null);
  typeCell(b, t05, '2101502', 1, '1.00');
  await b.drafts.resolve('reload');
  expect(cellText(b.wb, t05, '2101501', 1)).toBe('2,426.90');
  expect(cellText(b.wb, t05, '2101502', 1)).not.toBe('1.00');
  const kept = (await (await reader(db)).snapshots(id)).find((x) => x.reason === 'conflict')!;
  expect(kept.draft.tables[0]!.rows.find((r) => r.code === '2101502')!.cells[2]).toBe('1.00');
});

test('without the broadcast, the revision counter still refuses a stale save', async () => {
  const { db, a, b, t05, id } = await twoTabs({ openChannel: deaf });
  typeCell(a, t05, '2101501', 1, '2,426.90');
  await until(() => a.drafts.status === 'saved');
  typeCell(b, t05, '2101502', 1, '1.00');
  await until(() => b.drafts.conflict !== null, 'stale save refused');
  expect((await (await reader(db)).get(id))!.tables[0]!.rows.find((r) => r.code === '2101501')!.cells[2]).toBe('2,426.90');
});

test('a draft deleted in another tab keeps this tab’s unsaved work as a new draft', async () => {
  const { a, b, t05, id } = await twoTabs();
  typeCell(b, t05, '2101502', 1, '1.00');
  b.drafts.flush = async () => {}; // the edit is still pending when the delete arrives
  await a.drafts.remove(id);
  await until(() => b.drafts.current === null || b.drafts.current.id !== id, 'detached');
  expect(b.drafts.message?.key).toBe('info_removed');
  expect(b.drafts.status).toBe('dirty');
  expect(cellText(b.wb, t05, '2101502', 1)).toBe('1.00');
});

test('without IndexedDB the work stays in memory, a banner says so, and export still works', async () => {
  const a = await tab(freshDb(), { openStore: async () => ({ ok: false, reason: 'storage_unavailable' }) });
  expect(a.drafts.problem).toBe('storage_unavailable');
  expect(a.wb.isSample).toBe(true);
  await a.paste(corpusText('putuo_caizhengju_2024.txt'));
  expect(a.drafts.status).toBe('memory');
  a.drafts.exportCurrent();
  const backup = parseBackup(a.downloads[0]!.text);
  expect(backup.ok && backup.value.drafts[0]!.department).toBe('上海市普陀区财政局');
  expect(a.downloads[0]!.name).toMatch(/^勾稽-上海市普陀区财政局 2024-\d{8}-\d{4}\.json$/);
});

test('an upgrade blocked by an old connection is a banner, not a hang, and the sample still opens', async () => {
  const db = freshDb();
  const old = await openDB(db, 1, { upgrade(d) { d.createObjectStore('drafts', { keyPath: 'id' }); } });
  try {
    const a = await tab(db);
    expect(a.drafts.problem).toBe('upgrade_blocked');
    expect(a.wb.isSample).toBe(true);
  } finally {
    old.close();
  }
});

test('a newer version opened in another tab closes this connection and stops autosave with a banner', async () => {
  const db = freshDb();
  const a = await tab(db);
  await a.paste(t05Tsv());
  await until(() => a.drafts.status === 'saved');
  const newer = await openDB(db, DB_VERSION + 1);
  newer.close();
  expect(a.drafts.problem).toBe('closed_for_upgrade');
  typeCell(a, a.wb.doc.tables[0]!.id, '2101501', 1, '2,426.90');
  expect(a.drafts.status).toBe('memory');
});

test('quota exceeded keeps the edit in memory with a banner; the next save that fits clears it', async () => {
  let full = true;
  const a = await tab(freshDb(), {
    openStore: async (o) => {
      const r = await openStore({ name: freshDb(), ...o });
      if (!r.ok) return r;
      const save = r.store.save.bind(r.store);
      r.store.save = (d, opts) => (full ? Promise.resolve({ ok: false, reason: 'quota_exceeded' }) : save(d, opts));
      return r;
    },
  });
  await a.paste(t05Tsv());
  await until(() => a.drafts.problem !== null, 'quota reported');
  expect(a.drafts.problem).toBe('quota_exceeded');
  expect(a.drafts.status).toBe('failed');
  full = false;
  expect(a.wb.doc.tables).toHaveLength(1);
  typeCell(a, a.wb.doc.tables[0]!.id, '2101501', 1, '2,426.90');
  await until(() => a.drafts.status === 'saved', 'saved once space is back');
  expect(a.drafts.problem).toBeNull();
});

test('all drafts exported from one browser import into another with their tables', async () => {
  const a = await tab(freshDb());
  await a.paste(t05Tsv());
  await until(() => a.drafts.status === 'saved');
  await a.drafts.newDraft();
  await a.paste(corpusText('putuo_caizhengju_2024.txt'));
  await until(() => a.drafts.status === 'saved');
  await a.drafts.exportAll();
  const b = await tab(freshDb());
  expect(await b.drafts.importBackup(a.downloads[0]!.text)).toBe(true);
  expect(b.drafts.message).toMatchObject({ key: 'info_imported', params: { n: 2 } });
  expect(b.drafts.list.map((d) => d.name).sort()).toEqual(a.drafts.list.map((d) => d.name).sort());
  expect(b.drafts.list.map((d) => d.tables.length).sort()).toEqual(a.drafts.list.map((d) => d.tables.length).sort());
});

test.each([
  ['a text file', '收入决算表 合计 1,819.46', 'problem_not_json'],
  ['another program’s JSON', '{"format":"xlsx-export","sheets":[]}', 'problem_foreign_file'],
  ['a backup from a newer version', '{"format":"gouji-backup","version":9,"drafts":[]}', 'problem_unsupported_version'],
  ['a backup with a damaged draft', '{"format":"gouji-backup","version":1,"drafts":[{"id":"x","schemaVersion":2,"tables":7}]}', 'problem_bad_draft'],
])('importing %s gives a message and changes nothing', async (_, text, key) => {
  const a = await tab(freshDb());
  await a.paste(t05Tsv());
  await until(() => a.drafts.status === 'saved');
  const before = { list: a.drafts.list, doc: a.wb.doc };
  expect(await a.drafts.importBackup(text)).toBe(false);
  expect(a.drafts.message).toMatchObject({ kind: 'error', key });
  await a.drafts.refreshList();
  expect(a.drafts.list).toEqual(before.list);
  expect(a.wb.doc).toBe(before.doc);
});

test('without storage an imported backup opens its first draft in memory', async () => {
  const src = await tab(freshDb());
  await src.paste(t05Tsv());
  await until(() => src.drafts.status === 'saved');
  src.drafts.exportCurrent();
  const a = await tab(freshDb(), { openStore: async () => ({ ok: false, reason: 'storage_unavailable' }) });
  expect(await a.drafts.importBackup(src.downloads[0]!.text)).toBe(true);
  expect(a.wb.doc.tables.map((t) => t.kind)).toEqual(['T05']);
  expect(a.drafts.message?.key).toBe('info_imported_memory');
});

// ——— a third connection reading what the tabs stored ———
const readers: DraftStore[] = [];
async function reader(db: string): Promise<DraftStore> {
  const r = await openStore({ name: db });
  if (!r.ok) throw new Error(r.reason);
  readers.push(r.store);
  return r.store;
}
afterEach(() => {
  for (const s of readers.splice(0)) s.close();
});
