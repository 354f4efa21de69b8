// A table as one postMessage payload for a worker: plain data plus ArrayBuffers to transfer (the flag bytes, the
// engine's arrays, the string table as UTF-16 with offsets); the receiver rebuilds an equal table with fromTransfer.
// By default the buffers are copies, so the sender's table stays usable; with `detach` the table's own arrays are
// sent, and after postMessage(message, transfer) the sender must drop that table (its arrays are detached).
import { parseAmount, type CellValue } from '../amount.ts';
import type { ColumnArrays } from '../check/fast-path.ts';
import type { Cell, Placement, Row, Table } from '../table.ts';
import { toColumnar } from './build.ts';
import { encodeTexts, PackedTexts } from './texts.ts';
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
    const { units, offsets } = d.texts instanceof PackedTexts ? d.texts.encode() : encodeTexts(d.texts);
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
  private readonly texts: PackedTexts[];

  constructor(private readonly m: ColumnsMessage, private readonly rowCount: number) {
    this.info = emptyRowInfo(rowCount);
    // the texts stay packed in the sent buffers (each text is made when it is read): nothing to decode up front
    this.texts = m.columns.map((c) => PackedTexts.decode(c.units, c.offsets));
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

  /** Kept for callers that read texts in slices: packed texts need no reading, so this is done at once. */
  readTexts(_n: number): boolean {
    return true;
  }

  finish(): ColumnarTable {
    if (this.rows.length !== this.rowCount) throw new RangeError('columnar message: not read to the end');
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
