// parseInput off the main thread: a Web Worker per parse, terminated at once by Cancel (the workbook is not
// touched until a result arrives). Where no worker can start (no Worker, or the browser refuses it), the parse
// runs on the page as before and the result says so with a `worker_unavailable` notice.
import type { ParsedDocument, ParseProblem, ParseResult } from '../engine/document.ts';
import { parseInput, type PasteInput, type PasteOptions } from '../paste/index.ts';
import { loadTable } from '../store/serialise.ts';
import type { TransferredDocument, WorkerMessage } from './parse-protocol.ts';

type WorkerCtor = new () => Worker;

const CANCELLED: ParseResult<never> = { ok: false, reason: { code: 'cancelled', severity: 'info' } };
const UNAVAILABLE: ParseProblem = { code: 'worker_unavailable', severity: 'info' };

async function workerClass(): Promise<WorkerCtor | null> {
  if (typeof Worker === 'undefined') return null;
  try {
    // the single file has nowhere to load a worker script from: there the worker is inlined (a blob: URL)
    const mod = __SINGLE_FILE__ ? await import('./parse-worker.ts?worker&inline') : await import('./parse-worker.ts?worker');
    return mod.default as WorkerCtor;
  } catch {
    return null;
  }
}

function restored(doc: TransferredDocument): ParsedDocument {
  return { ...doc, tables: doc.tables.map(loadTable) };
}

/** One worker kept between parses (starting one costs its module load); a cancelled one is terminated. */
let idle: Worker | null = null;
const started = new WeakSet<Worker>();

async function takeWorker(): Promise<Worker | null> {
  const w = idle;
  idle = null;
  if (w) return w;
  const Ctor = await workerClass();
  try {
    return Ctor ? new Ctor() : null;
  } catch {
    return null;
  }
}

function release(w: Worker): void {
  w.onmessage = null;
  w.onerror = null;
  if (idle === null) idle = w;
  else w.terminate();
}

/** A PDF: read on the page with the loader it was given (pdf.js runs its own worker, so the page stays responsive,
 *  and its pages must reach the findings: the worker's transfer keeps cells, not pages). */
function isPdf(input: PasteInput): boolean {
  const b = input.bytes;
  return /\.pdf$/i.test(input.fileName ?? '') || (b !== undefined && b.length > 4 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46);
}

export async function parseOffThread(input: PasteInput, opts: PasteOptions = {}): Promise<ParseResult<ParsedDocument>> {
  if (opts.signal?.aborted) return CANCELLED;
  if (isPdf(input)) return parseInput(input, opts);
  const w = await takeWorker();
  if (!w) return onMainThread(input, opts);
  return new Promise((resolve, reject) => {
    const detach = () => opts.signal?.removeEventListener('abort', abort);
    const abort = () => { detach(); w.terminate(); resolve(CANCELLED); };
    opts.signal?.addEventListener('abort', abort, { once: true });
    w.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.type === 'ready') { started.add(w); return; }
      if (m.type === 'progress') { opts.onProgress?.(m.done, m.total); return; }
      detach();
      if (m.type === 'crashed') { w.terminate(); reject(new Error(m.message)); return; }
      release(w);
      if (m.type === 'parsed') resolve({ ok: true, value: restored(m.doc), problems: m.doc.problems });
      else resolve({ ok: false, reason: m.reason });
    };
    w.onerror = (e) => {
      detach();
      w.terminate();
      // a worker that never said ready could not start (blocked script, CSP): parse here instead; one that
      // started and then died (out of memory) is not retried on the page, which it would freeze
      if (!started.has(w)) { e.preventDefault(); onMainThread(input, opts).then(resolve, reject); return; }
      reject(new Error(e.message));
    };
    w.postMessage({ input });
  });
}

async function onMainThread(input: PasteInput, opts: PasteOptions): Promise<ParseResult<ParsedDocument>> {
  const r = await parseInput(input, opts);
  if (!r.ok) return r;
  return { ok: true, value: { ...r.value, problems: [UNAVAILABLE, ...r.value.problems] }, problems: [UNAVAILABLE, ...r.problems] };
}
