// The audit report's first page: the document (only the fields it has — never "无"), the kind of report, how many
// problems and findings of each severity, the tables recognised (named as printed, where they are, their
// problems) and what could not be checked (未能核对), so a reader knows the verdict before turning the page.
import type { ProblemsResult } from '../checks/problems/index.ts';
import type { Unchecked } from '../checks/unchecked.ts';
import { documentKind } from '../engine/doc-kind.ts';
import { docKindLabel } from '../ui/messages/budget-narrative.ts';
import type { Finding, ParsedDocument, Severity, Table } from '../engine/index.ts';
import { auditText, describeUncheckedForPeople, placeName } from '../ui/messages/index.ts';
import { homeTable } from './audit-problems.ts';
import { html, type SafeHtml } from './html.ts';
import { label, pageLabel, severityLabel, type ReportLang } from './labels.ts';
import { namesOf, SEVERITIES, severityCounts, type FindingRecord } from './records.ts';

export function formatDateTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The report's heading: 部门决算 / 部门预算 by the document's kind. */
export function auditHeading(doc: ParsedDocument, lang: ReportLang): string {
  const kind = documentKind(doc).kind;
  return auditText(lang, `heading_${kind === 'ambiguous' ? 'unknown' : kind}`);
}

function documentFields(doc: ParsedDocument, generatedAt: Date, lang: ReportLang): SafeHtml {
  const kind = documentKind(doc);
  const fields: [string, string, string | number | null][] = [
    ['title', label(lang, 'docTitle'), doc.title?.trim() || null],
    ['department', label(lang, 'department'), doc.department?.trim() || null],
    ['year', label(lang, 'year'), doc.year],
    ['kind', auditText(lang, 'reportKind'), kind.kind === 'unknown' ? null : docKindLabel(kind, lang)],
    ['unit', label(lang, 'unit'), doc.unit],
    ['generated', label(lang, 'generatedAt'), formatDateTime(generatedAt)],
  ];
  return html`<dl class="doc">${fields.filter(([, , v]) => v !== null && v !== '').map(([field, name, v]) =>
    html`<dt>${name}</dt><dd data-field="${field}">${v}</dd>`)}</dl>`;
}

function countsTable(records: readonly FindingRecord[], causes: ProblemsResult, lang: ReportLang): SafeHtml {
  const findings = severityCounts(records);
  const problems = (s: Severity) => causes.problems.filter((p) => p.severity === s).length;
  const row = (s: Severity) => {
    const c = findings.find((x) => x.severity === s)!;
    return html`<tr data-severity="${s}"><td><span class="badge ${s}">${severityLabel(lang, s)}</span></td>
      <td class="num" data-problems="${s}">${s === 'info' ? '—' : problems(s)}</td>
      <td class="num" data-count="${s}">${c.count}</td><td class="num" data-explained="${s}">${c.explained}</td></tr>`;
  };
  const total = findings.reduce((n, c) => n + c.count, 0);
  return html`<table class="counts">
    <thead><tr><th>${label(lang, 'severity')}</th><th class="num">${auditText(lang, 'problems')}</th>
      <th class="num">${auditText(lang, 'findings')}</th><th class="num">${label(lang, 'explainedCount')}</th></tr></thead>
    <tbody>${SEVERITIES.map(row)}</tbody>
    <tfoot><tr><th>${label(lang, 'total')}</th><th class="num" data-problems="total">${problems('error') + problems('warning')}</th>
      <th class="num" data-count="total">${total}</th><th class="num">${findings.reduce((n, c) => n + c.explained, 0)}</th></tr></tfoot>
  </table>
  <p class="small">${auditText(lang, 'countsNote')}</p>`;
}

function whereOf(t: Table, lang: ReportLang): string {
  if (t.pages) return pageLabel(lang, t.pages[0], t.pages[1]);
  if (t.sourceLines) return auditText(lang, 'lines', { range: `${t.sourceLines[0]}–${t.sourceLines[1]}` });
  return '—';
}

function problemCounts(causes: ProblemsResult, findings: readonly Finding[], tableId: string, lang: ReportLang): string {
  const of = causes.problems.filter((p) => p.severity !== 'info' && homeTable(p, findings) === tableId);
  const parts = SEVERITIES.filter((s) => s !== 'info').map((s) => [s, of.filter((p) => p.severity === s).length] as const)
    .filter(([, n]) => n > 0).map(([s, n]) => `${severityLabel(lang, s)} ${n}`);
  return parts.length === 0 ? '—' : parts.join(label(lang, 'commaSep'));
}

/** Findings not on a table: the narrative, the whole document, the comparison with last year's report. */
const OTHER_PLACES = ['N', 'document', 'cross-year'] as const;

function tablesList(doc: ParsedDocument, causes: ProblemsResult, findings: readonly Finding[], lang: ReportLang): SafeHtml {
  const names = namesOf(doc, lang);
  const head = html`<h3>${auditText(lang, 'tablesFound')}（${doc.tables.length}）</h3>`;
  if (doc.tables.length === 0) return html`${head}<p class="empty">${auditText(lang, 'noTables')}</p>`;
  return html`${head}<table class="tables">
    <thead><tr><th>${auditText(lang, 'table')}</th><th>${auditText(lang, 'where')}</th><th class="num">${auditText(lang, 'rows')}</th><th>${auditText(lang, 'tableProblems')}</th></tr></thead>
    <tbody>${doc.tables.map((t) => html`<tr data-table="${t.id}" data-kind="${t.kind}"><td>${names.get(t.id) ?? ''}</td>
      <td>${whereOf(t, lang)}</td><td class="num">${t.rows.length}</td><td>${problemCounts(causes, findings, t.id, lang)}</td></tr>`)}
    ${OTHER_PLACES.filter((id) => problemCounts(causes, findings, id, lang) !== '—').map((id) => html`<tr data-place="${id}"><td colspan="3">${placeName(id, names, lang)}</td><td>${problemCounts(causes, findings, id, lang)}</td></tr>`)}</tbody>
  </table>`;
}

function uncheckedList(doc: ParsedDocument, items: readonly Unchecked[] | undefined, lang: ReportLang): SafeHtml | null {
  if (!items) return null;
  const head = html`<h3>${auditText(lang, 'unchecked')}（${items.length}）</h3>`;
  if (items.length === 0) return html`<div data-section="unchecked">${head}<p class="empty">${auditText(lang, 'uncheckedNone')}</p></div>`;
  const names = namesOf(doc, lang);
  return html`<div data-section="unchecked">${head}<table>
    <thead><tr><th>${auditText(lang, 'where')}</th><th>${label(lang, 'reason')}</th></tr></thead>
    <tbody>${items.map((u) => html`<tr data-reason="${u.reason}" data-table="${u.table}"><td>${placeName(u.table, names, lang)}</td><td>${describeUncheckedForPeople(u, names, lang)}</td></tr>`)}</tbody>
  </table></div>`;
}

export interface SummaryInput {
  readonly doc: ParsedDocument;
  readonly findings: readonly Finding[];
  readonly records: readonly FindingRecord[];
  readonly causes: ProblemsResult;
  readonly unchecked?: readonly Unchecked[];
  readonly generatedAt: Date;
}

export function summaryPage(input: SummaryInput, lang: ReportLang): SafeHtml {
  const { doc, records, causes } = input;
  return html`<section class="summary" data-section="summary">
    <h2>${auditText(lang, 'summary')}</h2>
    ${documentFields(doc, input.generatedAt, lang)}
    <h3>${auditText(lang, 'counts')}</h3>
    ${countsTable(records, causes, lang)}
    ${tablesList(doc, causes, input.findings, lang)}
    ${uncheckedList(doc, input.unchecked, lang)}
  </section>`;
}
