// A table held by column: each column's printed texts (one string table per column), one flag byte per cell
// (kind, placement certainty, absent, kept-as-given), and for each amount column the engine's typed arrays of
// scaled integers (value·10^5, exact below 2^53), half-widths and kinds, written once when the table is built.
// Its `Table` has ordinary row objects whose `cells` are made on first read (then kept): parsing and a full
// check create no Cell, no parsed value and no Decimal per amount; a Decimal exists only where it is asked for.
import { parseAmount, type CellValue } from '../amount.ts';
import { writeCodeKey, type CodeKeys } from '../check/code-tree.ts';
import type { ColumnArrays } from '../check/fast-path.ts';
import type { Cell, Column, Placement, Row, Table } from '../table.ts';
import type { Texts } from './texts.ts';

/** Cell kinds in bits 0–2 of a flag byte. */
export const CK_EMPTY = 0;
export const CK_NUMBER = 1;
export const CK_PERCENT = 2;
export const CK_PLACEHOLDER = 3;
export const CK_TEXT = 4;
export const CK_MASK = 7;
/** Placement in bits 3–4: 0 = the field is absent (exact), then 'exact' written out, 'inferred', 'ambiguous'. */
export const PLACEMENT_SHIFT = 3;
const PLACEMENTS: readonly (Placement | undefined)[] = [undefined, 'exact', 'inferred', 'ambiguous'];
export const placementBits = (p: Placement | undefined): number => (p === undefined ? 0 : PLACEMENTS.indexOf(p)) << PLACEMENT_SHIFT;
/** The cell is kept as given (its value is not what its text parses to): see `overrides`. */
export const F_OVERRIDE = 1 << 5;
/** The row has fewer cells than the table has columns: this one and the ones after it are absent. */
export const F_ABSENT = 1 << 6;

/** A Table's fields other than its rows. */
export type TableMeta = Omit<Table, 'rows'>;
/** A row's fields other than its cells. */
export type RowMeta = Omit<Row, 'cells'>;

/** One column's storage. */
export interface ColumnData {
  /** the printed text of each row (trimmed, as makeCell keeps it); an amount column's packed (texts.ts) */
  readonly texts: Texts;
  readonly flags: Uint8Array;
  /** the engine's arrays for an amount column, else null */
  readonly amounts: ColumnArrays | null;
  /** cells kept exactly as given, by row (a value the text does not parse to) */
  readonly overrides: ReadonlyMap<number, Cell> | null;
}

/** Row flags the engine reads, as bits. */
export const ROW_HEADER = 1;
export const ROW_NOTE = 2;
export const ROW_AMBIGUOUS = 4;

/** What the engine reads of the rows themselves, by row: flags, panes and code keys (no row object is touched). */
export interface RowInfo {
  readonly bits: Uint8Array;
  /** pane per row (−1 = none), or null when no row has one */
  readonly pane: Int16Array | null;
  readonly codeKeys: CodeKeys;
}

export function emptyRowInfo(n: number): { bits: Uint8Array; pane: Int16Array; hasPane: boolean; codeKeys: CodeKeys } {
  return { bits: new Uint8Array(n), pane: new Int16Array(n).fill(-1), hasPane: false, codeKeys: { keys: new Float64Array(n), lens: new Uint16Array(n) } };
}

export function noteRow(info: ReturnType<typeof emptyRowInfo>, r: number, code: string | null, flags: Row['flags'], pane: number | undefined): void {
  let bits = 0;
  if (flags !== undefined) {
    if (flags.includes('header')) bits |= ROW_HEADER;
    if (flags.includes('note')) bits |= ROW_NOTE;
    if (flags.includes('column_ambiguous')) bits |= ROW_AMBIGUOUS;
  }
  info.bits[r] = bits;
  if (pane !== undefined) { info.pane[r] = pane; info.hasPane = true; }
  writeCodeKey(info.codeKeys, r, code);
}

export function finishRowInfo(info: ReturnType<typeof emptyRowInfo>, n: number): RowInfo {
  const whole = n === info.bits.length;
  return {
    bits: whole ? info.bits : info.bits.slice(0, n),
    pane: !info.hasPane ? null : whole ? info.pane : info.pane.slice(0, n),
    codeKeys: whole ? info.codeKeys : { keys: info.codeKeys.keys.slice(0, n), lens: info.codeKeys.lens.slice(0, n) },
  };
}

const BLANK: Cell = Object.freeze({ text: '', value: parseAmount('') });
const REGISTRY = new WeakMap<readonly Row[], ColumnarTable>();

/** Where lazy rows find their table: filled when the table is made (rows can be made before it). */
export interface RowSource { table: ColumnarTable | null }

export class ColumnarTable {
  /** the table parsers, checks and the UI read; its rows array identifies this columnar table */
  readonly table: Table;
  private cellCache: (readonly Cell[] | undefined)[] | null = null;

  constructor(meta: TableMeta, readonly data: readonly ColumnData[], rows: readonly Row[], source: RowSource, readonly rowInfo: RowInfo) {
    if (data.length !== meta.columns.length) throw new RangeError('columnar table: one column of data per column');
    source.table = this;
    this.table = { ...meta, rows };
    REGISTRY.set(rows, this);
  }

  get rowCount(): number {
    return this.table.rows.length;
  }

  get columns(): readonly Column[] {
    return this.table.columns;
  }

  /** The engine's arrays of amount column c, or null. */
  amounts(c: number): ColumnArrays | null {
    return this.data[c]?.amounts ?? null;
  }

  /** Does any amount column hold a number or a percentage? */
  hasNumbers(): boolean {
    for (const d of this.data) {
      if (!d.amounts) continue;
      for (let r = 0; r < d.flags.length; r++) {
        const k = d.flags[r]! & CK_MASK;
        if (k === CK_NUMBER || k === CK_PERCENT) return true;
      }
    }
    return false;
  }

  text(r: number, c: number): string {
    return this.data[c]!.texts.get(r);
  }

  kind(r: number, c: number): number {
    return this.data[c]!.flags[r]! & CK_MASK;
  }

  placement(r: number, c: number): Placement | undefined {
    return PLACEMENTS[(this.data[c]!.flags[r]! >> PLACEMENT_SHIFT) & 3];
  }

  /** Row r's cell texts (as many as it has cells), without making its cells. */
  rowTexts(r: number): string[] {
    const out: string[] = [];
    for (const d of this.data) {
      if (d.flags[r]! & F_ABSENT) break;
      out.push(d.texts.get(r));
    }
    return out;
  }

  /** The parsed value (a Decimal inside is made only when read). */
  value(r: number, c: number): CellValue {
    return this.cellsOf(r)[c]?.value ?? BLANK.value;
  }

  /** Row r's cells, made on first request and kept. */
  cellsOf(r: number): readonly Cell[] {
    const cache = (this.cellCache ??= new Array<readonly Cell[] | undefined>(this.rowCount));
    let cells = cache[r];
    if (cells === undefined) {
      cells = this.makeCells(r);
      cache[r] = cells;
    }
    return cells;
  }

  private makeCells(r: number): Cell[] {
    const out: Cell[] = [];
    for (const d of this.data) {
      const f = d.flags[r]!;
      if (f & F_ABSENT) break;
      if (f & F_OVERRIDE) { out.push(d.overrides!.get(r)!); continue; }
      const text = d.texts.get(r);
      const placement = PLACEMENTS[(f >> PLACEMENT_SHIFT) & 3];
      if (placement === undefined) out.push(text === '' ? BLANK : { text, value: parseAmount(text) });
      else out.push({ text, value: parseAmount(text), placement });
    }
    return out;
  }
}

const KNOWN = new Set(['code', 'label', 'lineNo', 'flags', 'sourceLine', 'pane', 'page', 'block', 'group']);

/**
 * A row whose cells are made on first read. `cells` is an own enumerable accessor shared by every row (one shape
 * for all rows, so reading them stays fast): spreading, JSON and structured cloning read the cells like a data
 * field; the source and index are private fields none of those see.
 */
class LazyRow {
  readonly #src: RowSource;
  readonly #r: number;
  static readonly CELLS: PropertyDescriptor = {
    get(this: LazyRow) { return this.#src.table!.cellsOf(this.#r); },
    enumerable: true,
    configurable: true,
  };

  constructor(src: RowSource, r: number, code: string | null, label: string, lineNo: number | null) {
    const self = this as unknown as Record<string, unknown>;
    self.code = code;
    self.label = label;
    self.lineNo = lineNo;
    Object.defineProperty(this, 'cells', LazyRow.CELLS);
    this.#src = src;
    this.#r = r;
  }

  /** The columnar table and index behind a lazy row (null for any other row, e.g. an edited copy). */
  static origin(row: object): { table: ColumnarTable; r: number } | null {
    return #src in row && (row as LazyRow).#src.table !== null ? { table: (row as LazyRow).#src.table!, r: (row as LazyRow).#r } : null;
  }
}

/** Where a row's cells come from, when it is a row of a columnar table that has not been replaced. */
export const lazyRowOrigin = (row: Row): { table: ColumnarTable; r: number } | null => LazyRow.origin(row);

/** A lazy row with the grid parser's fields (the optional ones only when given, in this order). */
export function lazyRow(
  src: RowSource, r: number, code: string | null, label: string, lineNo: number | null,
  sourceLine: number | undefined, flags: Row['flags'], pane: number | undefined,
): Row {
  const row = new LazyRow(src, r, code, label, lineNo) as unknown as Record<string, unknown>;
  if (sourceLine !== undefined) row.sourceLine = sourceLine;
  if (flags !== undefined) row.flags = flags;
  if (pane !== undefined) row.pane = pane;
  return row as unknown as Row;
}

/** A lazy row with every field of `m` (a field rows do not usually have is kept too, so nothing is lost). */
export function lazyRowFrom(src: RowSource, r: number, m: RowMeta): Row {
  const row = lazyRow(src, r, m.code, m.label, m.lineNo, m.sourceLine, m.flags, m.pane) as unknown as Record<string, unknown>;
  if (m.page !== undefined) row.page = m.page;
  if (m.block !== undefined) row.block = m.block;
  if (m.group !== undefined) row.group = m.group;
  for (const key in m) if (!KNOWN.has(key)) row[key] = (m as unknown as Record<string, unknown>)[key];
  return row as unknown as Row;
}

/**
 * The columnar table behind a Table, when it has one: the same rows array (an edited table has a new one) and the
 * same columns. A spread copy of the table (`{ ...table }`) keeps it.
 */
export function columnarOf(table: Table): ColumnarTable | null {
  const ct = REGISTRY.get(table.rows);
  return ct !== undefined && ct.table.columns === table.columns && ct.rowCount === table.rows.length ? ct : null;
}
