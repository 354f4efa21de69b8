// A table held by column: every cell's printed text in one string table (column-major), one flag byte per cell
// (kind, placement certainty, absent, kept-as-given), and for each amount column the engine's typed arrays of
// scaled integers (value·10^5, exact below 2^53), half-widths and kinds, written once when the table is built.
// Its `Table` has ordinary row objects whose `cells` are made on first read (then kept): parsing and a full
// check create no Cell, no parsed value and no Decimal per amount; a Decimal exists only where it is asked for.
import { parseAmount, type CellValue } from '../amount.ts';
import type { ColumnArrays } from '../check/fast-path.ts';
import type { Cell, Column, Placement, Row, Table } from '../table.ts';

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

const BLANK: Cell = Object.freeze({ text: '', value: parseAmount('') });
const REGISTRY = new WeakMap<readonly Row[], ColumnarTable>();

export class ColumnarTable {
  /** the table parsers, checks and the UI read; its rows array identifies this columnar table */
  readonly table: Table;
  private cellCache: (readonly Cell[] | undefined)[] | null = null;

  constructor(
    meta: TableMeta,
    readonly rowCount: number,
    /** texts[c·rowCount + r]: the printed text of row r, column c (trimmed, as makeCell keeps it) */
    readonly texts: readonly string[],
    /** flags[c·rowCount + r] */
    readonly flags: Uint8Array,
    /** per column: the engine's arrays for an amount column, else null */
    readonly amounts: readonly (ColumnArrays | null)[],
    /** cells kept exactly as given, by flat index (a value the text does not parse to) */
    readonly overrides: ReadonlyMap<number, Cell>,
    rowMetas: readonly RowMeta[],
  ) {
    const rows: Row[] = new Array<Row>(rowMetas.length);
    for (let r = 0; r < rowMetas.length; r++) rows[r] = new LazyRow(this, r, rowMetas[r]!) as unknown as Row;
    this.table = { ...meta, rows };
    REGISTRY.set(rows, this);
  }

  get columns(): readonly Column[] {
    return this.table.columns;
  }

  text(r: number, c: number): string {
    return this.texts[c * this.rowCount + r]!;
  }

  kind(r: number, c: number): number {
    return this.flags[c * this.rowCount + r]! & CK_MASK;
  }

  placement(r: number, c: number): Placement | undefined {
    return PLACEMENTS[(this.flags[c * this.rowCount + r]! >> PLACEMENT_SHIFT) & 3];
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
    const n = this.rowCount;
    const out: Cell[] = [];
    for (let c = 0; c < this.amounts.length; c++) {
      const i = c * n + r;
      const f = this.flags[i]!;
      if (f & F_ABSENT) break;
      if (f & F_OVERRIDE) { out.push(this.overrides.get(i)!); continue; }
      const text = this.texts[i]!;
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
  readonly #src: ColumnarTable;
  readonly #r: number;
  static readonly CELLS: PropertyDescriptor = {
    get(this: LazyRow) { return this.#src.cellsOf(this.#r); },
    enumerable: true,
    configurable: true,
  };

  constructor(src: ColumnarTable, r: number, m: RowMeta) {
    const self = this as unknown as Record<string, unknown>;
    self.code = m.code;
    self.label = m.label;
    self.lineNo = m.lineNo;
    Object.defineProperty(this, 'cells', LazyRow.CELLS);
    if (m.flags !== undefined) self.flags = m.flags;
    if (m.sourceLine !== undefined) self.sourceLine = m.sourceLine;
    if (m.pane !== undefined) self.pane = m.pane;
    if (m.page !== undefined) self.page = m.page;
    if (m.block !== undefined) self.block = m.block;
    if (m.group !== undefined) self.group = m.group;
    // a field rows do not usually have (kept, so the conversion loses nothing)
    for (const key in m) if (!KNOWN.has(key)) self[key] = (m as unknown as Record<string, unknown>)[key];
    this.#src = src;
    this.#r = r;
  }
}

/**
 * The columnar table behind a Table, when it has one: the same rows array (an edited table has a new one) and the
 * same columns. A spread copy of the table (`{ ...table }`) keeps it.
 */
export function columnarOf(table: Table): ColumnarTable | null {
  const ct = REGISTRY.get(table.rows);
  return ct !== undefined && ct.table.columns === table.columns && ct.rowCount === table.rows.length ? ct : null;
}
