// The batch reader: a report processed on the main thread when no worker is given, the main thread taking over
// when the worker cannot start, Cancel resolving a file the worker still holds at once, non-report and oversized
// files answered without reading them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { EntryReader } from '../../../src/ui/batch/read.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TEXT = readFileSync(join(ROOT, 'test/fixtures/corpus/putuo_guihuaziyuan_2024.txt'));
const entry = (name: string, data: BlobPart = TEXT) => ({ path: `d/${name}`, file: new File([data], name) });

class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly behaviour: 'fail' | 'silent') {}
  postMessage(): void {
    if (this.behaviour === 'fail') setTimeout(() => this.onerror?.({ preventDefault() {}, message: 'cannot load' } as ErrorEvent), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

test('without a worker the report is read, checked and its draft fields made on the main thread', async () => {
  const out = await new EntryReader(new AbortController().signal).read(entry('a.txt'));
  if (out.kind !== 'report') throw new Error(out.kind);
  expect([out.facts.department, out.facts.year, out.name, out.recognised]).toEqual(['上海市普陀区规划和自然资源局', 2024, '上海市普陀区规划和自然资源局 2024', 9]);
  expect(out.fields.tables).toHaveLength(out.tables);
  expect(out.counts.error + out.counts.warning + out.counts.info).toBeGreaterThan(0);
  // what a worker sends back is plain data: it survives structured clone unchanged (no Decimal, no class)
  expect(structuredClone(out)).toStrictEqual(out);
});

test('a worker that cannot start: the main thread takes the file over', async () => {
  const out = await new EntryReader(new AbortController().signal, () => new FakeWorker('fail') as unknown as Worker).read(entry('a.txt'));
  expect(out.kind).toBe('report');
});

test('Cancel resolves the file the worker holds at once and ends the worker', async () => {
  const controller = new AbortController();
  const worker = new FakeWorker('silent');
  const pending = new EntryReader(controller.signal, () => worker as unknown as Worker).read(entry('a.txt'));
  setTimeout(() => controller.abort(), 10);
  expect((await pending).kind).toBe('cancelled');
  expect(worker.terminated).toBe(true);
});

test('non-report files are skipped unread; an unreadable one fails with its reason', async () => {
  const reader = new EntryReader(new AbortController().signal);
  expect(await reader.read(entry('notes.md'))).toEqual({ kind: 'skipped', reason: 'not_a_report_file' });
  const bad = await reader.read(entry('broken.xlsx', 'not a workbook'));
  expect(bad.kind).toBe('failed');
  const empty = await reader.read(entry('empty.txt', ''));
  expect(empty).toMatchObject({ kind: 'failed', problem: { code: 'empty_input' } });
});
