// One pane of a grid row as the table reads it: its descriptor (code and label), 行次 and, per value column, the
// grid column its value is in. A row is read through RowCells: the row's strings (HTML, worksheets, a row moved
// or trimmed), or a pasted TSV row read as spans of the text, so an amount's string is never made.
import type { GridColumn } from './columns.ts';
import { readDescriptor } from './codes.ts';
import { SPAN, type OffsetGrid } from './row-source.ts';

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
const HEADER_ONLY = /^(?:栏次|行次)$/;

/** A grid row's cells, trimmed and padded to the grid's width as the table reads them. */
export interface RowCells {
  /** is cell j non-blank? */
  has(j: number): boolean;
  /** cell j's text ('' when blank) */
  text(j: number): string;
}

export class StringCells implements RowCells {
  constructor(readonly row: readonly string[]) {}
  has(j: number): boolean { return this.row[j] !== ''; }
  text(j: number): string { return this.row[j]!; }
}

/** Row i of a pasted TSV, read in place: one instance moved from row to row, each cell's trimmed span found once. */
export class SpanCells implements RowCells {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** per cell: −1 quoted (its value is not a span), else 0 */
  private readonly quoted: Int8Array;
  private i = 0;
  constructor(readonly grid: OffsetGrid, readonly width: number) {
    this.starts = new Int32Array(width);
    this.ends = new Int32Array(width);
    this.quoted = new Int8Array(width);
  }

  /** Reads row i's spans. */
  load(i: number): this {
    this.i = i;
    for (let j = 0; j < this.width; j++) {
      if (this.grid.trimmedSpan(i, j)) { this.starts[j] = SPAN.start; this.ends[j] = SPAN.end; this.quoted[j] = 0; }
      else this.quoted[j] = -1;
    }
    return this;
  }

  has(j: number): boolean {
    return this.quoted[j] === 0 ? this.ends[j]! > this.starts[j]! : this.grid.cell(this.i, j).trim() !== '';
  }

  text(j: number): string {
    return this.quoted[j] === 0 ? this.grid.text.slice(this.starts[j], this.ends[j]) : this.grid.cell(this.i, j).trim();
  }
}

/** One pane of a grid row; `values[k]` is the grid column of value column k's cell (−1 = blank) in grid row `vrow`. */
export interface PaneRow {
  code: string | null; codeText: string; label: string; lineNo: string;
  values: number[] | null; vrow: number; filled: number; pane: number; line: number;
}

/** Per grid column: its slot among the value columns, or −1; readPane fills rows without temporary maps. */
export interface PaneLayout { readonly cols: readonly GridColumn[]; readonly slot: Int32Array; readonly slots: number }

export function readPane(cells: RowCells, vrow: number, layout: PaneLayout, pane: number, line: number): PaneRow | null {
  let desc: string[] | null = null;
  let lineNo = '';
  let values: number[] | null = null;
  let filled = 0;
  for (const c of layout.cols) {
    if (c.pane !== pane || !cells.has(c.index)) continue;
    if (c.role === 'desc') (desc ??= []).push(cells.text(c.index));
    else if (c.role === 'lineNo') lineNo = cells.text(c.index);
    else if (c.role === 'amount' || c.role === 'text') {
      (values ??= blankSlots(layout.slots))[layout.slot[c.index]!] = c.index;
      filled++;
    }
  }
  if (desc === null && lineNo === '' && filled === 0) return null;
  // header words leaking into data (`⇥⇥栏次⇥⇥合计⇥⇥`): 栏次 is no label, a lone 合计 under an amount header is one
  const descs = desc ?? [];
  let kept = descs.some(isHeaderWord) ? descs.filter((t) => !isHeaderWord(t)) : descs;
  if (kept.length === 0 && values) {
    kept = [];
    for (let k = 0; k < values.length; k++) {
      if (values[k]! < 0) continue;
      const t = cells.text(values[k]!);
      if (/^(?:合计|总计)$/.test(squash(t))) { kept.push(t); values[k] = -1; filled--; }
    }
  }
  const d = readDescriptor(kept.length > 0 ? kept : descs);
  return { code: d.code, codeText: d.codeText, label: d.label, lineNo, values: filled > 0 ? values : null, vrow, filled, pane, line };
}

/** A small packed array of −1s (a typed array per row costs more to make than it saves). */
function blankSlots(n: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(-1);
  return out;
}

const isHeaderWord = (t: string) => t.includes('次') && HEADER_ONLY.test(squash(t));

/** The one non-blank cell of a row of `width` cells, or null when there are none or several. */
export function onlyFilled(cells: RowCells, width: number): string | null {
  let found = -1;
  for (let j = 0; j < width; j++) {
    if (!cells.has(j)) continue;
    if (found >= 0) return null;
    found = j;
  }
  return found >= 0 ? cells.text(found) : null;
}

/**
 * Values printed on their own line under a bare label (`科目名称` then `⇥⇥12.00⇥…` on the next line, single-pane
 * tables): `b` joins `a`, the last row kept.
 */
export function joinsDetached(a: PaneRow, b: PaneRow): boolean {
  const aBare = a.filled === 0 && a.lineNo === '' && (a.label !== '' || a.code !== null);
  const bBare = b.code === null && b.label === '' && b.lineNo === '' && b.filled > 0;
  return aBare && bBare;
}
