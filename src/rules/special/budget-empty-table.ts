// 部门预算 政府性基金 (B10) and 国有资本经营预算 (B11) 支出表 may be empty but must say so (江苏: “注：本部门无相关收支
// 项目”); a “no data” statement on a table that has data is contradicted. Same codes as the 决算 check (empty-table.ts).
import type { Finding } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import { hasData, specialFinding } from './finding.ts';

export const BUDGET_EMPTY_TABLE_RULE = 'S.budget-empty-table';

const KINDS: ReadonlySet<TableKind> = new Set(['B10', 'B11']);
const STATEMENT = /本表无数据|无相关(?:收支|支出)|无该项目|(?:无|没有)(?:使用|安排)?[^，。；]{0,12}(?:政府性基金|国有资本经营)|(?:收支|支出|数据)为(?:空|零)/;
/** 说明 sentences that may stand in for the table note */
const NARRATIVE: Partial<Record<TableKind, RegExp>> = {
  B10: /(?:无|没有)(?:使用|安排)?[^，。；]{0,10}政府性基金/,
  B11: /(?:无|没有)(?:使用|安排)?[^，。；]{0,10}国有资本经营/,
};

function statementText(t: Table): string {
  const rowText = t.rows.flatMap((r) => [r.label, ...r.cells.filter((c) => c.value.kind === 'text').map((c) => c.text)]);
  return [...t.notes, ...rowText].map((x) => x.replace(/\s+/g, '')).join('\n');
}

export function checkBudgetEmptyTables(doc: ParsedDocument): Finding[] {
  const out: Finding[] = [];
  const narrative = doc.narrative.text.replace(/\s+/g, '');
  for (const t of doc.tables.filter((x) => KINDS.has(x.kind))) {
    const stated = statementText(t).split(/[。\n]/).some((s) => STATEMENT.test(s));
    const data = hasData(t);
    if (!data && !stated && !(NARRATIVE[t.kind]?.test(narrative) ?? false)) {
      out.push(specialFinding(BUDGET_EMPTY_TABLE_RULE, 'empty_table_statement_missing', 'warning', t.id, null, { kind: t.kind }));
    }
    if (data && stated) {
      out.push(specialFinding(BUDGET_EMPTY_TABLE_RULE, 'empty_statement_contradicted', 'warning', t.id, null, { kind: t.kind, against: t.id }));
    }
  }
  return out;
}
