// The drafts layer over a real workbench and fake-indexeddb: autosave, reopening, snapshots before large
// pastes, restoring, the sample, rename, duplicate, delete and undo.
import { afterEach, expect, test, vi } from 'vitest';
import { AUTOSAVE_MAX_MS, AUTOSAVE_MS } from '../../../src/ui/drafts/drafts.svelte.ts';
import { findingId } from '../../../src/ui/model/findings-view.ts';
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

const PUTUO = () => corpusText('putuo_caizhengju_2024.txt');
const t05Of = (t: Tab) => t.wb.doc.tables.find((x) => x.kind === 'T05')!.id;

test('a first visit shows the sample and stores nothing until the reviewer changes it', async () => {
  const a = await tab(freshDb());
  expect(a.wb.isSample).toBe(true);
  expect(a.drafts.status).toBe('idle');
  await a.drafts.flush();
  expect(a.drafts.list).toEqual([]);
});

test('a pasted report is autosaved as a draft and a new tab reopens it with the same findings', async () => {
  const db = freshDb();
  const a = await tab(db);
  await a.paste(PUTUO());
  await until(() => a.drafts.status === 'saved', 'autosave');
  expect(a.drafts.current).toMatchObject({ name: '上海市普陀区财政局 2024', department: '上海市普陀区财政局', year: 2024 });
  expect(a.drafts.list.map((d) => d.id)).toEqual([a.drafts.current!.id]);
  expect(a.drafts.list[0]!.counts).toEqual(a.wb.counts);

  const b = await tab(db);
  expect(b.drafts.current!.id).toBe(a.drafts.current!.id);
  expect(b.wb.isSample).toBe(false);
  expect(b.wb.findings.map(findingId).sort()).toEqual(a.wb.findings.map(findingId).sort());
});

test('a typed cell is saved after the autosave delay and survives closing the tab', async () => {
  const db = freshDb();
  const a = await tab(db);
  await a.paste(PUTUO());
  await until(() => a.drafts.status === 'saved');
  const t05 = t05Of(a);
  const code = a.wb.doc.tables.find((x) => x.id === t05)!.rows.find((r) => r.code && r.code.length === 7)!.code!;
  typeCell(a, t05, code, 1, '9,999.99');
  expect(a.drafts.status).toBe('dirty');
  await until(() => a.drafts.status === 'saved', 'autosave after typing');
  a.close();
  const b = await tab(db);
  expect(cellText(b.wb, t05, code, 1)).toBe('9,999.99');
});

test('reloading the tab reopens the draft it had open, not the newest one', async () => {
  const db = freshDb();
  const a = await tab(db);
  await a.paste(PUTUO());
  await until(() => a.drafts.status === 'saved');
  const first = a.drafts.current!.id;
  await a.drafts.newDraft();
  await a.paste(t05Tsv());
  await until(() => a.drafts.status === 'saved');
  expect(a.drafts.current!.id).not.toBe(first);
  await a.drafts.open(first);
  a.close();
  const memory = { id: first as string | null, get() { return this.id; }, set(v: string | null) { this.id = v; } };
  const reloaded = await tab(db, { memory });
  expect(reloaded.drafts.current!.id).toBe(first);
});

test('a report pasted over a draft is snapshotted first, and restoring the snapshot brings the old workbook back', async () => {
  const a = await tab(freshDb());
  await a.paste(t05Tsv());
  await until(() => a.drafts.status === 'saved');
  const t05 = a.wb.doc.tables[0]!.id;
  typeCell(a, t05, '2101501', 1, '2,426.90'); // unsaved when the report arrives: the snapshot still has it
  await a.paste(PUTUO());
  await until(() => a.drafts.status === 'saved');
  await a.drafts.refreshSnapshots();
  expect(a.drafts.snapshots.map((s) => s.reason)).toEqual(['before_paste']);
  expect(a.drafts.snapshots[0]!.draft.tables.map((t) => t.id)).toEqual([t05]);

  await a.drafts.restoreSnapshot(a.drafts.snapshots[0]!.id);
  expect(a.wb.doc.tables.map((t) => t.id)).toEqual([t05]);
  expect(cellText(a.wb, t05, '2101501', 1)).toBe('2,426.90');
  expect(a.drafts.message).toMatchObject({ kind: 'info', key: 'info_restored' });
  expect(a.drafts.snapshots.map((s) => s.reason)).toEqual(['before_restore', 'before_paste']);
});

test('a snapshot on demand is listed with the draft and an opened file is snapshotted as an import', async () => {
  const a = await tab(freshDb());
  await a.paste(t05Tsv());
  await until(() => a.drafts.status === 'saved');
  await a.drafts.takeSnapshot();
  expect(a.drafts.message?.key).toBe('info_snapshot');
  a.drafts.expectFile();
  await a.wb.ingest.fromFiles([new File([PUTUO()], 'putuo.txt')]);
  a.sync();
  await until(() => a.drafts.status === 'saved');
  await a.drafts.refreshSnapshots();
  expect(a.drafts.snapshots.map((s) => s.reason)).toEqual(['before_import', 'manual']);
});

test('loading the sample leaves the draft (its pending edit saved) and edits to the sample start a new draft', async () => {
  const a = await tab(freshDb());
  await a.paste(t05Tsv());
  await until(() => a.drafts.status === 'saved');
  const first = a.drafts.current!.id;
  const t05 = a.wb.doc.tables[0]!.id;
  typeCell(a, t05, '2101501', 1, '2,426.90');
  await a.wb.ingest.loadSample();
  a.sync();
  expect(a.drafts.current).toBeNull();
  await a.drafts.flush();
  await a.drafts.refreshList();
  expect(a.drafts.list.map((d) => d.id)).toEqual([first]);
  expect(a.drafts.list[0]!.tables[0]!.rows.some((r) => r.cells.includes('2,426.90'))).toBe(true);

  typeCell(a, t05Of(a), '2101501', 1, '1.00');
  await until(() => a.drafts.status === 'saved');
  expect(a.drafts.current!.id).not.toBe(first);
  expect(a.drafts.current!.name).toBe('赣州市医疗保障局 2023');
});

test('rename, duplicate and search work on the list; renaming the open draft does not conflict with its next save', async () => {
  const a = await tab(freshDb());
  await a.paste(PUTUO());
  await until(() => a.drafts.status === 'saved');
  const id = a.drafts.current!.id;
  await a.drafts.rename(id, '普陀财政局复核');
  await a.drafts.duplicate(id);
  expect(a.drafts.list.map((d) => d.name).sort()).toEqual(['普陀财政局复核', '普陀财政局复核（副本）']);
  typeCell(a, t05Of(a), a.wb.doc.tables.find((x) => x.kind === 'T05')!.rows.find((r) => r.code?.length === 7)!.code!, 1, '1.00');
  await until(() => a.drafts.status === 'saved');
  expect(a.drafts.conflict).toBeNull();
  await a.drafts.search('副本');
  expect(a.drafts.list.map((d) => d.name)).toEqual(['普陀财政局复核（副本）']);
  await a.drafts.search('2024');
  expect(a.drafts.list).toHaveLength(2);
});

test('deleting the open draft shows the sample and 撤销 brings the draft back into the workbench', async () => {
  const a = await tab(freshDb());
  await a.paste(PUTUO());
  await until(() => a.drafts.status === 'saved');
  const id = a.drafts.current!.id;
  await a.drafts.remove(id);
  expect(a.drafts.list).toEqual([]);
  expect(a.wb.isSample).toBe(true);
  expect(a.drafts.undo).toMatchObject({ id, wasCurrent: true });
  await a.drafts.undoRemove();
  expect(a.drafts.current!.id).toBe(id);
  expect(a.wb.doc.department).toBe('上海市普陀区财政局');
  expect(a.drafts.list.map((d) => d.id)).toEqual([id]);
});

test('autosave waits for a pause in typing, but never longer than its maximum since the first unsaved change', async () => {
  const a = await tab(freshDb(), { delayMs: AUTOSAVE_MS });
  await a.paste(t05Tsv());
  await a.drafts.flush();
  const t05 = a.wb.doc.tables[0]!.id;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  try {
    const flush = vi.spyOn(a.drafts, 'flush').mockResolvedValue(undefined);
    const step = AUTOSAVE_MS - 100; // typing goes on, each change before the pause would trigger a save
    let t = 0;
    for (let i = 0; t < 2 * AUTOSAVE_MAX_MS; i++, t += step) {
      typeCell(a, t05, '2101501', 1, `2,426.${10 + i}`);
      vi.advanceTimersByTime(step);
      if (t + step < AUTOSAVE_MAX_MS) expect(flush).not.toHaveBeenCalled();
    }
    expect(flush).toHaveBeenCalled();
  } finally {
    vi.useRealTimers();
  }
});
