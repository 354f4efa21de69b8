// A large table's rows as a few long strings and typed arrays (schema v3): per column every row's text joined
// with each text's length and a mark byte (placement, absent), and the rows' codes, labels and 行次 the same way.
// IndexedDB's structured clone copies such a record almost as memory, where a StoredRow per row costs seconds for
// a 440,000-row paste; and packing runs in blocks of rows, so the caller can pause between them (see slices.ts).
import { lazyRowOrigin, type ColumnarTable } from '../engine/columnar/index.ts';
import { F_ABSENT } from '../engine/columnar/columnar-table.ts';
import type { Placement, Row, RowFlag, Table } from '../engine/table.ts';
import type { StoredRow } from './schema.ts';

/** Tables with at least this many rows are stored packed; smaller ones keep a StoredRow per row. */
export const PACK_MIN_ROWS = 1000;
/** Rows handled between two looks at the clock. */
export const BLOCK_ROWS = 2048;

/** Cell marks: how the cell was placed, or that the row ends before it. */
export const MARK_EXACT = 0;
export const MARK_INFERRED = 1;
export const MARK_AMBIGUOUS = 2;
export const MARK_ABSENT = 3;

export interface PackedColumn {
  /** every row's text in this column, joined */
  texts: string;
  /** each row's text length (0 for an absent cell) */
  lens: Uint32Array;
  marks: Uint8Array;
}

/** The fields a few rows have (flags, pane, 绩效 block and groups), listed by row. */
export interface PackedExtra {
  row: number;
  flags?: RowFlag[];
  pane?: number;
  block?: string;
  group?: string[];
}

export interface PackedRows {
  count: number;
  columns: PackedColumn[];
  codes: string;
  /** −1: the row has no code */
  codeLens: Int32Array;
  labels: string;
  labelLens: Uint32Array;
  /** NaN: no 行次 */
  lineNos: Float64Array;
  /** NaN: no source line; null when no row has one */
  sourceLines: Float64Array | null;
  extras: PackedExtra[];
}

const markOf = (p: Placement | string | undefined): number => (p === 'inferred' ? MARK_INFERRED : p === 'ambiguous' ? MARK_AMBIGUOUS : MARK_EXACT);
const PLACEMENT_OF: readonly ('' | 'inferred' | 'ambiguous')[] = ['', 'inferred', 'ambiguous'];

export type RowFields = Pick<StoredRow, 'code' | 'label' | 'lineNo' | 'sourceLine' | 'pane' | 'block'> & { flags?: readonly RowFlag[]; group?: readonly string[] };

/** Packs rows block by block: `add(a, b)` takes rows [a, b), `finish()` gives the packed rows. */
export class Packer {
  private readonly texts: string[][];
  private readonly cols: PackedColumn[];
  private readonly codes: string[] = [];
  private readonly labels: string[] = [];
  private readonly out: Omit<PackedRows, 'columns' | 'codes' | 'labels'>;
  private hasSource = false;
  private block: string[][] = [];
  private i = 0;
  private j = 0;
  /** takes cell (i, j): its text and mark */
  private readonly put = (text: string, mark: number): void => {
    this.block[this.j]!.push(text);
    this.cols[this.j]!.lens[this.i] = text.length;
    this.cols[this.j]!.marks[this.i] = mark;
  };

  constructor(n: number, private readonly width: number,
    private readonly cell: (i: number, j: number, put: (text: string, mark: number) => void) => void,
    private readonly meta: (i: number) => RowFields) {
    this.texts = Array.from({ length: width }, () => []);
    this.cols = Array.from({ length: width }, () => ({ texts: '', lens: new Uint32Array(n), marks: new Uint8Array(n) }));
    this.out = { count: n, codeLens: new Int32Array(n), labelLens: new Uint32Array(n), lineNos: new Float64Array(n), sourceLines: new Float64Array(n), extras: [] };
  }

  add(a: number, b: number): void {
    this.block = this.texts.map(() => []);
    const codes: string[] = [];
    const labels: string[] = [];
    for (let i = a; i < b; i++) {
      this.i = i;
      for (let j = 0; j < this.width; j++) {
        this.j = j;
        this.cell(i, j, this.put);
      }
      const m = this.meta(i);
      this.out.codeLens[i] = m.code === null ? -1 : m.code.length;
      if (m.code !== null) codes.push(m.code);
      labels.push(m.label);
      this.out.labelLens[i] = m.label.length;
      this.out.lineNos[i] = m.lineNo ?? NaN;
      this.out.sourceLines![i] = m.sourceLine ?? NaN;
      if (m.sourceLine !== undefined) this.hasSource = true;
      if (m.flags !== undefined || m.pane !== undefined || m.block !== undefined || m.group !== undefined) {
        this.out.extras.push({ row: i, ...(m.flags ? { flags: [...m.flags] } : {}), ...(m.pane !== undefined ? { pane: m.pane } : {}),
          ...(m.block !== undefined ? { block: m.block } : {}), ...(m.group ? { group: [...m.group] } : {}) });
      }
    }
    this.block.forEach((parts, j) => this.texts[j]!.push(parts.join('')));
    this.codes.push(codes.join(''));
    this.labels.push(labels.join(''));
  }

  finish(): PackedRows {
    this.cols.forEach((c, j) => (c.texts = this.texts[j]!.join('')));
    return { ...this.out, sourceLines: this.hasSource ? this.out.sourceLines : null, columns: this.cols, codes: this.codes.join(''), labels: this.labels.join('') };
  }
}

/** Runs `fn` over [0, n) in blocks; with `pause`, gives the page a turn whenever `due()` says the slice is used. */
export async function inBlocks(n: number, fn: (a: number, b: number) => void, s: { due(): boolean; pause(): Promise<void> }): Promise<void> {
  for (let a = 0; a < n; a += BLOCK_ROWS) {
    fn(a, Math.min(n, a + BLOCK_ROWS));
    if (a + BLOCK_ROWS < n && s.due()) await s.pause();
  }
}

/** A packer over a Table: a columnar table's arrays are read directly, so no cell object is made. */
export function tablePacker(t: Table): Packer {
  const width = t.columns.length;
  const origin = (row: Row): { table: ColumnarTable; r: number } | null => {
    const o = lazyRowOrigin(row);
    return o !== null && o.table.columns.length === width ? o : null;
  };
  let at = -1;
  let o: { table: ColumnarTable; r: number } | null = null;
  return new Packer(t.rows.length, width, (i, j, put) => {
    if (i !== at) { at = i; o = origin(t.rows[i]!); }
    if (o !== null) {
      const d = o.table.data[j]!;
      const f = d.flags[o.r]!;
      if (f & F_ABSENT) put('', MARK_ABSENT);
      else put(d.texts.get(o.r), markOf(o.table.placement(o.r, j)));
      return;
    }
    const c = t.rows[i]!.cells[j];
    if (c === undefined) put('', MARK_ABSENT);
    else put(c.text, markOf(c.placement));
  }, (i) => t.rows[i]!);
}

/** A packer over stored rows (a draft in the older form, an imported backup). */
export function storedPacker(rows: readonly StoredRow[], width: number): Packer {
  return new Packer(rows.length, width, (i, j, put) => {
    const r = rows[i]!;
    if (j >= r.cells.length) put('', MARK_ABSENT);
    else put(r.cells[j]!, markOf(r.placements?.[j]));
  }, (i) => rows[i]!);
}

/** Reads packed rows back block by block: `row(i)` gives row i's texts, placements and fields. */
export class Unpacker {
  private readonly textAt: number[];
  private codeAt = 0;
  private labelAt = 0;
  private readonly extras: Map<number, PackedExtra>;

  constructor(private readonly p: PackedRows) {
    this.textAt = p.columns.map(() => 0);
    this.extras = new Map(p.extras.map((e) => [e.row, e]));
  }

  /** Row i (rows are read in order): its cells as far as it has them, with marks. */
  row(i: number): { cells: string[]; marks: number[]; fields: RowFields } {
    const cells: string[] = [];
    const marks: number[] = [];
    let ended = false;
    this.p.columns.forEach((c, j) => {
      const len = c.lens[i]!;
      const text = c.texts.slice(this.textAt[j]!, this.textAt[j]! + len);
      this.textAt[j]! += len;
      if (c.marks[i] === MARK_ABSENT) ended = true;
      if (ended) return;
      cells.push(text);
      marks.push(c.marks[i]!);
    });
    const cl = this.p.codeLens[i]!;
    const code = cl < 0 ? null : this.p.codes.slice(this.codeAt, this.codeAt + cl);
    this.codeAt += Math.max(0, cl);
    const ll = this.p.labelLens[i]!;
    const label = this.p.labels.slice(this.labelAt, this.labelAt + ll);
    this.labelAt += ll;
    const line = this.p.lineNos[i]!;
    const src = this.p.sourceLines?.[i];
    const e = this.extras.get(i);
    const fields: RowFields = { code, label, lineNo: Number.isNaN(line) ? null : line };
    if (src !== undefined && !Number.isNaN(src)) fields.sourceLine = src;
    if (e?.flags) fields.flags = e.flags;
    if (e?.pane !== undefined) fields.pane = e.pane;
    if (e?.block !== undefined) fields.block = e.block;
    if (e?.group) fields.group = e.group;
    return { cells, marks, fields };
  }
}

/** The stored rows of packed rows (for a backup file and the journal, which are JSON). */
export function unpackRows(p: PackedRows): StoredRow[] {
  const u = new Unpacker(p);
  const out: StoredRow[] = [];
  for (let i = 0; i < p.count; i++) {
    const { cells, marks, fields } = u.row(i);
    const { flags, group, ...rest } = fields;
    const row: StoredRow = { ...rest, ...(flags ? { flags: [...flags] } : {}), ...(group ? { group: [...group] } : {}), cells };
    if (marks.some((m) => m !== MARK_EXACT)) row.placements = marks.map((m) => PLACEMENT_OF[m] ?? '');
    out.push(row);
  }
  return out;
}

export const placementOfMark = (m: number): Placement | undefined => (m === MARK_INFERRED ? 'inferred' : m === MARK_AMBIGUOUS ? 'ambiguous' : undefined);
