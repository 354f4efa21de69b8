// A browser tab for the drafts tests: a real Workbench (real parsing and checks) with its Drafts, wired as
// DraftsHost wires them (observe after every change), against one fake-indexeddb database per test.
import 'fake-indexeddb/auto';
import { parseInput } from '../../../src/paste/index.ts';
import { openStore } from '../../../src/store/index.ts';
import { Workbench } from '../../../src/ui/workbench.svelte.ts';
import { Drafts, readRefs, type DraftsDeps } from '../../../src/ui/drafts/drafts.svelte.ts';
import { memoryOnly, type TabMemory } from '../../../src/ui/drafts/host-io.ts';
import { seed001T05, seedText } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let n = 0;
export const freshDb = () => `gouji-drafts-test-${++n}-${Date.now()}`;

export const corpusText = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/corpus/${name}`, import.meta.url)), 'utf8');

/** 公开05表 of seed 001 as Excel puts it on the clipboard. */
export function t05Tsv(): string {
  const t = seed001T05();
  return ['一般公共预算财政拨款支出决算表', '单位：万元', '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出', '栏次\t\t1\t2\t3',
    ...t.rows.map((r) => r.cells.map((c) => c.text).join('\t'))].join('\n');
}

export interface Tab {
  wb: Workbench;
  drafts: Drafts;
  downloads: { name: string; text: string }[];
  /** what the host's $effect does after the workbench changed */
  sync(): void;
  paste(text: string): Promise<void>;
  close(): void;
}

export async function openTab(db: string, opts: Partial<DraftsDeps> & { memory?: TabMemory; start?: boolean } = {}): Promise<Tab> {
  const wb = new Workbench();
  const downloads: { name: string; text: string }[] = [];
  const sync = () => drafts.observe(readRefs(wb));
  const drafts: Drafts = new Drafts({
    host: wb,
    loadSample: async () => {
      const r = await parseInput({ text: seedText(), fileName: 'sample-report.txt' });
      if (r.ok) wb.load(r.value, { sample: true });
      sync();
    },
    openStore: ({ onBlocking }) => openStore({ name: db, onBlocking }),
    memory: opts.memory ?? memoryOnly(),
    download: (name, text) => downloads.push({ name, text }),
    persist: { request: async () => null, info: async () => ({ persisted: null, usage: null, quota: null }) },
    delayMs: 5,
    ...opts,
  });
  wb.ingest.storesDrafts = () => drafts.stores;
  sync();
  if (opts.start !== false) await drafts.start();
  return {
    wb, drafts, downloads, sync,
    async paste(text) {
      await wb.ingest.fromClipboard({ text });
      sync();
    },
    close() {
      drafts.dispose();
    },
  };
}

/** Waits until the condition holds (autosave and BroadcastChannel delivery are asynchronous). */
export async function until(cond: () => boolean, what = 'condition'): Promise<void> {
  // a generous deadline: this is a wait, not a speed assertion, and CI machines are shared and noisy
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`never happened: ${what}`);
}

export const rowOf = (wb: Workbench, tableId: string, code: string) =>
  wb.doc.tables.find((t) => t.id === tableId)!.rows.findIndex((r) => r.code === code);

export const colOf = (wb: Workbench, tableId: string, colNo: number) =>
  wb.doc.tables.find((t) => t.id === tableId)!.columns.findIndex((c) => c.colNo === colNo);

export const cellText = (wb: Workbench, tableId: string, code: string, colNo: number) =>
  wb.doc.tables.find((t) => t.id === tableId)!.rows[rowOf(wb, tableId, code)]!.cells[colOf(wb, tableId, colNo)]!.text;

/** Types one cell, as the grid reports it. */
export function typeCell(tab: Tab, tableId: string, code: string, colNo: number, text: string): void {
  tab.wb.editCells(tableId, [{ row: rowOf(tab.wb, tableId, code), col: colOf(tab.wb, tableId, colNo), text }]);
  tab.sync();
}
