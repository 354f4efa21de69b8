// Checking packed rows read back from storage: every array as long as the rows, every length summing to its
// string, every mark known. Anything else means the record is damaged: restore refuses the whole draft (it is
// then listed as unreadable, with its raw data) rather than dropping a table or reading texts out of place.
import type { RowFlag } from '../engine/table.ts';
import { MARK_ABSENT, type PackedColumn, type PackedExtra, type PackedRows } from './packed.ts';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function sumsTo(lens: Uint32Array | Int32Array, total: number): boolean {
  let n = 0;
  for (let i = 0; i < lens.length; i++) if (lens[i]! > 0) n += lens[i]!;
  return n === total;
}

function column(v: unknown, count: number): PackedColumn | null {
  if (!isObj(v) || typeof v.texts !== 'string' || !(v.lens instanceof Uint32Array) || !(v.marks instanceof Uint8Array)) return null;
  if (v.lens.length !== count || v.marks.length !== count || !sumsTo(v.lens, v.texts.length)) return null;
  for (let i = 0; i < count; i++) if (v.marks[i]! > MARK_ABSENT) return null;
  return { texts: v.texts, lens: v.lens, marks: v.marks };
}

function extra(v: unknown, count: number): PackedExtra | null {
  if (!isObj(v) || typeof v.row !== 'number' || !Number.isInteger(v.row) || v.row < 0 || v.row >= count) return null;
  const e: PackedExtra = { row: v.row };
  if (Array.isArray(v.flags)) e.flags = v.flags.filter((f): f is RowFlag => typeof f === 'string');
  if (typeof v.pane === 'number') e.pane = v.pane;
  if (typeof v.block === 'string') e.block = v.block;
  if (Array.isArray(v.group)) e.group = v.group.filter((g): g is string => typeof g === 'string');
  return e;
}

/** The packed rows of a table `width` columns wide, or null when they are damaged. */
export function restorePacked(v: unknown, width: number): PackedRows | null {
  if (!isObj(v) || typeof v.count !== 'number' || !Number.isInteger(v.count) || v.count < 0 || !Array.isArray(v.columns)) return null;
  const count = v.count;
  if (v.columns.length !== width) return null;
  const columns = v.columns.map((c) => column(c, count));
  if (columns.some((c) => c === null)) return null;
  if (typeof v.codes !== 'string' || !(v.codeLens instanceof Int32Array) || v.codeLens.length !== count || !sumsTo(v.codeLens, v.codes.length)) return null;
  if (typeof v.labels !== 'string' || !(v.labelLens instanceof Uint32Array) || v.labelLens.length !== count || !sumsTo(v.labelLens, v.labels.length)) return null;
  if (!(v.lineNos instanceof Float64Array) || v.lineNos.length !== count) return null;
  const src = v.sourceLines;
  if (src !== null && !(src instanceof Float64Array && src.length === count)) return null;
  if (!Array.isArray(v.extras)) return null;
  const extras = v.extras.map((e) => extra(e, count));
  if (extras.some((e) => e === null)) return null;
  return {
    count, columns: columns as PackedColumn[], codes: v.codes, codeLens: v.codeLens, labels: v.labels, labelLens: v.labelLens,
    lineNos: v.lineNos, sourceLines: src, extras: extras as PackedExtra[],
  };
}
