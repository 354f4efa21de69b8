// A columnar table as one postMessage payload: plain data plus ArrayBuffers to transfer (the flag bytes, the
// engine's arrays, the string table as UTF-16 with offsets). After `postMessage(message, transfer)` the sender's
// columnar table is unusable (its buffers are detached); the receiver rebuilds an equal one with fromTransfer.
import { parseAmount, type CellValue } from '../amount.ts';
import type { ColumnArrays } from '../check/fast-path.ts';
import type { Cell, Placement } from '../table.ts';
import { ColumnarTable, type RowMeta, type TableMeta } from './columnar-table.ts';

/** Plain, structured-cloneable data; typed arrays view the buffers listed in `transfer`. */
export interface ColumnarMessage {
  readonly meta: TableMeta;
  readonly rows: readonly RowMeta[];
  readonly rowCount: number;
  readonly flags: Uint8Array;
  /** the texts as UTF-16 code units, cell i in units [offsets[i], offsets[i+1]) */
  readonly textUnits: Uint16Array;
  readonly textOffsets: Uint32Array;
  readonly amounts: readonly ({ val: Float64Array; half: Float64Array; kind: Uint8Array; slow: number } | null)[];
  /** cells kept as given: flat index, text, value in plain form, placement */
  readonly overrides: readonly (readonly [number, string, PlainValue, Placement | undefined])[];
}

type PlainValue = { kind: 'empty' } | { kind: 'number' | 'percent'; digits: string } | { kind: 'text' | 'placeholder'; text: string };

export function toTransfer(ct: ColumnarTable): { message: ColumnarMessage; transfer: ArrayBuffer[] } {
  const { rows, ...meta } = ct.table;
  const rowMetas = rows.map((row) => {
    // the row's own fields without touching its lazy cells
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(row)) if (key !== 'cells') out[key] = row[key as keyof typeof row];
    return out as unknown as RowMeta;
  });
  const { units, offsets } = encodeTexts(ct.texts);
  const overrides = [...ct.overrides].map(([i, cell]) => [i, cell.text, plainValue(cell.value), cell.placement] as const);
  const message: ColumnarMessage = {
    meta, rows: rowMetas, rowCount: ct.rowCount, flags: ct.flags, textUnits: units, textOffsets: offsets,
    amounts: ct.amounts.map((a) => (a ? { val: a.val, half: a.half, kind: a.kind, slow: a.slow } : null)),
    overrides,
  };
  const transfer: ArrayBuffer[] = [ct.flags.buffer as ArrayBuffer, units.buffer as ArrayBuffer, offsets.buffer as ArrayBuffer];
  for (const a of ct.amounts) if (a) transfer.push(a.val.buffer as ArrayBuffer, a.half.buffer as ArrayBuffer, a.kind.buffer as ArrayBuffer);
  return { message, transfer: [...new Set(transfer)] };
}

export function fromTransfer(m: ColumnarMessage): ColumnarTable {
  const texts = decodeTexts(m.textUnits, m.textOffsets);
  const overrides = new Map<number, Cell>();
  for (const [i, text, value, placement] of m.overrides) {
    overrides.set(i, placement === undefined ? { text, value: fromPlain(value) } : { text, value: fromPlain(value), placement });
  }
  const amounts: (ColumnArrays | null)[] = m.amounts.map((a) => (a ? { val: a.val, half: a.half, kind: a.kind, slow: a.slow } : null));
  return new ColumnarTable(m.meta, m.rowCount, texts, m.flags, amounts, overrides, m.rows);
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

function decodeTexts(units: Uint16Array, offsets: Uint32Array): string[] {
  const all = new TextDecoder('utf-16le').decode(units);
  const out = new Array<string>(offsets.length - 1);
  for (let i = 0; i + 1 < offsets.length; i++) out[i] = all.slice(offsets[i]!, offsets[i + 1]!);
  return out;
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
