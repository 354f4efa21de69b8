// A small read-only lookup over parsed tables for the narrative checks: rows by label (loosely, in any
// pane) or 科目 code, a value by 栏 number or header word, converted to 万元, with the cell it came from.
import { Decimal } from '../../engine/decimal.ts';
import { halfUnit } from '../../engine/decimal.ts';
import type { CellRef } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';

export interface Figure {
  readonly value: Decimal; // 万元
  readonly half: Decimal;
  readonly ref: CellRef;
  /** set when the figure's row or column was found by position rather than by its label */
  readonly binding?: 'position';
}

export interface ColumnPick {
  readonly colNo?: number;
  /** matched against the column header (whitespace removed) */
  readonly header?: RegExp;
  /** index in table.columns */
  readonly index?: number;
}

const ENUM_RE = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]|其中[：:]?)+/;

export function normLabel(s: string): string {
  return s.replace(/[\s\u3000]/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/[“”"'‘’]/g, '').replace(ENUM_RE, '');
}

export function tablesOf(doc: ParsedDocument, kind: TableKind): Table[] {
  return doc.tables.filter((t) => t.kind === kind);
}

/** Rows whose label equals the key (normalised), else the rows whose label starts with it. */
export function findRows(table: Table, key: string | RegExp, pane?: number): number[] {
  const match = (pred: (l: string) => boolean) => table.rows.flatMap((r, i) =>
    (r.flags?.includes('header') ? false : pred(normLabel(r.label))) && (pane === undefined || (r.pane ?? 0) === pane) ? [i] : []);
  if (key instanceof RegExp) return match((l) => key.test(l));
  const k = normLabel(key);
  const exact = match((l) => l === k);
  return exact.length > 0 ? exact : match((l) => l.startsWith(k) && l.length > 0);
}

export function findRowByCode(table: Table, code: string): number[] {
  return table.rows.flatMap((r, i) => (r.code === code ? [i] : []));
}

const FACTOR: Readonly<Record<string, Decimal>> = { 万元: new Decimal(1), 元: new Decimal('0.0001'), 亿元: new Decimal(10000) };

/** The value of a row: in the picked column, else the first numeric amount column of the row's pane. */
export function rowValue(table: Table, rowIdx: number, pick?: ColumnPick): Figure | null {
  const row = table.rows[rowIdx];
  if (!row) return null;
  const cols = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.role === 'amount');
  const samePane = (pane: number | undefined) => row.pane === undefined || pane === undefined || pane === row.pane;
  let candidates = cols.filter(({ c }) => samePane(c.pane));
  if (pick?.index !== undefined) candidates = candidates.filter(({ i }) => i === pick.index);
  if (pick?.colNo !== undefined) candidates = candidates.filter(({ c }) => c.colNo === pick.colNo);
  if (pick?.header) candidates = candidates.filter(({ c }) => pick.header!.test(c.header.replace(/\s/g, '')));
  for (const { c, i } of candidates) {
    const cell = row.cells[i];
    if (!cell) continue;
    const v = cell.value;
    const factor = FACTOR[table.unit ?? '万元'] ?? new Decimal(1);
    const ref: CellRef = { table: table.id, row: rowIdx, col: i, code: row.code, label: row.label, colNo: c.colNo, text: cell.text };
    if (v.kind === 'number') return { value: v.value.times(factor), half: halfUnit(v.decimals).times(factor), ref };
    if (v.kind === 'empty' || v.kind === 'placeholder') {
      // a blank is 0 only in a row that was read with numbers; an all-blank row is a parse gap, not data
      if (pick && row.cells.some((x) => x.value.kind === 'number')) return { value: new Decimal(0), half: new Decimal(0), ref };
      continue;
    }
  }
  return null;
}

/** Tables whose rows obey “1栏 = Σ other 栏”: a row that breaks it was misread and is not compared. */
const ROW_IDENTITY: Partial<Record<string, readonly number[]>> = { T02: [2, 3, 4, 5, 6, 7], T03: [2, 3, 4, 5, 6], T05: [2, 3] };

export function rowTrusted(table: Table, rowIdx: number): boolean {
  const row = table.rows[rowIdx];
  if (!row || row.flags?.includes('column_ambiguous')) return false;
  const parts = ROW_IDENTITY[table.kind];
  if (!parts) return true;
  const at = (n: number) => {
    const i = table.columns.findIndex((c) => c.colNo === n);
    const v = i >= 0 ? row.cells[i]?.value : undefined;
    return v?.kind === 'number' ? v.value : new Decimal(0);
  };
  const sum = parts.reduce((acc, n) => acc.plus(at(n)), new Decimal(0));
  return at(1).minus(sum).abs().lte(new Decimal('0.01').times(parts.length + 1));
}

export type Lookup = Figure | 'ambiguous' | null;

/** One figure from the first table of a kind: row by label/code, column by pick. Several rows → ambiguous. */
export function lookup(doc: ParsedDocument, kind: TableKind, row: { label?: string | RegExp; code?: string; pane?: number; last?: boolean },
  pick?: ColumnPick): Lookup {
  for (const table of tablesOf(doc, kind)) {
    let rows = row.code ? findRowByCode(table, row.code) : row.label ? findRows(table, row.label, row.pane) : [];
    if (rows.length === 0 && row.pane !== undefined && row.label) rows = findRows(table, row.label);
    rows = rows.filter((r) => rowTrusted(table, r));
    if (rows.length === 0) continue;
    if (rows.length > 1) {
      const values = rows.map((r) => rowValue(table, r, pick)).filter((f): f is Figure => f !== null);
      const distinct = new Set(values.map((f) => f.value.toString()));
      if (distinct.size > 1 && !row.last && row.pane === undefined) return 'ambiguous';
      return (row.last ? values[values.length - 1] : values[0]) ?? null;
    }
    return rowValue(table, rows[0]!, pick);
  }
  return null;
}
