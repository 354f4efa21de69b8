// Parsing and the full check off the main thread: a Web Worker per parse (one kept between parses), terminated at
// once by Cancel; the workbook is not touched until the whole result is in. The page only turns the transferred
// tables back into rows, a chunk at a time (parse-wire.ts). Where no worker can start (no Worker, a blocked script,
// a CSP without blob: workers as in the single file opened from disk), the parse runs on the page in chunks that
// yield between them, then the check, and the result carries a `worker_unavailable` notice. PDFs are read on the
// page (pdf.js runs its own worker; their pages must reach the findings) and checked by the workbench.
import type { ParsedDocument, ParseProblem, ParseResult } from '../engine/document.ts';
import { parseInput, type PasteInput } from '../paste/index.ts';
import type { PdfLoader } from '../paste/pdf/index.ts';
import { fullCheck, type FullCheck } from './model/full-check.ts';
import type { ParsePhase, ParseRequest, WorkerMessage } from './parse-protocol.ts';
import { CheckJoiner, tablesFromWire, wireChunks } from './parse-wire.ts';
import { isPdfInput, takeWorker, releaseWorker } from './parse-workers.ts';

export interface ParseAndCheckOptions {
  readonly signal?: AbortSignal;
  readonly pdf?: PdfLoader;
  /** rule ids switched off in the workbench */
  readonly disabled?: readonly string[];
  readonly onProgress?: (phase: ParsePhase, done: number, total: number) => void;
}

/** A parsed document and its full check (null: the workbench checks it when it loads it, as for a PDF). */
export interface Opened {
  readonly doc: ParsedDocument;
  readonly check: FullCheck | null;
}

const CANCELLED: ParseResult<never> = { ok: false, reason: { code: 'cancelled', severity: 'info' } };
const UNAVAILABLE: ParseProblem = { code: 'worker_unavailable', severity: 'info' };

const failed = (reason: string): ParseResult<never> => ({ ok: false, reason: { code: 'check_failed', severity: 'error', params: { reason } } });

/** Lets the page paint and handle input (Cancel) between chunks of work. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function parseAndCheck(input: PasteInput, opts: ParseAndCheckOptions = {}): Promise<ParseResult<Opened>> {
  if (opts.signal?.aborted) return CANCELLED;
  const progress = (phase: ParsePhase) => (done: number, total: number) => opts.onProgress?.(phase, done, total);
  if (isPdfInput(input)) {
    const r = await parseInput(input, { signal: opts.signal, pdf: opts.pdf, onProgress: progress('parse') });
    return r.ok ? { ok: true, value: { doc: r.value, check: null }, problems: r.problems } : r;
  }
  const w = await takeWorker();
  if (opts.signal?.aborted) { if (w) releaseWorker(w); return CANCELLED; }
  if (!w) return onPage(input, opts);
  return inWorker(w, input, opts);
}

function inWorker(w: Worker, input: PasteInput, opts: ParseAndCheckOptions): Promise<ParseResult<Opened>> {
  return new Promise((resolve, reject) => {
    const detach = () => opts.signal?.removeEventListener('abort', abort);
    const abort = () => { detach(); w.terminate(); resolve(CANCELLED); };
    opts.signal?.addEventListener('abort', abort, { once: true });
    const joiner = new CheckJoiner();
    w.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.type === 'ready') return;
      if (m.type === 'findings') { joiner.add(m.list, m.items); return; }
      if (m.type === 'progress') { opts.onProgress?.(m.phase, m.done, m.total); return; }
      detach();
      if (m.type === 'crashed') { w.terminate(); resolve(failed(m.message)); return; }
      releaseWorker(w);
      if (m.type === 'failed') { resolve({ ok: false, reason: m.reason }); return; }
      const { tables: wire, ...rest } = m.doc;
      let loaded = 0;
      const total = wireChunks(wire);
      opts.onProgress?.('load', 0, total);
      tablesFromWire(wire, { pause: yieldToPage, signal: opts.signal, onChunk: () => opts.onProgress?.('load', ++loaded, total) })
        .then((tables) => {
          if (!tables) { resolve(CANCELLED); return; }
          const doc: ParsedDocument = { ...rest, tables };
          resolve({ ok: true, value: { doc, check: joiner.join(m.check) }, problems: doc.problems });
        }, reject);
    };
    // a worker that started and then died (out of memory) is not retried on the page, which it would freeze;
    // the reviewer is told, and the workbook stays as it was
    w.onerror = (e) => { e.preventDefault(); detach(); w.terminate(); resolve(failed(e.message || 'worker stopped')); };
    const request: ParseRequest = { input, disabled: opts.disabled ?? [] };
    // a file's bytes are handed over, not copied (the page keeps them only for PDFs, which stay on the page)
    const bytes = input.bytes;
    const transfer = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
    w.postMessage(request, transfer);
  });
}

/** No worker: the parse yields between chunks (the progress bar paints, Cancel is heard), then the check runs. */
async function onPage(input: PasteInput, opts: ParseAndCheckOptions): Promise<ParseResult<Opened>> {
  const r = await parseInput(input, { signal: opts.signal, onProgress: (done, total) => opts.onProgress?.('parse', done, total) });
  if (!r.ok) return r;
  opts.onProgress?.('check', 0, 0);
  await yieldToPage();
  if (opts.signal?.aborted) return CANCELLED;
  const doc: ParsedDocument = { ...r.value, problems: [UNAVAILABLE, ...r.value.problems] };
  const check = fullCheck(doc, opts.disabled ?? []);
  // a Cancel clicked while the check held the page is handled now, before the result is taken
  await yieldToPage();
  if (opts.signal?.aborted) return CANCELLED;
  return { ok: true, value: { doc, check }, problems: doc.problems };
}
