// Blocks read by other modules: 绩效 tables (src/paste/perf) and fiscal tables in `pdftotext -layout` text
// (src/paste/layout). Both share one signature: (lines, kind, title) → { table, problems }.
import type { ParseProblem } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import type { SourceLine } from '../source-line.ts';

export type BlockParser = (lines: readonly SourceLine[], kind: TableKind, title: string) => { table: Table; problems: ParseProblem[] };

const PERF_KINDS: ReadonlySet<TableKind> = new Set(['P_PROJECT', 'P_DEPT', 'P_EVAL', 'P_SUMMARY']);

export function isPerfKind(kind: TableKind): boolean {
  return PERF_KINDS.has(kind);
}

export function delegateFor(_kind: TableKind, _layoutText: boolean): BlockParser | null {
  return null;
}

export function detectLayoutText(_sample: readonly SourceLine[]): boolean {
  return false;
}
