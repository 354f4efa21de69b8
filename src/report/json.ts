// Findings as JSON for other tools: the document's identity, the counts, every finding exactly as the engine
// produced it plus its key, place, message, note, 已说明 flag and problem id, the root-cause problems, and the
// rule statuses when given.
// No neutralisation here: JSON is data, not a spreadsheet.
import type { ProblemsResult } from '../checks/problems/index.ts';
import type { Finding, ParsedDocument, RuleStatus } from '../engine/index.ts';
import type { Unchecked } from '../checks/unchecked.ts';
import { documentKind } from '../engine/doc-kind.ts';
import { describeRootProblem, describeUnchecked, humaniseIds } from '../ui/messages/index.ts';
import type { ReportLang } from './labels.ts';
import { problemsFor } from './problems.ts';
import { findingRecords, namesOf, severityCounts } from './records.ts';

export const FINDINGS_JSON_FORMAT = 'gouji.findings';
export const FINDINGS_JSON_VERSION = 1;

export interface FindingsJsonOptions {
  readonly notes?: Readonly<Record<string, string>>;
  readonly statuses?: readonly RuleStatus[];
  /** what could not be checked (未能核对), each with its message */
  readonly unchecked?: readonly Unchecked[];
  readonly lang?: ReportLang;
  readonly generatedAt?: Date;
  /** root-cause problems of exactly these findings; computed with the document's rules when absent */
  readonly problems?: ProblemsResult;
}

/** 部门预算/部门决算 ('budget' | 'final' | 'ambiguous' | 'unknown') and 部门/单位, as the CLI JSON gives them. */
function kindFields(doc: ParsedDocument): { kind: string; scope: string | null } {
  const k = documentKind(doc);
  return { kind: k.kind, scope: k.scope };
}

export function buildFindingsJson(doc: ParsedDocument, findings: readonly Finding[], opts: FindingsJsonOptions = {}): string {
  const lang = opts.lang ?? 'zh';
  const causes = problemsFor(doc, findings, opts.problems);
  const records = findingRecords(doc, findings, opts.notes, lang, causes.problemOf);
  const names = namesOf(doc, lang);
  const body = {
    format: FINDINGS_JSON_FORMAT,
    version: FINDINGS_JSON_VERSION,
    generatedAt: (opts.generatedAt ?? new Date()).toISOString(),
    document: { title: doc.title, department: doc.department, year: doc.year, unit: doc.unit, ...kindFields(doc) },
    tables: doc.tables.map((t) => ({ id: t.id, name: names.get(t.id) ?? t.title, kind: t.kind, layout: t.layout, title: t.title, ...(t.printedNo ? { printedNo: t.printedNo } : {}), rows: t.rows.length, columns: t.columns.length, ...(t.pages ? { pages: t.pages } : {}) })),
    counts: Object.fromEntries(severityCounts(records).map((c) => [c.severity, { count: c.count, explained: c.explained }])),
    findings: records.map((r) => ({
      ...r.finding,
      key: r.key,
      tableName: r.tableName,
      sourceLine: r.sourceLine,
      ...(r.page !== null ? { page: r.page } : {}),
      message: r.message,
      note: r.note,
      explained: r.explained,
      ...(r.sentence ? { sentence: r.sentence } : {}),
      problem: r.problem,
    })),
    // root causes; their `findings` index the input findings, and each finding above names its problem
    problems: causes.problems.map((p) => ({ ...p, message: humaniseIds(describeRootProblem(p, findings, lang, names), names) })),
    ...(opts.statuses ? { statuses: opts.statuses } : {}),
    ...(opts.unchecked ? { unchecked: opts.unchecked.map((u) => ({ ...u, message: humaniseIds(describeUnchecked(u, lang), names) })) } : {}),
  };
  return JSON.stringify(body, null, 2) + '\n';
}
