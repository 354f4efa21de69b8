// Tables on the wire between the parse worker and the page, in their columnar form (src/engine/columnar): per
// column the flag bytes, the engine's typed arrays and the texts as UTF-16 units with offsets, all transferred, not
// copied; the rows' own fields (code, label, 行次, flags, pane, page, block, group …, never cells) as UTF-8 JSON in
// one transferable buffer cut into chunks, since half a million row objects cloned in one message would be unpacked
// by the page in one long task. The page rebuilds the table a slice at a time (rows, then each column's texts),
// yielding between slices: no Cell, parsed value or Decimal is made on the page until something reads a cell (the
// grid reads the rows it draws). Cells are the parsers' own: texts, values kept as given, placements, absent cells.
import type { Finding } from '../engine/finding.ts';
import type { Table } from '../engine/table.ts';
import { toTransfer, TransferReader, type ColumnsMessage, type RowMeta } from '../engine/columnar/index.ts';
import type { FullCheck } from './model/full-check.ts';

/** Rows per chunk of row fields, and texts decoded per step: one step costs the page a millisecond or two. */
export const WIRE_CHUNK_ROWS = 1_000;
const TEXTS_PER_STEP = 20_000;
/** The page reads for this long before it yields (a frame stays well under the 50 ms of a long task). */
const SLICE_MS = 12;

export interface WireTable {
  readonly form: 'columnar';
  readonly columns: ColumnsMessage;
  readonly rowCount: number;
  /** UTF-8 JSON of the row-field chunks, back to back */
  readonly bytes: Uint8Array;
  /** byte offset where each chunk ends */
  readonly ends: readonly number[];
  /** every buffer the message moves (the columns' arrays and `bytes`) */
  readonly transfer: readonly ArrayBuffer[];
}

/** A table as the worker sends it; its arrays are moved with the message, so the worker drops the table after. */
export function tableToWire(t: Table): WireTable {
  const { message, transfer } = toTransfer(t, { detach: true });
  const { rows, ...columns } = message;
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const ends: number[] = [];
  let size = 0;
  for (let i = 0; i < rows.length; i += WIRE_CHUNK_ROWS) {
    const part = enc.encode(JSON.stringify(rows.slice(i, i + WIRE_CHUNK_ROWS)));
    parts.push(part);
    size += part.length;
    ends.push(size);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { bytes.set(p, at); at += p.length; }
  return { form: 'columnar', columns, rowCount: rows.length, bytes, ends, transfer: [...transfer, bytes.buffer as ArrayBuffer] };
}

/** The buffers to transfer with a message carrying these tables. */
export function wireTransfer(tables: readonly WireTable[]): ArrayBuffer[] {
  return [...new Set(tables.flatMap((t) => t.transfer))];
}

/** Steps the page takes to read these tables (for its progress bar). */
export function wireChunks(tables: readonly WireTable[]): number {
  return tables.reduce((n, t) => n + t.ends.length + Math.max(1, Math.ceil((t.rowCount * t.columns.columns.length) / TEXTS_PER_STEP)), 0);
}

export interface FromWireOptions {
  /** called between slices; resolve to go on (the page paints meanwhile) */
  readonly pause?: () => Promise<void>;
  readonly signal?: AbortSignal;
  /** after each step (a chunk of rows, or TEXTS_PER_STEP texts) */
  readonly onChunk?: () => void;
}

/** The tables back, a slice at a time; null when cancelled on the way. */
export async function tablesFromWire(tables: readonly WireTable[], opts: FromWireOptions = {}): Promise<Table[] | null> {
  const dec = new TextDecoder();
  const out: Table[] = [];
  let sliceStart = performance.now();
  /** after a step: false when cancelled */
  const stepped = async (): Promise<boolean> => {
    opts.onChunk?.();
    if (performance.now() - sliceStart < SLICE_MS) return true;
    if (opts.pause) await opts.pause();
    sliceStart = performance.now();
    return !opts.signal?.aborted;
  };
  for (const t of tables) {
    const reader = new TransferReader(t.columns, t.rowCount);
    let start = 0;
    for (const end of t.ends) {
      reader.addRows(JSON.parse(dec.decode(t.bytes.subarray(start, end))) as RowMeta[]);
      start = end;
      if (!(await stepped())) return null;
    }
    for (let done = false; !done;) {
      done = reader.readTexts(TEXTS_PER_STEP);
      if (!(await stepped())) return null;
    }
    out.push(reader.finish().table);
  }
  return opts.signal?.aborted ? null : out;
}

/** The long lists of a FullCheck travel ahead of it in slices (each message is unpacked in a task of its own). */
export type FindingList = 'ruleFindings' | 'docFindings' | 'snapshot';
const FINDINGS_PER_SLICE = 200;

/** The check without its finding lists, and those lists in slices. */
export function splitCheck(check: FullCheck): { slices: [FindingList, Finding[]][]; bare: FullCheck } {
  const lists: [FindingList, readonly Finding[]][] = [['ruleFindings', check.ruleFindings], ['docFindings', check.docFindings], ['snapshot', check.problemSnapshot.findings]];
  const slices: [FindingList, Finding[]][] = [];
  for (const [list, all] of lists) for (let i = 0; i < all.length; i += FINDINGS_PER_SLICE) slices.push([list, all.slice(i, i + FINDINGS_PER_SLICE)]);
  return { slices, bare: { ...check, ruleFindings: [], docFindings: [], problemSnapshot: { ...check.problemSnapshot, findings: [] } } };
}

/** Collects the slices and puts the check back together. */
export class CheckJoiner {
  private readonly lists: Record<FindingList, Finding[]> = { ruleFindings: [], docFindings: [], snapshot: [] };

  add(list: FindingList, items: readonly Finding[]): void {
    for (const f of items) this.lists[list].push(f);
  }

  join(bare: FullCheck): FullCheck {
    const l = this.lists;
    return { ...bare, ruleFindings: l.ruleFindings, docFindings: l.docFindings, problemSnapshot: { ...bare.problemSnapshot, findings: l.snapshot } };
  }
}
