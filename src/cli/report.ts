// What the CLI reports per file, shared by the JSON and text formats: the recognised tables, the parse notes,
// the root-cause problems and the findings, each with its message, its problem id and its place in the input.
import type { ProblemsResult, Problem } from '../checks/problems/index.ts';
import type { Finding, ParsedDocument, ParseProblem, Table } from '../engine/index.ts';
import type { Unchecked } from '../checks/unchecked.ts';
import { documentKind, type DocKindValue, type DocScope } from '../engine/doc-kind.ts';
import { describeFinding, describeProblem, describeRootProblem, describeUnchecked, humaniseIds, placeName, tableNames } from '../ui/messages/index.ts';

export interface TableSummary {
  readonly id: string;
  readonly kind: string;
  readonly layout: string | null;
  readonly title: string;
  /** the table named as a reviewer sees it ("公开01表 收入支出决算总表", "未识别表格 1（第 77 行起）") */
  readonly name: string;
  readonly unit: string | null;
  readonly rows: number;
  readonly columns: number;
  readonly sourceLines: readonly [number, number] | null;
  /** first and last PDF page (documents read from a PDF) */
  readonly pages?: readonly [number, number];
}

export type ReportedFinding = Finding & { readonly message: string; readonly sourceLine: number | null; readonly problem: string };
export type ReportedProblem = ParseProblem & { readonly message: string };
/** an item of 未能核对: what could not be checked, with its reason code and sentence */
export type ReportedUnchecked = Unchecked & { readonly where: string; readonly message: string };
export type ReportedRootProblem = Problem & { readonly message: string };

export interface FileReport {
  readonly file: string;
  /** 部门预算 'budget' / 部门决算 'final' / 'ambiguous' (both indicated) / 'unknown' (src/engine/doc-kind.ts) */
  readonly kind: DocKindValue;
  /** 部门 'department' / 单位 'unit' / null */
  readonly scope: DocScope | null;
  /** the tables file checked together with this 说明 file (`X_tables.pdf` beside `X.pdf`) */
  readonly companion?: string;
  readonly tables: TableSummary[];
  readonly findings: ReportedFinding[];
  /** root causes: one per group of findings that share a culprit (src/checks/problems) */
  readonly problems: ReportedRootProblem[];
  /** what the parser could not read or wants the reviewer to know */
  readonly parseNotes: ReportedProblem[];
  /** 未能核对: what could not be checked at all, with the reason */
  readonly unchecked: ReportedUnchecked[];
  /** set when the file could not be read or parsed at all */
  readonly error: ReportedProblem | null;
}

export function summariseTable(t: Table, name: string): TableSummary {
  return {
    id: t.id, kind: t.kind, layout: t.layout, title: t.title, name, unit: t.unit,
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

export function reportProblem(p: ParseProblem, names: ReadonlyMap<string, string> = new Map()): ReportedProblem {
  return { ...p, message: humaniseIds(describeProblem(p, 'zh'), names) };
}

export function fileReport(file: string, doc: ParsedDocument, findings: readonly Finding[], causes: ProblemsResult,
  unchecked: readonly Unchecked[] = []): FileReport {
  const dk = documentKind(doc);
  // messages name tables as printed; the ids stay in the `table` fields
  const names = tableNames(doc.tables, 'zh');
  const human = (text: string) => humaniseIds(text, names);
  return {
    file, kind: dk.kind, scope: dk.scope,
    tables: doc.tables.map((t) => summariseTable(t, names.get(t.id) ?? t.id)),
    findings: findings.map((f, i) => ({ ...f, message: describeFinding(f, 'zh', names), sourceLine: sourceLineOf(doc, f), problem: causes.problemOf[i] ?? '' })),
    problems: causes.problems.map((p) => ({ ...p, message: human(describeRootProblem(p, findings, 'zh', names)) })),
    parseNotes: doc.problems.map((p) => reportProblem(p, names)),
    unchecked: unchecked.map((u) => ({ ...u, where: placeName(u.table, names, 'zh'), message: human(describeUnchecked(u, 'zh')) })),
    error: null,
  };
}

export function failedReport(file: string, reason: ParseProblem): FileReport {
  return { file, kind: 'unknown', scope: null, tables: [], findings: [], problems: [], parseNotes: [], unchecked: [], error: reportProblem(reason) };
}
