// The four 部门预算 summary tables (B01 收支预算总表, B02 收入预算总表, B03 支出预算总表, B04 财政拨款收支预算总表)
// in `pdftotext -layout` text or PDF lines: title/unit/notes off the block, then the parser of the table's shape.
import type { ParseProblem } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import type { SourceLine } from '../source-line.ts';
import { prepareBlock } from '../layout/block.ts';
import { parseBudgetColumns } from './budget-columns.ts';
import { parseBudgetGroups } from './budget-groups.ts';
import { parseBudgetPanes } from './budget-panes.ts';

export const BUDGET_TOTAL_KINDS: ReadonlySet<TableKind> = new Set(['B01', 'B02', 'B03', 'B04']);

export function parseBudgetTotalsBlock(
  lines: readonly SourceLine[], kind: TableKind, title: string,
): { table: Table; problems: ParseProblem[] } {
  const block = prepareBlock(lines, title);
  switch (kind) {
    case 'B02': return parseBudgetGroups(kind, title, block);
    case 'B03': return parseBudgetColumns(kind, title, block, lines.some((l) => l.frags !== undefined));
    default: return parseBudgetPanes(kind, title, block);
  }
}
