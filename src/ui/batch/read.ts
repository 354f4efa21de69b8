// One file of a batch: its bytes read and handed to the batch worker (or, when no worker can start, processed
// on the main thread between yields). The parsed document never reaches the main thread's state: only the stored
// draft fields, counts and year facts come back. Cancel terminates the worker, so it stops at once.
import { DEFAULT_MAX_BYTES } from '../../paste/decode.ts';
import { isReportFile, type BatchEntry } from './files.ts';
import { processBytes, type CompanionBytes, type ProcessOutcome } from './process.ts';

export type { ProcessOutcome, ProcessedReport } from './process.ts';

type Pending = { resolve: (o: ProcessOutcome) => void; bytes: Uint8Array; entry: BatchEntry; companion?: CompanionBytes };

export class EntryReader {
  private worker: Worker | null = null;
  private failed = false;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly signal: AbortSignal, private readonly makeWorker?: () => Worker) {
    signal.addEventListener('abort', () => this.close(), { once: true });
  }

  /** `companion`: the tables file published apart from this 说明 file (X_tables beside X, or paired by content
   *  with `evidence`), read with it. */
  async read(entry: BatchEntry, companionEntry?: BatchEntry, evidence?: Record<string, string | number>): Promise<ProcessOutcome> {
    const own = await this.bytesOf(entry);
    if (!(own instanceof Uint8Array)) return own;
    const other = companionEntry ? await this.bytesOf(companionEntry) : null;
    const companion = other instanceof Uint8Array
      ? { bytes: other, fileName: companionEntry!.file.name, path: companionEntry!.path, ...(evidence ? { evidence } : {}) } : undefined;
    if (this.signal.aborted) return { kind: 'cancelled' };
    const worker = this.startWorker();
    if (!worker) return processBytes(own, entry.file.name, entry.path, this.signal, companion);
    const id = ++this.seq;
    return new Promise<ProcessOutcome>((resolve) => {
      this.pending.set(id, { resolve, bytes: own, entry, ...(companion ? { companion } : {}) });
      // copied, not transferred: if the worker cannot start, the main thread still has the bytes
      worker.postMessage({ id, bytes: own, fileName: entry.file.name, path: entry.path, companion });
    });
  }

  private async bytesOf(entry: BatchEntry): Promise<Uint8Array | ProcessOutcome> {
    if (!isReportFile(entry.file.name)) return { kind: 'skipped', reason: 'not_a_report_file' };
    if (entry.file.size > DEFAULT_MAX_BYTES) {
      return { kind: 'failed', problem: { code: 'too_large', severity: 'error', params: { bytes: entry.file.size, maxBytes: DEFAULT_MAX_BYTES } } };
    }
    try {
      return new Uint8Array(await entry.file.arrayBuffer());
    } catch {
      return { kind: 'failed', problem: { code: 'file_unreadable', severity: 'error', params: { file: entry.path } } };
    }
  }

  close(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.resolve({ kind: 'cancelled' });
    this.pending.clear();
  }

  private startWorker(): Worker | null {
    if (this.worker || this.failed || !this.makeWorker) return this.worker;
    try {
      const w = this.makeWorker();
      w.onmessage = (e: MessageEvent<{ id: number; out: ProcessOutcome }>) => {
        const p = this.pending.get(e.data.id);
        this.pending.delete(e.data.id);
        p?.resolve(e.data.out);
      };
      w.onerror = (e) => {
        // the worker itself broke (it could not load, say from file://): the main thread takes over
        e.preventDefault();
        this.failed = true;
        this.worker = null;
        w.terminate();
        const held = [...this.pending.values()];
        this.pending.clear();
        for (const p of held) void processBytes(p.bytes, p.entry.file.name, p.entry.path, this.signal, p.companion).then(p.resolve);
      };
      this.worker = w;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }
}
