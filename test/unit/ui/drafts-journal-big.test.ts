// The pagehide journal for a workbook too big for localStorage: it leaves the edits since the last save (a few
// hundred bytes), or — when even those cannot be expressed — a marker, and the page asks before leaving and the
// next load says in Chinese that the last edits may be lost. An older page's entry is never overwritten.
import { afterEach, expect, test } from 'vitest';
import { openStore, type DraftStore } from '../../../src/store/index.ts';
import { memoryJournal } from '../../../src/ui/drafts/journal.ts';
import { EditLog, loggedChange } from '../../../src/ui/drafts/edit-log.ts';
import { dt } from '../../../src/ui/drafts/text.ts';
import { tenThousandRows } from '../../bench/browser-table.ts';
import { cellText, freshDb, openTab, t05Tsv, typeCell, until, type Tab } from './drafts-harness.ts';

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

/** A 支出决算表 of 3,000 rows: 15,000 cells, "big" for a journal that takes 1,000 cells whole. */
const BIG = tenThousandRows(3000);
const WHOLE = 1000;

test('a workbook too big to journal whole leaves its edit log; the next load replays it onto the stored draft', async () => {
  const db = freshDb();
  const journal = memoryJournal();
  const a = await tab(db, { journal, delayMs: 60_000, journalWholeCells: WHOLE });
  await a.paste(BIG.text);
  await a.drafts.flush();
  expect(a.drafts.status).toBe('saved');
  const t = a.wb.doc.tables[0]!.id;
  typeCell(a, t, BIG.wrong.code, 3, BIG.wrong.fix);
  typeCell(a, t, BIG.wrong.code, 2, '7.77');
  expect(a.drafts.pageHidden()).toBe(true);
  const entries = journal.entries();
  expect(entries.map((e) => e.kind)).toEqual(['edits']);
  expect([...journal.map.values()].join('').length).toBeLessThan(2000);
  a.close();
  const b = await tab(db, { journal });
  expect(cellText(b.wb, t, BIG.wrong.code, 3)).toBe(BIG.wrong.fix);
  expect(cellText(b.wb, t, BIG.wrong.code, 2)).toBe('7.77');
  await until(() => journal.entries().length === 0, 'journal merged');
  const stored = (await (await reader(db)).get(b.drafts.current!.id))!;
  expect(stored.tables[0]!.packed?.count).toBe(a.wb.doc.tables[0]!.rows.length);
});

test('a journal over its quota keeps the edit log instead of the whole draft', async () => {
  const db = freshDb();
  const journal = memoryJournal(4000);
  const a = await tab(db, { journal, delayMs: 60_000 });
  await a.paste(t05Tsv());
  await a.drafts.flush();
  const t = a.wb.doc.tables[0]!.id;
  typeCell(a, t, '2101501', 1, '2,426.90');
  expect(a.drafts.pageHidden()).toBe(true);
  expect(journal.entries().map((e) => e.kind)).toEqual(['edits']);
  a.close();
  const b = await tab(db, { journal });
  expect(cellText(b.wb, t, '2101501', 1)).toBe('2,426.90');
});

test('when even the log cannot hold the changes, the page asks before leaving and both loads say so; an older page\'s entry stays', async () => {
  const db = freshDb();
  const journal = memoryJournal();
  const a = await tab(db, { journal, delayMs: 60_000, journalWholeCells: WHOLE });
  await a.paste(BIG.text);
  await a.drafts.flush();
  const t = a.wb.doc.tables[0]!.id;
  const draft = a.drafts.current!;
  // an entry a previous page left for this draft and that could not be merged then
  journal.write({ kind: 'edits', draftId: draft.id, name: draft.name, baseRevision: draft.revision, fields: { ...draft },
    changes: [{ cells: [{ table: t, row: 5, col: 2, text: '1.00' }], kinds: {} }] }, 'older-page');
  // a single table joins the workbook: not something the edit log can replay
  await a.paste(t05Tsv());
  expect(a.wb.doc.tables.length).toBe(2);
  expect(a.drafts.pageHidden()).toBe(false);
  expect(a.drafts.message?.key).toBe('problem_journal_too_big');
  expect(dt('zh', 'problem_journal_too_big')).toContain('可能尚未保存');
  expect(journal.entries().map((e) => e.kind).sort()).toEqual(['edits', 'lost']);
  a.close();
  const b = await tab(db, { journal });
  await until(() => journal.entries().length === 0, 'journal merged');
  expect(b.drafts.message?.key).toBe('problem_journal_lost');
  expect(dt('zh', 'problem_journal_lost', { name: draft.name })).toContain(draft.name);
  // the older page's edit was merged, not overwritten
  expect(b.wb.doc.tables[0]!.rows[5]!.cells[2]!.text).toBe('1.00');
});

test('the edit log drops what a save covered and is incomplete after a change it cannot express until a save covers it', () => {
  const log = new EditLog();
  const cell = (text: string) => ({ cells: [{ table: 't', row: 0, col: 0, text }], kinds: {} });
  log.add(1, cell('a'));
  log.add(2, cell('b'));
  log.stored(1);
  expect(log.changes()).toEqual([cell('b')]);
  log.add(3, null);
  expect(log.changes()).toBeNull();
  log.add(4, cell('c'));
  log.stored(3);
  expect(log.changes()).toEqual([cell('c')]);
});

test('a change that adds or removes a table is not an edit the log can hold', () => {
  const doc = (n: number) => ({ title: null, department: null, year: null, unit: null, narrative: { text: '', lineMap: [] }, problems: [],
    tables: Array.from({ length: n }, (_, i) => ({ id: `t${i}`, kind: 'unknown' as const, layout: null, title: '', unit: null, year: null, department: null, columns: [], rows: [], notes: [] })) });
  expect(loggedChange(doc(1), doc(2))).toBeNull();
  expect(loggedChange(doc(2), doc(1))).toBeNull();
  expect(loggedChange(doc(1), doc(1))).toEqual({ cells: [], kinds: {} });
});
