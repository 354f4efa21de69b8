// A CLI worker thread: checks the files (or 说明 + tables pairs) it is sent, one at a time, and posts each result back.
import { parentPort } from 'node:worker_threads';
import { checkJob, type CheckJob } from './check-file.ts';

parentPort?.on('message', (msg: { index: number; job: CheckJob; rules: readonly string[] }) => {
  checkJob(msg.job, msg.rules)
    .then((result) => parentPort!.postMessage({ index: msg.index, result }))
    .catch((e: unknown) => parentPort!.postMessage({ index: msg.index, error: e instanceof Error ? e.message : String(e) }));
});
