// Building a columnar table cell by cell (what the grid parser does), or from an existing Table (lossless: texts,
// placements, absent cells and cells whose value is not their text's are all kept). An amount text is scanned
// straight into the engine's arrays: a plain ASCII amount allocates nothing; anything else is parsed once.
import { mayBeNumeric, parseAmount, PLAIN, sameParsedNumeric, scanPlain, scanPlainAt, type CellValue } from '../amount.ts';
import { emptyColumnArrays, writeAmbiguous, writeNumber, writeParsed, type ColumnArrays } from '../check/fast-path.ts';
import type { Cell, Column, Placement, Row, Table } from '../table.ts';
import {
  CK_EMPTY, CK_NUMBER, CK_PERCENT, CK_PLACEHOLDER, CK_TEXT, ColumnarTable, emptyRowInfo, F_ABSENT, F_OVERRIDE, finishRowInfo,
  lazyRow, lazyRowFrom, noteRow,
  placementBits, type ColumnData, type RowMeta, type RowSource, type TableMeta,
} from './columnar-table.ts';
import { PackedTexts, StringTexts } from './texts.ts';

const KIND_CODE: Readonly<Record<CellValue['kind'], number>> = {
  empty: CK_EMPTY, number: CK_NUMBER, percent: CK_PERCENT, placeholder: CK_PLACEHOLDER, text: CK_TEXT,
};
const TEXT: CellValue = Object.freeze({ kind: 'text', text: '' });

/** Amount columns of at least this many rows keep their texts packed. */
const PACK_FROM_ROWS = 256;

interface Building { texts: StringTexts | PackedTexts; flags: Uint8Array; amounts: ColumnArrays | null; overrides: Map<number, Cell> | null }

export class ColumnarBuilder {
  private readonly cols: Building[];
  private readonly rows: Row[] = [];
  private readonly source: RowSource = { table: null };
  private readonly info: ReturnType<typeof emptyRowInfo>;

  /** Room for `capacity` rows of `columns.length` cells, all blank until set; finish keeps the rows given. */
  constructor(private readonly columns: readonly Column[], private readonly capacity: number) {
    this.cols = columns.map((c) => ({
      // a big table's amount texts are packed (a string each for labels and codes, which the rows hold anyway, and
      // for small tables, where two typed arrays per column cost more than the strings)
      texts: c.role === 'amount' && capacity >= PACK_FROM_ROWS ? new PackedTexts(capacity) : StringTexts.empty(capacity),
      flags: new Uint8Array(capacity),
      amounts: c.role === 'amount' ? emptyColumnArrays(capacity) : null,
      overrides: null,
    }));
    this.info = emptyRowInfo(capacity);
  }

  /** A cell's printed text (trimmed here, as makeCell does) and, when not simply exact, its placement. */
  set(r: number, c: number, raw: string, placement?: Placement): void {
    const text = raw.trim();
    const col = this.cols[c]!;
    col.texts.set(r, text);
    const a = col.amounts;
    let kind: number;
    if (text === '') kind = CK_EMPTY;
    else {
      const decimals = scanPlain(text);
      if (decimals >= 0) {
        kind = CK_NUMBER;
        if (a) writeNumber(a, r, PLAIN.scaled, decimals);
      } else if (!mayBeNumeric(text)) {
        kind = CK_TEXT;
        if (a) writeParsed(a, r, TEXT);
      } else {
        const v = parseAmount(text);
        kind = KIND_CODE[v.kind];
        if (a) writeParsed(a, r, v);
      }
    }
    col.flags[r] = kind | placementBits(placement);
  }

  /**
   * set(r, c, src.slice(a, b)) for a span already trimmed: a plain amount is scanned and packed from the pasted text
   * itself, without making its string.
   */
  setSpan(r: number, c: number, src: string, a: number, b: number, placement?: Placement): void {
    const col = this.cols[c]!;
    const texts = col.texts;
    if (a < b && col.amounts !== null && texts instanceof PackedTexts) {
      const decimals = scanPlainAt(src, a, b);
      if (decimals >= 0) {
        texts.setSpan(r, src, a, b);
        writeNumber(col.amounts, r, PLAIN.scaled, decimals);
        col.flags[r] = CK_NUMBER | placementBits(placement);
        return;
      }
    }
    this.set(r, c, src.slice(a, b), placement);
  }

  /** A cell kept exactly as given (its value is not what its text parses to). */
  setCell(r: number, c: number, cell: Cell): void {
    const col = this.cols[c]!;
    col.texts.set(r, cell.text);
    col.flags[r] = KIND_CODE[cell.value.kind] | placementBits(cell.placement) | F_OVERRIDE;
    (col.overrides ??= new Map()).set(r, cell);
    if (col.amounts) writeParsed(col.amounts, r, cell.value);
  }

  /** Row r ends before column c (a row shorter than the table). */
  setAbsentFrom(r: number, c: number): void {
    for (let k = c; k < this.cols.length; k++) this.cols[k]!.flags[r] = F_ABSENT;
  }

  /** Row r's other fields, as the grid parser writes them (rows are added in order). */
  row(r: number, code: string | null, label: string, lineNo: number | null, sourceLine?: number, flags?: Row['flags'], pane?: number): void {
    this.rows[r] = lazyRow(this.source, r, code, label, lineNo, sourceLine, flags, pane);
    noteRow(this.info, r, code, flags, pane);
    this.markAmbiguous(r, flags);
  }

  /** Row r's other fields from a row (any field kept). */
  rowFrom(r: number, meta: RowMeta): void {
    this.rows[r] = lazyRowFrom(this.source, r, meta);
    noteRow(this.info, r, meta.code, meta.flags, meta.pane);
    this.markAmbiguous(r, meta.flags);
  }

  private markAmbiguous(r: number, flags: Row['flags']): void {
    if (flags !== undefined && flags.includes('column_ambiguous')) for (const col of this.cols) if (col.amounts) writeAmbiguous(col.amounts, r);
  }

  /** The table of the rows given so far; `keep` (a subset of the columns, in order) drops the others. */
  finish(meta: Omit<TableMeta, 'columns'>, keep: readonly Column[] = this.columns): ColumnarTable {
    const n = this.rows.length;
    const data: ColumnData[] = keep.map((column) => {
      const col = this.cols[this.columns.indexOf(column)]!;
      if (col === undefined) throw new RangeError('columnar table: a kept column is not one of the built columns');
      if (n !== this.capacity) return trim(col, n);
      const texts = col.texts.trim(n);
      return texts === col.texts ? col : { ...col, texts };
    });
    return new ColumnarTable({ ...meta, columns: keep }, data, this.rows, this.source, finishRowInfo(this.info, n));
  }
}

function trim(col: Building, n: number): ColumnData {
  const a = col.amounts;
  return {
    texts: col.texts.trim(n),
    flags: col.flags.slice(0, n),
    amounts: a ? { val: a.val.slice(0, n), half: a.half.slice(0, n), kind: a.kind.slice(0, n), slow: a.slow } : null,
    overrides: col.overrides,
  };
}

/** The columnar form of any Table: `toColumnar(t).table` has the same rows, cells, texts, values and placements. */
export function toColumnar(table: Table): ColumnarTable {
  const { rows, columns: _columns, ...meta } = table;
  const width = table.columns.length;
  const b = new ColumnarBuilder(table.columns, rows.length);
  rows.forEach((row, r) => {
    const { cells, ...rest } = row;
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      if (cell === undefined) { b.setAbsentFrom(r, c); break; }
      if (derivable(cell)) b.set(r, c, cell.text, cell.placement);
      else b.setCell(r, c, cell);
    }
    b.rowFrom(r, rest);
  });
  return b.finish(meta);
}

/** Does the cell equal what its text parses to (so the text alone restores it)? */
function derivable(cell: Cell): boolean {
  if (cell.text !== cell.text.trim()) return false;
  const v = cell.value;
  const w = parseAmount(cell.text);
  if (v.kind !== w.kind) return false;
  if (v.kind === 'number' || v.kind === 'percent') return sameParsedNumeric(v, w);
  if (v.kind === 'text' || v.kind === 'placeholder') return v.text === (w as typeof v).text;
  return true;
}
