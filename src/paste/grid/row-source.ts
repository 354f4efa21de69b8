// The rows of a raw grid, read by index. A worksheet or HTML table is an array of string rows; a big pasted TSV is
// kept as offsets into the pasted text (8 bytes a cell) and a row's strings are made only when the row is read,
// so the grid never holds a string per cell next to the table being built from it.
import type { DelimitedReader } from './delimited.ts';

export interface RowSource {
  readonly length: number;
  /** the cells of row i as read (not trimmed or padded) */
  row(i: number): readonly string[];
  /** cell j of row i as read, '' past the row's end */
  cell(i: number, j: number): string;
  /** the 1-based source line where row i starts */
  line(i: number): number;
  /** the widest row */
  width(): number;
}

export function arrayRows(rows: readonly (readonly string[])[], lines?: readonly number[]): RowSource {
  return {
    length: rows.length,
    row: (i) => rows[i]!,
    cell: (i, j) => rows[i]![j] ?? '',
    line: (i) => lines?.[i] ?? i + 1,
    width: () => rows.reduce((m, r) => Math.max(m, r.length), 0),
  };
}

/** A delimited text's rows as cell offsets; quoted cells (whose value is not a slice of the text) kept as values. */
export class OffsetGrid implements RowSource {
  private starts = new Int32Array(1 << 12);
  private ends = new Int32Array(1 << 12);
  /** first cell of each row, one past the last row at the end */
  private firsts = new Int32Array(1 << 10);
  private lines = new Int32Array(1 << 10);
  private readonly quoted = new Map<number, string>();
  private cells = 0;
  length = 0;
  private readonly sink = {
    span: (a: number, b: number) => { this.push(a, b); },
    value: (v: string) => { this.quoted.set(this.cells, v); this.push(0, 0); },
  };

  constructor(readonly text: string) {}

  /** Reads the reader's next row; false at the end of the text. */
  readRow(reader: DelimitedReader): boolean {
    if (this.length + 1 >= this.firsts.length) {
      this.firsts = grow(this.firsts);
      this.lines = grow(this.lines);
    }
    this.firsts[this.length] = this.cells;
    const line = reader.nextSpans(this.sink);
    if (line < 0) return false;
    this.lines[this.length] = line;
    this.length++;
    this.firsts[this.length] = this.cells;
    return true;
  }

  private push(a: number, b: number): void {
    if (this.cells === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.cells] = a;
    this.ends[this.cells] = b;
    this.cells++;
  }

  row(i: number): string[] {
    const first = this.firsts[i]!;
    const out = new Array<string>(this.firsts[i + 1]! - first);
    for (let j = 0; j < out.length; j++) out[j] = this.cellAt(first + j);
    return out;
  }

  /**
   * Cell j of row i as a span of the text with white space trimmed as String.prototype.trim does, left in SPAN
   * ([0, 0) past the row's end); false for a quoted cell, whose value is not a span (read it with cell()).
   */
  trimmedSpan(i: number, j: number): boolean {
    const k = this.firsts[i]! + j;
    if (k >= this.firsts[i + 1]!) { SPAN.start = 0; SPAN.end = 0; return true; }
    if (this.quoted.size !== 0 && this.quoted.has(k)) return false;
    const text = this.text;
    let a = this.starts[k]!;
    let b = this.ends[k]!;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    SPAN.start = a;
    SPAN.end = b;
    return true;
  }

  cell(i: number, j: number): string {
    const k = this.firsts[i]! + j;
    return k < this.firsts[i + 1]! ? this.cellAt(k) : '';
  }

  private cellAt(k: number): string {
    if (this.quoted.size !== 0) {
      const q = this.quoted.get(k);
      if (q !== undefined) return q;
    }
    return this.text.slice(this.starts[k]!, this.ends[k]!);
  }

  line(i: number): number {
    return this.lines[i]!;
  }

  width(): number {
    let w = 0;
    for (let i = 0; i < this.length; i++) w = Math.max(w, this.firsts[i + 1]! - this.firsts[i]!);
    return w;
  }

  /** Does any cell hold more than white space? */
  hasText(): boolean {
    for (let k = 0; k < this.cells; k++) {
      const q = this.quoted.get(k);
      if (q !== undefined ? q.trim() !== '' : this.ends[k]! > this.starts[k]! && !blank(this.text, this.starts[k]!, this.ends[k]!)) return true;
    }
    return false;
  }
}

/** Where the last trimmedSpan found its cell (one shared object: reading a span allocates nothing). */
export const SPAN = { start: 0, end: 0 };

/** What String.prototype.trim removes. */
export function isSpace(c: number): boolean {
  return c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function blank(text: string, a: number, b: number): boolean {
  // String.prototype.trim's white space: only a cell with a non-space character counts
  return text.slice(a, b).trim() === '';
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
