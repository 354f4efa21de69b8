// Findings of the special (non-notation) checks: same shape as engine findings, no prose.
import type { CellRef, Finding, Severity } from '../../engine/finding.ts';
import type { Table } from '../../engine/table.ts';

export function rowRef(table: Table, row: number): CellRef {
  const r = table.rows[row]!;
  return { table: table.id, row, col: -1, lineNo: r.lineNo, code: r.code, label: r.label };
}

export function specialFinding(
  ruleId: string, code: string, severity: Severity, table: string, location: CellRef | null,
  params: Readonly<Record<string, string | number>>,
): Finding {
  return {
    ruleId, code, severity, table, location, cells: location ? [location] : [], formula: '', operands: [],
    expected: '', actual: '', difference: '', tolerance: '', params,
  };
}

/** Does any amount cell of the table's data rows hold a non-zero number? */
export function hasData(table: Table): boolean {
  return table.rows.some((r) => !r.flags?.includes('header') && r.cells.some((c, j) =>
    table.columns[j]?.role === 'amount' && (c.value.kind === 'number' || c.value.kind === 'percent') && !c.value.value.isZero()));
}
