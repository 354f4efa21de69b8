// Checks of the 绩效 (performance) tables of a document (domain guide §4): funds and 执行率, scores and group
// points, 总分 and grade, 汇总表 ↔ 自评表, and scores quoted in the text. Findings have the shape of table
// findings, with stable codes; wording lives in src/ui/messages/perf.ts.
import type { ParsedDocument } from '../../engine/document.ts';
import type { Finding } from '../../engine/finding.ts';
import type { Table } from '../../engine/table.ts';
import { checkFunds } from './funds.ts';
import { checkGroups } from './groups.ts';
import { checkNarrativeScores } from './narrative.ts';
import { checkScores, scoredUnits } from './scores.ts';
import { checkSummary } from './summary.ts';

const PERF_KINDS = new Set(['P_PROJECT', 'P_DEPT', 'P_EVAL', 'P_SUMMARY']);

export function checkPerformance(doc: ParsedDocument): Finding[] {
  const tables = doc.tables.filter((t) => PERF_KINDS.has(t.kind));
  const out: Finding[] = [];
  for (const t of tables) out.push(...checkPerfTable(t, tables));
  out.push(...checkNarrativeScores(doc));
  return out;
}

/** One table's own checks; a summary is also checked against the other tables' details. */
export function checkPerfTable(table: Table, all: readonly Table[] = []): Finding[] {
  if (table.kind === 'P_SUMMARY') return checkSummary(table, all);
  const units = scoredUnits(table);
  return [...checkFunds(table), ...checkScores(table, units), ...checkGroups(table, units)];
}

export { gradeOf } from './scores.ts';
