// Issue 16 in the drafts layer: exercises work on a copy, a report of another department/year opens as a new
// draft, an edit survives a page that goes away before autosave (journal), unreadable records are shown and a
// newer-version one opens read-only, overwrites refuse without their safety snapshot, imports are limited.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, expect, test } from 'vitest';
import { openStore, SCHEMA_VERSION, type DraftStore } from '../../../src/store/index.ts';
import { Trainer } from '../../../src/ui/trainer/trainer.svelte.ts';
import { memoryJournal } from '../../../src/ui/drafts/journal.ts';
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

async function reader(db: string): Promise<DraftStore> {
  const r = await openStore({ name: db });
  if (!r.ok) throw new Error(r.reason);
  return r.store;
}

const CAIZHENG = () => corpusText('putuo_caizhengju_2024.txt');
const GUIHUA = () => corpusText('putuo_guihuaziyuan_2024.txt');

test('an exercise on the current workbook never reaches the reviewer’s draft; 结束练习 shows the draft again', async () => {
  const db = freshDb();
  const a = await tab(db);
  await a.paste(t05Tsv());
  await until(() => a.drafts.status === 'saved');
  const id = a.drafts.current!.id;
  const before = (await (await reader(db)).get(id))!.tables;
  const trainer = new Trainer(a.wb, a.drafts);
  await trainer.startExercise('workbook', 3, [], 7);
  a.sync();
  expect(trainer.exercise).not.toBeNull();
  expect(a.drafts.training).toBe(true);
  // the trainee edits the exercise too
  typeCell(a, a.wb.doc.tables[0]!.id, '2101501', 1, '9.99');
  await a.drafts.flush();
  expect((await (await reader(db)).get(id))!.tables).toEqual(before);
  trainer.leaveExercise();
  a.sync();
  expect(a.drafts.training).toBe(false);
  expect(a.drafts.current!.id).toBe(id);
  expect(cellText(a.wb, a.wb.doc.tables[0]!.id, '2101501', 1)).not.toBe('9.99');
  await a.drafts.flush();
  const b = await tab(db);
  expect(b.drafts.current!.id).toBe(id);
  expect(b.drafts.current!.tables).toEqual(before);
});

test('a report of another department opens as a new draft named from its heading; the first stays as it was', async () => {
  const db = freshDb();
  const a = await tab(db);
  await a.paste(CAIZHENG());
  await until(() => a.drafts.status === 'saved');
  const first = a.drafts.current!;
  await a.paste(GUIHUA());
  await until(() => a.drafts.status === 'saved' && a.drafts.current?.id !== first.id, 'new draft');
  expect(a.drafts.current!.name).toMatch(/规划和自然资源局/);
  const s = await reader(db);
  const kept = await s.get(first.id);
  expect(kept!.name).toBe(first.name);
  expect(kept!.tables).toEqual(first.tables);
  expect((await s.list()).length).toBe(2);
  expect(a.wb.ingest.canRestore).toBe(false);
});

test('pasting a single table still adds it to the current draft', async () => {
  const db = freshDb();
  const a = await tab(db);
  await a.paste(CAIZHENG());
  await until(() => a.drafts.status === 'saved');
  const id = a.drafts.current!.id;
  const n = a.wb.doc.tables.length;
  await a.paste(t05Tsv());
  await until(() => a.drafts.status === 'saved');
  expect(a.drafts.current!.id).toBe(id);
  expect(a.wb.doc.tables.length).toBe(n + 1);
});

test('an edit made just before the page goes away is journaled and merged on the next load', async () => {
  const db = freshDb();
  const journal = memoryJournal();
  const a = await tab(db, { journal, delayMs: 60_000 });
  await a.paste(t05Tsv());
  await a.drafts.flush();
  const t05 = a.wb.doc.tables[0]!.id;
  typeCell(a, t05, '2101501', 1, '2,426.90');
  expect(a.drafts.status).toBe('dirty');
  expect(a.drafts.pageHidden()).toBe(true); // written synchronously: nothing left unstored
  a.close();
  const b = await tab(db, { journal });
  expect(cellText(b.wb, t05, '2101501', 1)).toBe('2,426.90');
  await until(() => b.drafts.status === 'saved');
  expect(journal.entries()).toEqual([]);
  const stored = (await (await reader(db)).get(b.drafts.current!.id))!;
  expect(stored.tables[0]!.rows.find((r) => r.code === '2101501')!.cells[2]).toBe('2,426.90');
});

test('a journaled edit whose draft moved on meanwhile goes to history, never over the newer version', async () => {
  const db = freshDb();
  const journal = memoryJournal();
  const a = await tab(db, { journal, delayMs: 60_000 });
  await a.paste(t05Tsv());
  await a.drafts.flush();
  const id = a.drafts.current!.id;
  typeCell(a, a.wb.doc.tables[0]!.id, '2101501', 1, '1.11');
  a.drafts.pageHidden();
  a.close();
  const s = await reader(db);
  const d = (await s.get(id))!;
  await s.save({ ...d, name: '别处改过' });
  const b = await tab(db, { journal });
  await until(() => journal.entries().length === 0, 'journal merged');
  expect((await s.get(id))!.name).toBe('别处改过');
  const kept = (await s.snapshots(id)).find((x) => x.reason === 'conflict');
  expect(kept!.draft.tables[0]!.rows.find((r) => r.code === '2101501')!.cells[2]).toBe('1.11');
  expect(b.drafts.message?.key).toBe('info_journal_conflict');
});

test('unreadable records are listed and exportable raw; a newer-version one opens read-only and edits become a copy', async () => {
  const db = freshDb();
  const seed = await tab(db);
  await seed.paste(t05Tsv());
  await until(() => seed.drafts.status === 'saved');
  seed.close();
  const raw = await openDB(db);
  const future = { schemaVersion: SCHEMA_VERSION + 1, id: 'd_future', name: '新版本的草稿', revision: 3, updatedAt: Date.now() + 1000, tables: [], extra: 1 };
  await raw.put('drafts', future as never);
  await raw.put('drafts', { id: 'd_bad', tables: 7 } as never);
  raw.close();
  const a = await tab(db);
  await until(() => a.drafts.unreadable.length === 2, 'unreadable listed');
  a.drafts.exportUnreadable();
  expect(JSON.parse(a.downloads.at(-1)!.text).records.map((r: { id: string }) => r.id).sort()).toEqual(['d_bad', 'd_future']);
  await a.drafts.openReadOnly('d_future');
  expect(a.drafts.readOnly).toBe(true);
  expect(a.drafts.message?.key).toBe('info_read_only');
  await a.paste(t05Tsv()); // joins the workbook
  await a.drafts.flush();
  await until(() => a.drafts.status === 'saved');
  expect(a.drafts.readOnly).toBe(false);
  expect(a.drafts.current!.id).not.toBe('d_future');
  const check = await openDB(db);
  expect(await check.get('drafts', 'd_future')).toEqual(future);
  check.close();
  // later saves of other drafts keep working
  typeCell(a, a.wb.doc.tables[0]!.id, '2101501', 1, '3.00');
  await until(() => a.drafts.status === 'saved');
  expect(a.drafts.problem).toBeNull();
});

test('保留我的 and 重新载入 refuse when their safety snapshot cannot be stored, and say so', async () => {
  const db = freshDb();
  const a = await tab(db);
  await a.paste(t05Tsv());
  await until(() => a.drafts.status === 'saved');
  const b = await tab(db);
  const t05 = a.wb.doc.tables[0]!.id;
  typeCell(a, t05, '2101501', 1, '2,426.90');
  await until(() => b.drafts.conflict !== null, 'conflict');
  typeCell(b, t05, '2101502', 1, '1.00');
  const store = (b.drafts as unknown as { store: DraftStore }).store;
  store.snapshot = async () => ({ ok: false, reason: 'quota_exceeded' });
  await b.drafts.resolve('keep');
  expect(b.drafts.conflict).not.toBeNull();
  expect(b.drafts.message?.key).toBe('problem_snapshot_failed');
  await b.drafts.resolve('reload');
  expect(b.drafts.conflict).not.toBeNull();
  expect(cellText(b.wb, t05, '2101502', 1)).toBe('1.00');
  const stored = (await (await reader(db)).get(a.drafts.current!.id))!;
  expect(stored.tables[0]!.rows.find((r) => r.code === '2101501')!.cells[2]).toBe('2,426.90');
});

test('a backup file over the size limit is refused before it is read', async () => {
  const a = await tab(freshDb());
  let read = false;
  const huge = { size: 65 * 1024 * 1024, text: async () => { read = true; return ''; } } as unknown as Blob;
  expect(await a.drafts.importFile(huge)).toBe(false);
  expect(read).toBe(false);
  expect(a.drafts.message?.key).toBe('problem_too_large');
});

test('the list shows one page of many drafts and pages on (thousands: see the e2e)', async () => {
  const db = freshDb();
  const s = await reader(db);
  const d = await s.create({ name: 'x' });
  if (!d.ok) throw new Error('create');
  const many = Array.from({ length: 300 }, (_, i) => ({ ...d.value, id: `m${i}`, name: `草稿${i}` }));
  expect((await s.importDrafts(many)).ok).toBe(true);
  s.close();
  const a = await tab(db);
  expect(a.drafts.list.length).toBe(50);
  expect(a.drafts.total).toBe(301);
  await a.drafts.more();
  expect(a.drafts.list.length).toBe(100);
});

test('locked drafts: the sample meanwhile, a wrong passphrase changes nothing, the right one opens the draft', async () => {
  const db = freshDb();
  const journal = memoryJournal();
  const a = await tab(db, { lockIterations: 1000, journal });
  await a.paste(t05Tsv());
  await until(() => a.drafts.status === 'saved');
  const id = a.drafts.current!.id;
  expect(await a.drafts.enableLock('correct horse')).toBe(true);
  expect(a.drafts.lockOn).toBe(true);
  // an edit pending when the page goes away is not written in clear: the page asks instead
  typeCell(a, a.wb.doc.tables[0]!.id, '2101501', 1, '4.44');
  expect(a.drafts.pageHidden()).toBe(false);
  expect(journal.entries()).toEqual([]);
  await a.drafts.flush();
  a.close();

  const b = await tab(db, { journal });
  expect(b.drafts.lockPrompt).toBe(true);
  expect(b.wb.isSample).toBe(true);
  expect(await b.drafts.unlock('wrong horse')).toBe(false);
  expect(b.drafts.message?.key).toBe('problem_wrong_passphrase');
  expect(b.drafts.lockPrompt).toBe(true);
  expect(await b.drafts.unlock('correct horse')).toBe(true);
  expect(b.drafts.current!.id).toBe(id);
  expect(cellText(b.wb, b.wb.doc.tables[0]!.id, '2101501', 1)).toBe('4.44');
});

test('a lock turned on in another tab stops this tab writing in clear until it is unlocked here too', async () => {
  const db = freshDb();
  const a = await tab(db, { lockIterations: 1000 });
  await a.paste(t05Tsv());
  await until(() => a.drafts.status === 'saved');
  const b = await tab(db, { lockIterations: 1000 });
  expect(await a.drafts.enableLock('correct horse')).toBe(true);
  typeCell(b, b.wb.doc.tables[0]!.id, '2101501', 1, '6.66');
  await b.drafts.flush();
  expect(b.drafts.lockPrompt).toBe(true);
  expect(b.drafts.problem).toBe('locked');
  const raw = await openDB(db);
  expect(JSON.stringify(await raw.getAll('drafts'))).not.toContain('6.66');
  raw.close();
  expect(await b.drafts.unlock('correct horse')).toBe(true);
  await until(() => b.drafts.status === 'saved', 'saved after unlock');
  const check = await openDB(db);
  expect(JSON.stringify(await check.getAll('drafts'))).not.toContain('2101501');
  check.close();
  expect(cellText(b.wb, b.wb.doc.tables[0]!.id, '2101501', 1)).toBe('6.66');
});
