// 项目支出预算表 (B14, layout B14.1: 项目名称 | 金额, read only as a flat list with one 合计 row): 合计 = Σ the
// projects listed (budget.md: parents = Σ children), with the rounding model of every identity. The notation cannot
// say "every other row" (project names may repeat), hence a special check. A B14 in any other form is listed as not
// checked (src/checks/unchecked.ts).
import type { Finding } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import { parentSumFinding } from './procurement-tree.ts';

export const PROJECT_TOTAL_RULE = 'S.project-total';

export function checkProjectTotals(doc: ParsedDocument): Finding[] {
  return doc.tables.filter((t) => t.kind === 'B14' && t.layout === 'B14.1').flatMap((t) => {
    const total = t.rows.findIndex((r) => r.flags?.includes('total'));
    if (total < 0) return [];
    const kids = t.rows.map((_, i) => i).filter((i) => i !== total);
    return parentSumFinding(t, total, kids, PROJECT_TOTAL_RULE, 'project_sum_mismatch') ?? [];
  });
}
