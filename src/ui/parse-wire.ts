// Tables on the wire between the parse worker and the page. Decimal-backed cells do not survive structured
// cloning, and a million Cell objects cloned in one message would hold the page for one long task. So each
// table travels as its metadata plus its rows as UTF-8 JSON in one transferable buffer, cut into chunks that the
// page turns back into rows a chunk at a time, yielding between chunks (progress paints, Cancel is heard).
// Every Row field is kept (page, block, group …); a cell travels as its text and placement and is re-read by
// the engine's own makeCell/placedCell, as drafts are. This is the one adapter between the two forms: a
// columnar table sent as typed arrays would be one more `WireTable` form handled here and nowhere else.
import type { Finding } from '../engine/finding.ts';
import { makeCell, placedCell, type Placement, type Row, type Table } from '../engine/table.ts';
import type { FullCheck } from './model/full-check.ts';

/** Rows per chunk: one chunk costs the page a millisecond or two to read. */
export const WIRE_CHUNK_ROWS = 1_000;
/** The page reads chunks for this long before it yields (a frame stays well under the 50 ms of a long task). */
const SLICE_MS = 12;

type WireRow = Omit<Row, 'cells'> & { readonly cells: readonly string[]; readonly placements?: readonly string[] };

export interface WireTable {
  readonly form: 'rows-json';
  readonly meta: Omit<Table, 'rows'>;
  /** UTF-8 JSON of the row chunks, back to back (its buffer is transferred, not copied) */
  readonly bytes: Uint8Array;
  /** byte offset where each chunk ends */
  readonly ends: readonly number[];
}

function wireRow(r: Row): WireRow {
  const { cells, ...rest } = r;
  const uncertain = cells.some((c) => c.placement !== undefined && c.placement !== 'exact');
  return { ...rest, cells: cells.map((c) => c.text), ...(uncertain ? { placements: cells.map((c) => c.placement ?? '') } : {}) };
}

function rowOf(w: WireRow): Row {
  const { cells, placements, ...rest } = w;
  return { ...rest, cells: cells.map((text, j) => {
    const p = placements?.[j];
    return p === 'inferred' || p === 'ambiguous' ? placedCell(text, p as Placement) : makeCell(text);
  }) };
}

export function tableToWire(t: Table): WireTable {
  const { rows, ...meta } = t;
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const ends: number[] = [];
  let size = 0;
  for (let i = 0; i < rows.length; i += WIRE_CHUNK_ROWS) {
    const part = enc.encode(JSON.stringify(rows.slice(i, i + WIRE_CHUNK_ROWS).map(wireRow)));
    parts.push(part);
    size += part.length;
    ends.push(size);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { bytes.set(p, at); at += p.length; }
  return { form: 'rows-json', meta, bytes, ends };
}

/** The buffers to transfer with a message carrying these tables. */
export function wireTransfer(tables: readonly WireTable[]): ArrayBuffer[] {
  return tables.map((t) => t.bytes.buffer as ArrayBuffer);
}

export function wireChunks(tables: readonly WireTable[]): number {
  return tables.reduce((n, t) => n + t.ends.length, 0);
}

export interface FromWireOptions {
  /** called between chunks; resolve to go on (the page paints meanwhile) */
  readonly pause?: () => Promise<void>;
  readonly signal?: AbortSignal;
  readonly onChunk?: () => void;
}

/** The tables back, a chunk at a time; null when cancelled on the way. */
export async function tablesFromWire(tables: readonly WireTable[], opts: FromWireOptions = {}): Promise<Table[] | null> {
  const dec = new TextDecoder();
  const out: Table[] = [];
  let sliceStart = performance.now();
  for (const t of tables) {
    const rows: Row[] = [];
    let start = 0;
    for (const end of t.ends) {
      const chunk = JSON.parse(dec.decode(t.bytes.subarray(start, end))) as WireRow[];
      for (const w of chunk) rows.push(rowOf(w));
      start = end;
      opts.onChunk?.();
      if (performance.now() - sliceStart < SLICE_MS) continue;
      if (opts.pause) await opts.pause();
      if (opts.signal?.aborted) return null;
      sliceStart = performance.now();
    }
    out.push({ ...t.meta, rows });
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
