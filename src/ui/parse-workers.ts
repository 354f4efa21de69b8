// The parse worker's lifecycle: one worker kept between parses (starting one costs its module load), a worker
// handed out only once it has said it started, and a cancelled or crashed one terminated by its caller.
import type { PasteInput } from '../paste/index.ts';
import type { WorkerMessage } from './parse-protocol.ts';

type WorkerCtor = new () => Worker;

/** How long a new worker may take to evaluate its script before the page parses without it. */
const START_TIMEOUT_MS = 20_000;

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

let idle: Worker | null = null;
/** a worker being started ahead of the first paste (prewarmWorker) */
let warming: Promise<void> | null = null;

/** A started worker, or null when none can start here (no Worker, a blocked script, a CSP refusing it). */
export async function takeWorker(): Promise<Worker | null> {
  if (warming) await warming;
  const w = idle;
  idle = null;
  return w ?? startWorker();
}

async function startWorker(): Promise<Worker | null> {
  const Ctor = await workerClass();
  let fresh: Worker;
  try {
    if (!Ctor) return null;
    fresh = new Ctor();
  } catch {
    return null;
  }
  const ok = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), START_TIMEOUT_MS);
    fresh.onmessage = (e: MessageEvent<WorkerMessage>) => { if (e.data.type === 'ready') { clearTimeout(timer); resolve(true); } };
    fresh.onerror = (e) => { e.preventDefault(); clearTimeout(timer); resolve(false); };
  });
  fresh.onmessage = null;
  fresh.onerror = null;
  if (!ok) fresh.terminate();
  return ok ? fresh : null;
}

/** Keeps a worker that finished for the next parse (one at most). */
export function releaseWorker(w: Worker): void {
  w.onmessage = null;
  w.onerror = null;
  if (idle === null) idle = w;
  else w.terminate();
}

/** A PDF: read on the page with the loader it was given (pdf.js runs its own worker). */
export function isPdfInput(input: PasteInput): boolean {
  const b = input.bytes;
  return /\.pdf$/i.test(input.fileName ?? '') || (b !== undefined && b.length > 4 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46);
}

/** Starts the worker ahead of the first paste (its script is the whole parser and checker), when the page is idle. */
export function prewarmWorker(): void {
  const start = () => {
    if (idle !== null || warming !== null) return;
    warming = startWorker().then((w) => { warming = null; if (w) releaseWorker(w); });
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 5_000 });
  else setTimeout(start, 1_000);
}
