// Per-table lookups the evaluator needs, built once per Table object: rows by 行次/code/label, amount
// columns per pane, data rows, and the fast-path column arrays (built lazily, updated by single edits).
import { columnarOf, ROW_HEADER, ROW_NOTE } from '../columnar/columnar-table.ts';
import type { Row, Table } from '../table.ts';
import { buildCodeTree, type CodeTree } from './code-tree.ts';
import { buildColumnArrays, writeCell, type ColumnArrays } from './fast-path.ts';
import { normaliseCode, normaliseLabel } from './labels.ts';

export class TableCache {
  table: Table;
  /** rows a 栏-only rule is checked on (not header/note rows) */
  readonly dataRows: Int32Array;
  readonly amountCols: readonly number[];
  private readonly arrays = new Map<number, ColumnArrays>();
  /** columns whose arrays belong to the table's columnar form (never written: copied on the first edit) */
  private readonly borrowed = new Set<number>();
  private readonly byPane = new Map<number, readonly number[]>();
  private keys: RowKeys | null = null;
  private readonly trees = new Map<string, CodeTree>();
  /** a columnar table none of whose rows has a pane (paneColumns reads no row) */
  readonly noPanes: boolean;

  constructor(table: Table) {
    this.table = table;
    this.amountCols = table.columns.flatMap((c, i) => (c.role === 'amount' ? [i] : []));
    const rows = table.rows;
    const data = new Int32Array(rows.length);
    let n = 0;
    // a columnar table's row flags are bytes: no row object is read
    const bits = columnarOf(table)?.rowInfo.bits;
    if (bits) {
      for (let i = 0; i < bits.length; i++) if ((bits[i]! & (ROW_HEADER | ROW_NOTE)) === 0) data[n++] = i;
    } else {
      for (let i = 0; i < rows.length; i++) {
        const flags = rows[i]!.flags;
        if (flags === undefined || !(flags.includes('header') || flags.includes('note'))) data[n++] = i;
      }
    }
    this.dataRows = n === rows.length ? data : data.slice(0, n);
    this.noPanes = bits !== undefined && columnarOf(table)!.rowInfo.pane === null;
  }

  /** The 科目 code tree for these level lengths (codes do not change under an amount edit). */
  codeTree(lengths: readonly number[]): CodeTree {
    const key = lengths.join(',');
    let tree = this.trees.get(key);
    if (!tree) {
      tree = buildCodeTree(this.table.rows, lengths, columnarOf(this.table)?.rowInfo.codeKeys);
      this.trees.set(key, tree);
    }
    return tree;
  }

  /** Row keys are built on first use: a 栏-only rule over a huge paste never needs them. */
  get byLine(): Map<number, number[]> { return this.rowKeys().byLine; }
  get byCode(): Map<string, number[]> { return this.rowKeys().byCode; }
  get byLabel(): Map<string, number[]> { return this.rowKeys().byLabel; }
  get normLabels(): readonly string[] { return this.rowKeys().normLabels; }

  private rowKeys(): RowKeys {
    if (this.keys) return this.keys;
    const keys: RowKeys = { byLine: new Map(), byCode: new Map(), byLabel: new Map(), normLabels: this.table.rows.map((r) => normaliseLabel(r.label)) };
    this.table.rows.forEach((row, i) => {
      if (row.lineNo !== null) push(keys.byLine, row.lineNo, i);
      if (row.code) push(keys.byCode, row.code.replace(/\s+/g, ''), i);
      if (keys.normLabels[i]) push(keys.byLabel, keys.normLabels[i]!, i);
    });
    return (this.keys = keys);
  }

  /** Amount columns a row's values sit in: its pane's, or all when panes are not known. */
  paneColumns(row: number | null): readonly number[] {
    if (this.noPanes) return this.amountCols;
    const pane = row === null ? undefined : this.table.rows[row]?.pane;
    if (pane === undefined) return this.amountCols;
    let cols = this.byPane.get(pane);
    if (!cols) {
      cols = this.amountCols.filter((c) => {
        const p = this.table.columns[c]!.pane;
        return p === undefined || p === pane;
      });
      this.byPane.set(pane, cols);
    }
    return cols;
  }

  columnByColNo(n: number): number {
    return this.table.columns.findIndex((c) => c.colNo === n);
  }

  /** Row for `[key|key…]`: code match, then exact label, then a unique label prefix. Pane of `col` decides ties. */
  rowByKeys(keys: readonly string[], col: number | null): number {
    for (const key of keys) {
      const code = normaliseCode(key);
      const hit = (code !== null ? this.byCode.get(code) : undefined)
        ?? this.byLabel.get(normaliseLabel(key))
        ?? this.uniquePrefix(normaliseLabel(key), col);
      if (hit && hit.length > 0) return this.preferPane(hit, col);
    }
    return -1;
  }

  rowByLine(lineNo: number, col: number | null): number {
    const hit = this.byLine.get(lineNo);
    return hit ? this.preferPane(hit, col) : -1;
  }

  /** The row of this table matching another table's row: by code, else by normalised label. */
  rowMatching(other: Row): number {
    const hit = other.code ? this.byCode.get(other.code.replace(/\s+/g, '')) : this.byLabel.get(normaliseLabel(other.label));
    return hit?.[0] ?? -1;
  }

  /**
   * A columnar table's own arrays when the table has one (nothing to build); else the first request builds every
   * amount column at once: one pass over the row objects.
   */
  columnArrays(col: number): ColumnArrays {
    let a = this.arrays.get(col);
    if (!a) {
      const own = columnarOf(this.table)?.amounts(col);
      if (own) {
        this.arrays.set(col, own);
        this.borrowed.add(col);
        return own;
      }
      const cols = this.amountCols.includes(col) ? this.amountCols.filter((c) => !this.arrays.has(c)) : [col];
      const built = buildColumnArrays(this.table.rows, cols);
      cols.forEach((c, k) => this.arrays.set(c, built[k]!));
      a = this.arrays.get(col)!;
    }
    return a;
  }

  /**
   * The same lookups for a copy of the table (amount edits change none of them); the column arrays are shared until
   * either side writes one (both count them as borrowed, so the first write copies).
   */
  fork(table: Table): TableCache {
    for (const col of this.arrays.keys()) this.borrowed.add(col);
    const copy = Object.create(TableCache.prototype) as TableCache;
    return Object.assign(copy, this, { table, arrays: new Map(this.arrays), borrowed: new Set(this.borrowed) });
  }

  /** A single amount cell changed: move to the new Table object and patch the arrays (a columnar table's copied first). */
  patchCell(table: Table, row: number, col: number): void {
    this.table = table;
    let a = this.arrays.get(col);
    if (a && this.borrowed.delete(col)) {
      a = { val: a.val.slice(), half: a.half.slice(), kind: a.kind.slice(), slow: a.slow };
      this.arrays.set(col, a);
    }
    if (a) writeCell(a, row, table.rows[row]!, col);
  }

  private uniquePrefix(key: string, col: number | null): number[] | undefined {
    if (key === '') return undefined;
    const hits: number[] = [];
    this.normLabels.forEach((l, i) => { if (l.startsWith(key)) hits.push(i); });
    if (hits.length <= 1) return hits.length ? hits : undefined;
    const pane = this.colPane(col);
    const inPane = pane === undefined ? [] : hits.filter((r) => this.table.rows[r]!.pane === pane);
    return inPane.length === 1 ? inPane : undefined;
  }

  private preferPane(rows: readonly number[], col: number | null): number {
    const pane = this.colPane(col);
    if (pane !== undefined) {
      const inPane = rows.find((r) => this.table.rows[r]!.pane === pane);
      if (inPane !== undefined) return inPane;
    }
    return rows[0]!;
  }

  private colPane(col: number | null): number | undefined {
    return col === null || col < 0 ? undefined : this.table.columns[col]?.pane;
  }
}

interface RowKeys {
  readonly byLine: Map<number, number[]>;
  readonly byCode: Map<string, number[]>;
  readonly byLabel: Map<string, number[]>;
  readonly normLabels: string[];
}

function push(map: Map<string | number, number[]>, key: string | number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const CACHES = new WeakMap<Table, TableCache>();

export function tableCache(table: Table): TableCache {
  let c = CACHES.get(table);
  if (!c) {
    c = new TableCache(table);
    CACHES.set(table, c);
  }
  return c;
}

/**
 * The cache of `to`, a copy of `from`'s table with one amount cell changed, for the one checker that made the copy.
 * `from` stays as it is for everyone else who holds its table (the reviewer's workbook, another checker: the root
 * causes' trial corrections run on the same tables as the live check, and must never move its cache away).
 */
export function forkCache(from: TableCache, to: Table, row: number, col: number): TableCache {
  const c = from.fork(to);
  c.patchCell(to, row, col);
  CACHES.set(to, c);
  return c;
}
