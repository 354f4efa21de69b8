// Where no Web Worker can start (here: Node, which has no Worker global), the parse and the check run on the main
// thread and the result says so: the reviewer is told why the page may pause and Cancel waits for a step.
import { expect, test } from 'vitest';
import { parseAndCheck } from '../../../src/ui/parse-client.ts';
import { describeProblem } from '../../../src/ui/messages/index.ts';

test('without a worker the parse and the check still complete, with a worker_unavailable notice first', async () => {
  expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
  const phases: string[] = [];
  const r = await parseAndCheck({ text: '项目\t合计\t基本支出\t项目支出\n行政运行\t3.00\t1.00\t1.00' }, { onProgress: (phase) => phases.push(phase) });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value.doc.tables).toHaveLength(1);
  expect(r.value.doc.problems[0]).toEqual({ code: 'worker_unavailable', severity: 'info' });
  expect(describeProblem(r.value.doc.problems[0]!, 'zh')).toContain('后台解析线程');
  expect(r.value.check).not.toBeNull();
  expect(phases.at(-1)).toBe('check');
});

test('a cancelled parse reports cancelled before any work starts', async () => {
  const c = new AbortController();
  c.abort();
  expect(await parseAndCheck({ text: 'x' }, { signal: c.signal })).toMatchObject({ ok: false, reason: { code: 'cancelled' } });
});

test('a parse cancelled while it runs on the page ends as cancelled, with no document', async () => {
  const c = new AbortController();
  const row = '2010101\t行政运行\t1,234.56\t1,000.00\t234.56\n';
  const text = '科目编码\t科目名称\t合计\t基本支出\t项目支出\n' + row.repeat(60_000);
  const r = await parseAndCheck({ text }, { signal: c.signal, onProgress: (phase, done) => { if (phase === 'parse' && done > 0) c.abort(); } });
  expect(r).toMatchObject({ ok: false, reason: { code: 'cancelled' } });
});
