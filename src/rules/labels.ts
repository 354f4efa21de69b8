// Row lookup the way rules/README.md describes `[label]` matching (normalised labels, exact match
// first, then a unique prefix; digit keys match 科目 codes), used to fit layouts and expand macros.
import { normaliseLabel } from '../engine/index.ts';
import type { Row, Table } from '../engine/table.ts';

/** The engine's label normalisation, so packs select rows exactly as the evaluator does. */
export { normaliseLabel };

const isDataRow = (r: Row) => !r.flags?.includes('header') && !r.flags?.includes('note');

/** Rows a single key selects (pane-filtered when given): code, exact label, else a unique prefix. */
export function findRows(table: Table, key: string, pane?: number): Row[] {
  const rows = table.rows.filter((r) => isDataRow(r) && (pane === undefined || r.pane === undefined || r.pane === pane));
  const k = key.trim();
  if (/^[\d\s]+$/.test(k)) {
    const code = k.replace(/\s+/g, '');
    return rows.filter((r) => r.code === code);
  }
  const nk = normaliseLabel(k);
  if (nk === '') return [];
  const exact = rows.filter((r) => normaliseLabel(r.label) === nk);
  if (exact.length > 0) return exact;
  const prefix = rows.filter((r) => normaliseLabel(r.label).startsWith(nk));
  return prefix.length === 1 ? prefix : [];
}

/** `[a|b]` semantics: the first alternative that selects a row. */
export function findRowByKeys(table: Table, keys: readonly string[], pane?: number): Row | null {
  for (const key of keys) {
    const rows = findRows(table, key, pane);
    if (rows.length > 0) return rows[0]!;
  }
  return null;
}

/** Pane of the column carrying printed 栏 number n, when the table is multi-pane. */
export function paneOfColumn(table: Table, n: number): number | undefined {
  return table.columns.find((c) => c.colNo === n)?.pane;
}

/** Does the table satisfy one `requires` entry of a pack? */
export function meetsRequirement(table: Table, req: number | string): boolean {
  if (typeof req === 'number') return table.columns.some((c) => c.colNo === req);
  const line = /^(\d+)行$/.exec(req);
  if (line) return table.rows.some((r) => r.lineNo === Number(line[1]));
  const label = /^\[(.+)\]$/.exec(req);
  if (label) return findRowByKeys(table, label[1]!.split('|')) !== null;
  if (req === 'codes') return table.rows.filter((r) => r.code !== null).length >= 2;
  throw new Error(`unknown pack requirement: ${req}`);
}
