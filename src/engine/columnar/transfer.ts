// A table as one postMessage payload for a worker: plain data plus ArrayBuffers to transfer (the flag bytes, the
// engine's arrays, the string table as UTF-16 with offsets); the receiver rebuilds an equal table with fromTransfer.
// By default the buffers are copies, so the sender's table stays usable; with `detach` the table's own arrays are
// sent, and after postMessage(message, transfer) the sender must drop that table (its arrays are detached).
import { parseAmount, type CellValue } from '../amount.ts';
import type { ColumnArrays } from '../check/fast-path.ts';
import type { Cell, Placement, Row, Table } from '../table.ts';
import { toColumnar } from './build.ts';
import { columnarOf, ColumnarTable, emptyRowInfo, finishRowInfo, lazyRowFrom, noteRow, type ColumnData, type RowMeta, type RowSource, type TableMeta } from './columnar-table.ts';

/** Plain, structured-cloneable data; typed arrays view the buffers listed in `transfer`. */
export interface ColumnarMessage {
  readonly meta: TableMeta;
  readonly rows: readonly RowMeta[];
  readonly columns: readonly ColumnMessage[];
}

interface ColumnMessage {
  readonly flags: Uint8Array;
  /** the texts as UTF-16 code units, row r in units [offsets[r], offsets[r+1]) */
  readonly units: Uint16Array;
  readonly offsets: Uint32Array;
  readonly amounts: { val: Float64Array; half: Float64Array; kind: Uint8Array; slow: number } | null;
  /** cells kept as given: row, text, value in plain form, placement */
  readonly overrides: readonly (readonly [number, string, PlainValue, Placement | undefined])[];
}

type PlainValue = { kind: 'empty' } | { kind: 'number' | 'percent'; digits: string } | { kind: 'text' | 'placeholder'; text: string };

/** The message for any table (its columnar form when it has one, else converted) and the buffers to transfer. */
export function toTransfer(table: Table, opts: { readonly detach?: boolean } = {}): { message: ColumnarMessage; transfer: ArrayBuffer[] } {
  const own = columnarOf(table);
  const ct = own ?? toColumnar(table);
  // a table converted here is nobody else's: its arrays can go as they are
  const copy = own !== null && opts.detach !== true;
  const take = <A extends Uint8Array | Float64Array>(a: A): A => (copy ? a.slice() as A : a);
  const { rows: _rows, ...meta } = table;
  const rows = table.rows.map((row) => {
    // the row's own fields without reading its lazy cells
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(row)) if (key !== 'cells') out[key] = row[key as keyof typeof row];
    return out as unknown as RowMeta;
  });
  const transfer: ArrayBuffer[] = [];
  const columns = ct.data.map((d): ColumnMessage => {
    const { units, offsets } = encodeTexts(d.texts);
    const a = d.amounts ? { val: take(d.amounts.val), half: take(d.amounts.half), kind: take(d.amounts.kind), slow: d.amounts.slow } : null;
    const flags = take(d.flags);
    transfer.push(flags.buffer as ArrayBuffer, units.buffer as ArrayBuffer, offsets.buffer as ArrayBuffer);
    if (a) transfer.push(a.val.buffer as ArrayBuffer, a.half.buffer as ArrayBuffer, a.kind.buffer as ArrayBuffer);
    return {
      flags, units, offsets, amounts: a,
      overrides: [...(d.overrides ?? [])].map(([r, cell]) => [r, cell.text, plainValue(cell.value), cell.placement] as const),
    };
  });
  return { message: { meta, rows, columns }, transfer: [...new Set(transfer)] };
}

export function fromTransfer(m: ColumnarMessage): ColumnarTable {
  const reader = new TransferReader(m, m.rows.length);
  reader.addRows(m.rows);
  while (!reader.readTexts(Infinity));
  return reader.finish();
}

/** A columnar message without its rows (they travel apart, e.g. as JSON in chunks). */
export type ColumnsMessage = Omit<ColumnarMessage, 'rows'>;

/**
 * Rebuilds a sent table a piece at a time, so a page can read a table of half a million rows between frames: the
 * rows' fields as they come (addRows), then each column's texts `n` at a time (readTexts), then finish. Every step
 * is plain work on the message; when to pause is the caller's choice.
 */
export class TransferReader {
  private readonly source: RowSource = { table: null };
  private readonly rows: Row[] = [];
  private readonly info: ReturnType<typeof emptyRowInfo>;
  private readonly texts: string[][];
  private readonly decoder = new TextDecoder('utf-16le');
  private col = 0;
  private at = 0;

  constructor(private readonly m: ColumnsMessage, private readonly rowCount: number) {
    this.info = emptyRowInfo(rowCount);
    this.texts = m.columns.map(() => new Array<string>(rowCount));
  }

  /** The next rows' own fields, in order. */
  addRows(metas: readonly RowMeta[]): void {
    for (const meta of metas) {
      const r = this.rows.length;
      if (r >= this.rowCount) throw new RangeError('columnar message: more rows than announced');
      this.rows.push(lazyRowFrom(this.source, r, meta));
      noteRow(this.info, r, meta.code, meta.flags, meta.pane);
    }
  }

  /** Decodes up to n more texts (column by column); true once every text is read. */
  readTexts(n: number): boolean {
    let budget = n;
    while (this.col < this.m.columns.length && budget > 0) {
      const { units, offsets } = this.m.columns[this.col]!;
      const end = Math.min(this.rowCount, this.at + budget);
      const base = offsets[this.at]!;
      const all = this.decoder.decode(units.subarray(base, offsets[end]!));
      const out = this.texts[this.col]!;
      for (let r = this.at; r < end; r++) out[r] = all.slice(offsets[r]! - base, offsets[r + 1]! - base);
      budget -= end - this.at;
      this.at = end;
      if (end === this.rowCount) { this.col++; this.at = 0; }
    }
    return this.col >= this.m.columns.length;
  }

  finish(): ColumnarTable {
    if (this.rows.length !== this.rowCount || this.col < this.m.columns.length) throw new RangeError('columnar message: not read to the end');
    const data = this.m.columns.map((c, k): ColumnData => {
      let overrides: Map<number, Cell> | null = null;
      for (const [r, text, value, placement] of c.overrides) {
        (overrides ??= new Map()).set(r, placement === undefined ? { text, value: fromPlain(value) } : { text, value: fromPlain(value), placement });
      }
      const amounts: ColumnArrays | null = c.amounts ? { val: c.amounts.val, half: c.amounts.half, kind: c.amounts.kind, slow: c.amounts.slow } : null;
      return { texts: this.texts[k]!, flags: c.flags, amounts, overrides };
    });
    return new ColumnarTable(this.m.meta, data, this.rows, this.source, finishRowInfo(this.info, this.rowCount));
  }
}

/** The texts as one UTF-16 buffer (one decode on the other side, each text a slice of it) with offsets. */
function encodeTexts(texts: readonly string[]): { units: Uint16Array; offsets: Uint32Array } {
  const offsets = new Uint32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) offsets[i + 1] = offsets[i]! + texts[i]!.length;
  const all = texts.join('');
  const units = new Uint16Array(all.length);
  for (let i = 0; i < all.length; i++) units[i] = all.charCodeAt(i);
  return { units, offsets };
}

function plainValue(v: CellValue): PlainValue {
  if (v.kind === 'number' || v.kind === 'percent') return { kind: v.kind, digits: v.value.toFixed(v.decimals) };
  if (v.kind === 'empty') return { kind: 'empty' };
  return { kind: v.kind, text: v.text };
}

function fromPlain(p: PlainValue): CellValue {
  if ('text' in p) return { kind: p.kind, text: p.text };
  if ('digits' in p) return parseAmount(p.kind === 'percent' ? `${p.digits}%` : p.digits);
  return parseAmount('');
}
