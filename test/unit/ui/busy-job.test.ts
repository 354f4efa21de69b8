// The export buttons' busy/failed state (src/ui/exports/busy-job.svelte.ts), shared by the export menu and the batch.
import { expect, test, vi } from 'vitest';
import { BusyJob } from '../../../src/ui/exports/busy-job.svelte.ts';

test('busy while a job runs, not failed when it succeeds', async () => {
  const task = new BusyJob();
  let release!: () => void;
  const done = task.run(() => new Promise<void>((r) => { release = r; }));
  expect(task.busy).toBe(true);
  release();
  await done;
  expect([task.busy, task.failed]).toEqual([false, false]);
});

test('a job that throws (at once or later) shows failed; the next job clears it', async () => {
  const task = new BusyJob();
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  await task.run(() => { throw new Error('boom'); });
  expect([task.busy, task.failed]).toEqual([false, true]);
  await task.run(async () => { await Promise.resolve(); throw new Error('later'); });
  expect(task.failed).toBe(true);
  expect(log).toHaveBeenCalledTimes(2);
  await task.run(() => {});
  expect(task.failed).toBe(false);
  log.mockRestore();
});
