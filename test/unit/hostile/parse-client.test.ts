// Where no Web Worker can start (here: Node, which has no Worker global), the parse runs on the main thread and
// its result says so: the reviewer is told why the page may pause and Cancel waits for a step.
import { expect, test } from 'vitest';
import { parseOffThread } from '../../../src/ui/parse-client.ts';
import { describeProblem } from '../../../src/ui/messages/index.ts';

test('without a worker the parse still completes, with a worker_unavailable notice first among its problems', async () => {
  expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
  const r = await parseOffThread({ text: '项目\t合计\t基本支出\n行政运行\t3.00\t1.00' });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value.tables).toHaveLength(1);
  expect(r.value.problems[0]).toEqual({ code: 'worker_unavailable', severity: 'info' });
  expect(describeProblem(r.value.problems[0]!, 'zh')).toContain('后台解析线程');
});

test('a cancelled parse reports cancelled before any work starts', async () => {
  const c = new AbortController();
  c.abort();
  expect(await parseOffThread({ text: 'x' }, { signal: c.signal })).toMatchObject({ ok: false, reason: { code: 'cancelled' } });
});
