// The parse Web Worker: the same pure parseInput and the same full check as the page, run where a 50 MB paste
// or a big workbook cannot freeze the page. Tables travel as WireTables (parse-wire.ts) whose buffers are
// transferred; findings are plain data. A Cancel terminates this worker outright.
import { parseInput } from '../paste/index.ts';
import { fullCheck } from './model/full-check.ts';
import { splitCheck, tableToWire, wireTransfer } from './parse-wire.ts';
import type { ParseRequest, WorkerMessage } from './parse-protocol.ts';

const scope = self as unknown as { postMessage(m: WorkerMessage, transfer?: Transferable[]): void };
const post = (m: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<ParseRequest>) => {
  try {
    const r = await parseInput(e.data.input, { onProgress: (done, total) => post({ type: 'progress', phase: 'parse', done, total }) });
    if (!r.ok) { post({ type: 'failed', reason: r.reason }); return; }
    post({ type: 'progress', phase: 'check', done: 0, total: 0 });
    const check = fullCheck(r.value, e.data.disabled);
    const { tables, ...rest } = r.value;
    const wire = tables.map(tableToWire);
    // thousands of findings cloned in one message would be unpacked by the page in one long task
    const { slices, bare } = splitCheck(check);
    for (const [list, items] of slices) post({ type: 'findings', list, items });
    post({ type: 'parsed', doc: { ...rest, tables: wire }, check: bare }, wireTransfer(wire));
  } catch (err) {
    post({ type: 'crashed', message: err instanceof Error ? err.message : String(err) });
  }
};

// evaluated: tells the page this worker started (an error before this means it could not start at all)
post({ type: 'ready' });
