// What the CLI reports per file, shared by the JSON and text formats: the recognised tables, the parse problems
// and the findings, each with its message and its place in the input (source line).
import type { Finding, ParsedDocument, ParseProblem, Table } from '../engine/index.ts';
import { describeFinding, describeProblem } from '../ui/messages/index.ts';

export interface TableSummary {
  readonly id: string;
  readonly kind: string;
  readonly layout: string | null;
  readonly title: string;
  readonly unit: string | null;
  readonly rows: number;
  readonly columns: number;
  readonly sourceLines: readonly [number, number] | null;
  /** first and last PDF page (documents read from a PDF) */
  readonly pages?: readonly [number, number];
}

export type ReportedFinding = Finding & { readonly message: string; readonly sourceLine: number | null };
export type ReportedProblem = ParseProblem & { readonly message: string };

export interface FileReport {
  readonly file: string;
  readonly tables: TableSummary[];
  readonly findings: ReportedFinding[];
  readonly problems: ReportedProblem[];
  /** set when the file could not be read or parsed at all */
  readonly error: ReportedProblem | null;
}

export function summariseTable(t: Table): TableSummary {
  return {
    id: t.id, kind: t.kind, layout: t.layout, title: t.title, unit: t.unit,
    rows: t.rows.length, columns: t.columns.length, sourceLines: t.sourceLines ?? null, ...(t.pages ? { pages: t.pages } : {}),
  };
}

/** Source line of the finding's primary cell, looked up in its table. */
export function sourceLineOf(doc: ParsedDocument, f: Finding): number | null {
  const loc = f.location;
  if (!loc || loc.row < 0) return null;
  const table = doc.tables.find((t) => t.id === loc.table);
  return table?.rows[loc.row]?.sourceLine ?? null;
}

export function reportProblem(p: ParseProblem): ReportedProblem {
  return { ...p, message: describeProblem(p, 'zh') };
}

export function fileReport(file: string, doc: ParsedDocument, findings: readonly Finding[]): FileReport {
  return {
    file,
    tables: doc.tables.map(summariseTable),
    findings: findings.map((f) => ({ ...f, message: describeFinding(f, 'zh'), sourceLine: sourceLineOf(doc, f) })),
    problems: doc.problems.map(reportProblem),
    error: null,
  };
}

export function failedReport(file: string, reason: ParseProblem): FileReport {
  return { file, tables: [], findings: [], problems: [], error: reportProblem(reason) };
}
