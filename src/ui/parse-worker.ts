// The parse Web Worker: the same pure parseInput as the main thread, run where a 50 MB paste or a big workbook
// cannot freeze the page. Tables travel as their stored texts (Decimal values do not survive structured
// cloning) and are re-parsed by the client; a Cancel terminates this worker outright.
import { parseInput } from '../paste/index.ts';
import { storeTable } from '../store/serialise.ts';
import type { ParseRequest, WorkerMessage } from './parse-protocol.ts';

const post = (m: WorkerMessage) => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(m);

self.onmessage = async (e: MessageEvent<ParseRequest>) => {
  try {
    const r = await parseInput(e.data.input, { onProgress: (done, total) => post({ type: 'progress', done, total }) });
    if (!r.ok) { post({ type: 'failed', reason: r.reason }); return; }
    const { tables, ...rest } = r.value;
    post({ type: 'parsed', doc: { ...rest, tables: tables.map(storeTable) } });
  } catch (err) {
    post({ type: 'crashed', message: err instanceof Error ? err.message : String(err) });
  }
};

// evaluated: tells the page this worker started (an error before this means it could not start at all)
post({ type: 'ready' });
