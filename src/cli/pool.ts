// Checks many files in parallel on worker threads (one per core, at most `jobs`), in input order; with one job,
// or where a worker cannot start, in this thread. Only each file's report and year facts are kept, never its
// parsed tables, so memory stays flat over a large batch.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkJob, type CheckedFile, type CheckJob } from './check-file.ts';
import { failedReport } from './report.ts';

type Reply = { index: number; result?: CheckedFile[]; error?: string };

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { entry: new URL('./worker.ts', import.meta.url).href } });
  } catch {
    return null;
  }
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

async function sequential(files: readonly CheckJob[], rules: readonly string[], onDone: (i: number, r: CheckedFile[]) => void): Promise<void> {
  for (let i = 0; i < files.length; i++) onDone(i, await checkJob(files[i]!, rules));
}

/** `files`: the jobs (a file, or a 说明 file with its tables file); each job gives one result, or two when a pair
 *  could not be joined. */
export async function checkFiles(files: readonly CheckJob[], rules: readonly string[], jobs: number,
  onDone: (index: number, result: CheckedFile[]) => void): Promise<void> {
  const n = Math.min(jobs, files.length);
  if (n <= 1) return sequential(files, rules, onDone);
  const workers = Array.from({ length: n }, startWorker).filter((w): w is Worker => w !== null);
  if (workers.length === 0) return sequential(files, rules, onDone);
  let next = 0;
  const pending = new Set<number>();
  await new Promise<void>((resolve, reject) => {
    const feed = (w: Worker) => {
      if (next >= files.length) {
        if (pending.size === 0) resolve();
        return;
      }
      const index = next++;
      pending.add(index);
      w.postMessage({ index, job: files[index], rules });
    };
    for (const w of workers) {
      w.on('message', (m: Reply) => {
        pending.delete(m.index);
        // a file the checker could not finish is reported as such; the batch goes on
        onDone(m.index, m.result ?? [{ report: failedReport(files[m.index]!.file, { code: 'check_failed', severity: 'error', params: { reason: m.error ?? '' } }), facts: null, unreadable: true }]);
        feed(w);
      });
      w.on('error', reject);
      feed(w);
    }
  }).finally(() => Promise.all(workers.map((w) => w.terminate())));
}
