// The printable audit report: one standalone HTML document (inline CSS, no scripts, no external resources, a
// CSP that forbids loading any). First page: the summary (document, kind, counts of problems per severity, the
// tables recognised, 未能核对); then the problems grouped by table, the findings, the parse notes and the rule
// coverage. Tables are named as printed; ids and rule codes stay in data attributes (and in the JSON).
// Every piece of document text goes through the escaping template; the browser's print gives the PDF.
import type { ProblemsResult } from '../checks/problems/index.ts';
import type { Finding, ParsedDocument, RuleStatus } from '../engine/index.ts';
import { auditCss } from './audit-style.ts';
import { findingsSection } from './audit-findings.ts';
import type { Unchecked } from '../checks/unchecked.ts';
import { problemsSection } from './audit-problems.ts';
import { problemsFor } from './problems.ts';
import { coverageSection, parseNotesSection } from './audit-sections.ts';
import { auditHeading, summaryPage } from './audit-summary.ts';
import { html, SafeHtml } from './html.ts';
import type { ReportLang } from './labels.ts';
import { findingRecords, namesOf } from './records.ts';

export interface AuditReportInput {
  readonly doc: ParsedDocument;
  readonly findings: readonly Finding[];
  readonly statuses?: readonly RuleStatus[];
  /** what could not be checked (未能核对); the section is left out when absent */
  readonly unchecked?: readonly Unchecked[];
  /** 核实说明 notes keyed by findingKey(f) (narrative findings also as the workbench keys them: key@offset) */
  readonly notes?: Readonly<Record<string, string>>;
  /** the report's heading; defaults to 部门决算/部门预算勾稽审核报告 by the document's kind */
  readonly title?: string;
  readonly generatedAt?: Date;
  readonly lang?: 'zh' | 'en';
  /** root-cause problems of exactly these findings; computed with the document's rules when absent */
  readonly problems?: ProblemsResult;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function buildAuditReport(input: AuditReportInput): string {
  const lang: ReportLang = input.lang ?? 'zh';
  const { doc } = input;
  const generatedAt = input.generatedAt ?? new Date();
  const causes = problemsFor(doc, input.findings, input.problems);
  const records = findingRecords(doc, input.findings, input.notes ?? {}, lang, causes.problemOf);
  const heading = input.title?.trim() || auditHeading(doc, lang);
  const subtitle = [doc.department, doc.year !== null ? String(doc.year) : null].filter(Boolean).join(' · ');
  const page = html`<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="gouji">
<title>${doc.title ? `${heading} — ${doc.title}` : heading}</title>
<style>${new SafeHtml(auditCss(lang))}</style>
</head>
<body>
<header>
  <h1 data-field="heading">${heading}</h1>
  ${subtitle ? html`<p class="meta">${subtitle}</p>` : null}
</header>
<main>
${summaryPage({ doc, findings: input.findings, records, causes, unchecked: input.unchecked, generatedAt }, lang)}
${problemsSection(doc, input.findings, records, causes, lang)}
${findingsSection(records, namesOf(doc, lang), lang)}
${parseNotesSection(doc, lang)}
${coverageSection(doc, input.statuses, lang)}
</main>
</body>
</html>
`;
  return page.value;
}
