// A CLI worker thread: checks the files it is sent, one at a time, and posts each result back.
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check-file.ts';

parentPort?.on('message', (msg: { index: number; file: string; rules: readonly string[] }) => {
  checkFile(msg.file, msg.rules)
    .then((result) => parentPort!.postMessage({ index: msg.index, result }))
    .catch((e: unknown) => parentPort!.postMessage({ index: msg.index, error: e instanceof Error ? e.message : String(e) }));
});
