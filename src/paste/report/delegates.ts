// Blocks read by other modules: 绩效 tables (src/paste/perf) and fiscal tables in `pdftotext -layout` text
// (src/paste/layout). Both share one signature: (lines, kind, title) → { table, problems }.
import type { ParseProblem } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import type { SourceLine } from '../source-line.ts';
import { isLayoutText, parseLayoutBlock } from '../layout/index.ts';
import { parsePerfBlock } from '../perf/index.ts';
import { BUDGET_TOTAL_KINDS, parseBudgetTotalsBlock } from './budget-totals.ts';

export type BlockParser = (lines: readonly SourceLine[], kind: TableKind, title: string) => { table: Table; problems: ParseProblem[] };

const PERF_KINDS: ReadonlySet<TableKind> = new Set(['P_PROJECT', 'P_DEPT', 'P_EVAL', 'P_SUMMARY']);
// 决算 T01–T10, and the 部门预算 coded, 三公 and 政府采购 tables B05–B14 (src/paste/layout/budget-*.ts)
const FISCAL = /^(T(0[1-9]|10)|B(0[5-9]|1[0-4]))$/;
const INDENTED_TITLE = /^[\f ]*? {4,}\S/; // a page break (form feed) may come before or inside the indent

export function isPerfKind(kind: TableKind): boolean {
  return PERF_KINDS.has(kind);
}

/** Whether a document sample has the `pdftotext -layout` shape (columns by character offsets). */
export function detectLayoutText(sample: readonly SourceLine[]): boolean {
  return isLayoutText(sample);
}

/**
 * The parser of another module for this block, or null for the report parsers. Layout text is told apart from
 * space-separated PDF text (whose padded numbers can also line up) by its centred, indented title lines.
 */
export function delegateFor(kind: TableKind, lines: readonly SourceLine[], docLayout: boolean): BlockParser | null {
  if (PERF_KINDS.has(kind)) return parsePerfBlock;
  // 部门预算 summary tables (B01–B04): layout text or PDF lines (tab-separated pastes go to the report parsers)
  if (BUDGET_TOTAL_KINDS.has(kind) && !lines.some((l) => l.text.includes('\t'))) return parseBudgetTotalsBlock;
  if (!FISCAL.test(kind)) return null;
  const title = lines[0]?.text ?? '';
  if (lines.some((l) => l.frags)) return parseLayoutBlock; // read from a PDF: columns from real positions
  if (INDENTED_TITLE.test(title) && (docLayout || isLayoutText(lines) || (kind.startsWith('B') && singleAmountLine(lines)))) {
    return parseLayoutBlock;
  }
  return null;
}

/** A budget layout table with one amount line (the 江苏 三公 table) has no recurring amount offsets to align. */
function singleAmountLine(lines: readonly SourceLine[]): boolean {
  if (lines.some((l) => l.text.includes('\t'))) return false;
  return lines.filter((l) => /\d\.\d{2}(?!\d)/.test(l.text)).length === 1 && lines.some((l) => /\S {3,}\S/.test(l.text));
}
