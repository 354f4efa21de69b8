// Reading 绩效 cells as printed decimals, comparing them within the printed-precision envelope, and
// building findings in the shape of table findings (table, location cell, cells, expected/actual/difference).
import { Decimal, halfUnit } from '../../engine/decimal.ts';
import type { CellRef, Finding, Severity } from '../../engine/finding.ts';
import type { Row, Table } from '../../engine/table.ts';

export interface Num {
  readonly value: Decimal;
  readonly decimals: number;
  readonly ref: CellRef;
}

export function colIndex(table: Table, key: string): number {
  return table.columns.findIndex((c) => c.key === key);
}

export function ref(table: Table, row: number, key: string): CellRef {
  const col = colIndex(table, key);
  const r = table.rows[row];
  return {
    table: table.id, row, col, label: r?.label ?? '', colNo: null,
    ...(col >= 0 && r ? { text: r.cells[col]?.text ?? '' } : {}),
  };
}

/** A number or percent cell; blank, “—” and text give null. */
export function num(table: Table, row: number, key: string): Num | null {
  const col = colIndex(table, key);
  const v = col >= 0 ? table.rows[row]?.cells[col]?.value : undefined;
  if (!v || (v.kind !== 'number' && v.kind !== 'percent')) return null;
  return { value: v.value, decimals: v.decimals, ref: ref(table, row, key) };
}

export function text(table: Table, row: number, key: string): string {
  const col = colIndex(table, key);
  return col >= 0 ? table.rows[row]?.cells[col]?.text ?? '' : '';
}

export const rowsOf = (table: Table, block: string): number[] =>
  table.rows.flatMap((r: Row, i) => (r.block === block ? [i] : []));

export const sumOf = (xs: readonly Num[]) => xs.reduce((a, x) => a.plus(x.value), new Decimal(0));
/**
 * Half a unit of every printed operand: how far rounding alone can move a sum. Scores printed as integers
 * are assigned, not rounded (a 9 is a 9), so with `scores` they count as exact.
 */
export const envelope = (xs: readonly Num[], scores = false) =>
  xs.reduce((a, x) => (scores && x.decimals === 0 ? a : a.plus(halfUnit(x.decimals))), new Decimal(0));

export type Outcome = 'ok' | 'residue' | 'mismatch';

/** Equal → ok; apart by no more than the rounding envelope → residue (尾数误差); else mismatch. */
export function compare(
  actual: Num, expected: Decimal, parts: readonly Num[], scores = false,
): { outcome: Outcome; tolerance: Decimal } {
  const diff = actual.value.minus(expected).abs();
  const tolerance = envelope([actual, ...parts], scores);
  if (diff.isZero()) return { outcome: 'ok', tolerance };
  return { outcome: diff.lte(tolerance) ? 'residue' : 'mismatch', tolerance };
}

/** A value restated elsewhere (汇总表 ↔ 自评表, text ↔ table) may only round to its own, coarser precision. */
export function compareCopy(copy: Num, source: Num): { outcome: Outcome; tolerance: Decimal } {
  const tolerance = halfUnit(Math.min(copy.decimals, source.decimals));
  const diff = copy.value.minus(source.value).abs();
  if (diff.isZero()) return { outcome: 'ok', tolerance };
  return { outcome: diff.lt(tolerance) || (diff.eq(tolerance) && copy.decimals < source.decimals) ? 'residue' : 'mismatch', tolerance };
}

export interface FindingInput {
  readonly ruleId: string;
  readonly code: string;
  readonly severity: Severity;
  readonly table: string;
  readonly location: CellRef | null;
  readonly cells: readonly CellRef[];
  readonly formula: string;
  readonly expected?: Decimal | string | null;
  readonly actual?: Decimal | string | null;
  readonly tolerance?: Decimal | string | null;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly operands?: readonly Num[];
}

const str = (v: Decimal | string | null | undefined) => (v == null ? '' : typeof v === 'string' ? v : v.toFixed());

export function finding(f: FindingInput): Finding {
  const expected = str(f.expected);
  const actual = str(f.actual);
  const difference =
    f.expected instanceof Decimal && f.actual instanceof Decimal ? f.actual.minus(f.expected).toFixed() : '';
  return {
    ruleId: f.ruleId, code: f.code, severity: f.severity, table: f.table, location: f.location, cells: f.cells,
    formula: f.formula,
    operands: (f.operands ?? []).map((o) => ({ ref: o.ref, value: o.value.toFixed() })),
    expected, actual, difference, tolerance: str(f.tolerance),
    ...(f.params ? { params: f.params } : {}),
  };
}

/** A sum identity (total = Σ parts) as a finding, or nothing when it holds. Residue → info. */
export function sumFinding(
  base: Omit<FindingInput, 'severity' | 'expected' | 'actual' | 'tolerance' | 'cells' | 'operands' | 'location'>,
  total: Num, parts: readonly Num[], severity: Severity = 'error', scores = false,
): Finding | null {
  const expected = sumOf(parts);
  const { outcome, tolerance } = compare(total, expected, parts, scores);
  if (outcome === 'ok') return null;
  return finding({
    ...base, code: outcome === 'residue' ? 'rounding_residue' : base.code, severity: outcome === 'residue' ? 'info' : severity,
    location: total.ref, cells: [total.ref, ...parts.map((p) => p.ref)], operands: parts,
    expected, actual: total.value, tolerance,
  });
}
