// Building a columnar table cell by cell (what the grid parser does), or from an existing Table (lossless: texts,
// placements, absent cells and cells whose value is not their text's are all kept). An amount text is scanned
// straight into the engine's arrays: a plain ASCII amount allocates nothing; anything else is parsed once.
import { isParsedNumeric, mayBeNumeric, parseAmount, plainDecimals, scaleOf, type CellValue } from '../amount.ts';
import { emptyColumnArrays, writeAmbiguous, writeNumber, writeParsed, type ColumnArrays } from '../check/fast-path.ts';
import type { Cell, Column, Placement, Table } from '../table.ts';
import {
  CK_EMPTY, CK_NUMBER, CK_PERCENT, CK_PLACEHOLDER, CK_TEXT, ColumnarTable, F_ABSENT, F_OVERRIDE, placementBits,
  type RowMeta, type TableMeta,
} from './columnar-table.ts';

const KIND_CODE: Readonly<Record<CellValue['kind'], number>> = {
  empty: CK_EMPTY, number: CK_NUMBER, percent: CK_PERCENT, placeholder: CK_PLACEHOLDER, text: CK_TEXT,
};

export class ColumnarBuilder {
  private readonly texts: string[];
  private readonly flags: Uint8Array;
  private readonly amounts: (ColumnArrays | null)[];
  private readonly overrides = new Map<number, Cell>();

  /** `rows` rows of `columns.length` cells, all blank until set. */
  constructor(private readonly columns: readonly Column[], private readonly rows: number) {
    this.texts = new Array<string>(columns.length * rows).fill('');
    this.flags = new Uint8Array(columns.length * rows);
    this.amounts = columns.map((c) => (c.role === 'amount' ? emptyColumnArrays(rows) : null));
  }

  /** A cell's printed text (trimmed here, as makeCell does) and, when not simply exact, its placement. */
  set(r: number, c: number, raw: string, placement?: Placement): void {
    const text = raw.trim();
    const i = c * this.rows + r;
    this.texts[i] = text;
    const a = this.amounts[c];
    let kind: number;
    if (text === '') kind = CK_EMPTY;
    else {
      const decimals = plainDecimals(text);
      if (decimals >= 0) {
        kind = CK_NUMBER;
        if (a) writeNumber(a, r, decimals <= 4 ? scaleOf(text, 0, text.length) : NaN, decimals);
      } else if (!mayBeNumeric(text)) {
        kind = CK_TEXT;
        if (a) writeParsed(a, r, TEXT);
      } else {
        const v = parseAmount(text);
        kind = KIND_CODE[v.kind];
        if (a) writeParsed(a, r, v);
      }
    }
    this.flags[i] = kind | placementBits(placement);
  }

  /** A cell kept exactly as given (its value is not what its text parses to). */
  setCell(r: number, c: number, cell: Cell): void {
    const i = c * this.rows + r;
    this.texts[i] = cell.text;
    this.flags[i] = KIND_CODE[cell.value.kind] | placementBits(cell.placement) | F_OVERRIDE;
    this.overrides.set(i, cell);
    const a = this.amounts[c];
    if (a) writeParsed(a, r, cell.value);
  }

  /** Row r ends before column c (a row shorter than the table). */
  setAbsentFrom(r: number, c: number): void {
    for (let k = c; k < this.columns.length; k++) {
      const i = k * this.rows + r;
      this.texts[i] = '';
      this.flags[i] = F_ABSENT;
    }
  }

  /** The table: the rows' other fields as given; rows flagged column_ambiguous mark their amounts so. */
  finish(meta: TableMeta, rows: readonly RowMeta[]): ColumnarTable {
    if (rows.length !== this.rows) throw new RangeError(`columnar table: ${rows.length} rows given, ${this.rows} built`);
    rows.forEach((row, r) => {
      if (row.flags !== undefined && row.flags.includes('column_ambiguous')) for (const a of this.amounts) if (a) writeAmbiguous(a, r);
    });
    return new ColumnarTable({ ...meta, columns: this.columns }, this.rows, this.texts, this.flags, this.amounts, this.overrides, rows);
  }
}

const TEXT: CellValue = Object.freeze({ kind: 'text', text: '' });

/** The columnar form of any Table: `toColumnar(t).table` has the same rows, cells, texts, values and placements. */
export function toColumnar(table: Table): ColumnarTable {
  const { rows, ...meta } = table;
  const width = table.columns.length;
  const b = new ColumnarBuilder(table.columns, rows.length);
  const metas = rows.map((row, r) => {
    const { cells, ...rest } = row;
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      if (cell === undefined) { b.setAbsentFrom(r, c); break; }
      if (derivable(cell)) b.set(r, c, cell.text, cell.placement);
      else b.setCell(r, c, cell);
    }
    return rest;
  });
  return b.finish(meta, metas);
}

/** Does the cell equal what its text parses to (so the text alone restores it)? */
function derivable(cell: Cell): boolean {
  if (cell.text !== cell.text.trim()) return false;
  const v = cell.value;
  const w = parseAmount(cell.text);
  if (v.kind !== w.kind) return false;
  if (v.kind === 'number' || v.kind === 'percent') {
    const x = w as typeof v;
    return isParsedNumeric(v) && v.decimals === x.decimals && v.value.eq(x.value) && v.value.isNeg() === x.value.isNeg();
  }
  if (v.kind === 'text' || v.kind === 'placeholder') return v.text === (w as typeof v).text;
  return true;
}
