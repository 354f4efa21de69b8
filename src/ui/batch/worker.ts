// The batch worker: parses and checks one report at a time off the main thread, so the page stays responsive
// while a folder is read. Messages: { id, bytes, fileName, path, companion? } in, { id, out: ProcessOutcome } back.
import { processBytes, type CompanionBytes } from './process.ts';

interface Job {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly path: string;
  readonly companion?: CompanionBytes;
}

self.onmessage = async (e: MessageEvent<Job>) => {
  const { id, bytes, fileName, path, companion } = e.data;
  try {
    self.postMessage({ id, out: await processBytes(bytes, fileName, path, undefined, companion) });
  } catch (err) {
    self.postMessage({ id, out: { kind: 'failed', problem: { code: 'check_failed', severity: 'error', params: { reason: err instanceof Error ? err.message : String(err) } } } });
  }
};
