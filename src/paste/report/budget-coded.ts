// 部门预算 coded tables pasted as tab-separated rows (Excel/WPS) or space-separated PDF text: the coded-table
// parser reads them; the layout is named by the number of amount columns, as for layout text (one 金额 column =
// `.1`; 合计/基本/项目 or 合计/人员/公用 = `.3`; src/paste/layout/budget-specs.ts).
import type { BudgetKind } from '../../engine/table.ts';
import { buildCoded } from './coded.ts';
import type { TableParser } from './draft.ts';

export const TSV_BUDGET_CODED: ReadonlySet<string> = new Set(['B05', 'B06', 'B07', 'B08', 'B10', 'B11', 'B12']);

export function buildBudgetCoded(kind: BudgetKind): TableParser {
  const inner = buildCoded(kind);
  return (lines, ctx) => {
    const built = inner(lines, ctx);
    const amounts = built.columns.filter((c) => c.role === 'amount').length;
    const layout = amounts === 1 ? `${kind}.1` : amounts === 3 && kind !== 'B12' ? `${kind}.3` : null;
    // an unprinted header of the one amount column is the 江苏 template's 金额
    const columns = amounts === 1
      ? built.columns.map((c) => (c.role === 'amount' && /^\d+栏$/.test(c.header) ? { ...c, header: '金额' } : c))
      : built.columns;
    return { ...built, columns, layout };
  };
}
