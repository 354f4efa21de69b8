// The audit report's problems section, right after the summary page: per table (the culprit's, else the first
// finding's), each error or warning problem as its sentence (a computed culprit reads "… 很可能应为 …（现为 …；
// 牵连 N 个勾稽关系；…）"), where it is (cell, page) and its findings as evidence (their numbers further on).
import type { Problem, ProblemsResult } from '../checks/problems/index.ts';
import { SEVERITY_ORDER, type Finding, type ParsedDocument } from '../engine/index.ts';
import { describeCell, describeRootProblem, humaniseIds } from '../ui/messages/index.ts';
import type { CellRef } from '../engine/index.ts';
import { msg } from '../messages/index.ts';
import { html, type SafeHtml } from './html.ts';
import { label, pageLabel, severityLabel, type ReportLang } from './labels.ts';
import { namesOf, tableName, type FindingRecord } from './records.ts';

/** The table a problem is listed under: its culprit's, else its first finding's. */
export function homeTable(p: Problem, findings: readonly Finding[]): string {
  return p.culprit && p.culprit.table !== 'N' && p.culprit.row >= 0 ? p.culprit.table : findings[p.findings[0]!]?.table ?? 'document';
}

/** The culprit within its table (the group heading names the table): "21015 财政事务 1栏". */
function cellPlace(ref: CellRef, lang: ReportLang): string {
  return `${describeCell(ref, lang)}${ref.colNo != null ? msg(lang, 'problems.col', { colNo: ref.colNo }) : ''}`;
}

/** Where a problem is: its culprit cell, else its first finding's cell; and the page, when read from a PDF. */
function whereLine(p: Problem, first: FindingRecord | undefined, lang: ReportLang): string {
  const computed = p.culprit !== null && p.suggested !== null;
  const loc = first?.finding.location;
  const cell = computed ? cellPlace(p.culprit!, lang) : loc && loc.row >= 0 && first!.finding.table !== 'N' ? cellPlace(loc, lang) : '';
  const page = first?.page != null ? pageLabel(lang, first.page) : '';
  return [cell, page].filter(Boolean).join(label(lang, 'commaSep'));
}

function problemRow(p: Problem, findings: readonly Finding[], recordOf: ReadonlyMap<Finding, readonly [number, FindingRecord]>, names: ReadonlyMap<string, string>, lang: ReportLang): SafeHtml {
  const computed = p.culprit !== null && p.suggested !== null;
  const evidence = p.findings.map((i) => findings[i]!).filter((f) => f !== undefined);
  const where = whereLine(p, evidence[0] ? recordOf.get(evidence[0])?.[1] : undefined, lang);
  const refs = evidence.map((f) => `#${recordOf.get(f)?.[0] ?? '?'}`).join(msg(lang, 'common.listSep'));
  const sep = label(lang, 'listSep');
  return html`<tr class="problem" data-problem="${p.id}" data-severity="${p.severity}" data-basis="${p.basis}"${computed ? html` data-culprit="true"` : null}>
    <td><strong>${p.id}</strong></td>
    <td><span class="badge ${p.severity}">${severityLabel(lang, p.severity)}</span></td>
    <td>${humaniseIds(describeRootProblem(p, findings, lang, names), names)}
      <div class="small">${where ? `${label(lang, 'place')}：${where}${sep}` : ''}${label(lang, 'evidence')}：${refs}</div></td>
  </tr>`;
}

export function problemsSection(doc: ParsedDocument, findings: readonly Finding[], records: readonly FindingRecord[], causes: ProblemsResult, lang: ReportLang): SafeHtml {
  const recordOf = new Map(records.map((r, k) => [r.finding, [k + 1, r]] as const));
  const shown = causes.problems.filter((p) => p.severity !== 'info');
  const rest = causes.problems.length - shown.length;
  const groups = new Map<string, Problem[]>();
  for (const p of [...shown].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])) {
    const t = homeTable(p, findings);
    groups.set(t, [...(groups.get(t) ?? []), p]);
  }
  const head = html`<colgroup><col class="p-id"><col class="p-sev"><col></colgroup>
    <thead><tr><th>${label(lang, 'problemId')}</th><th>${label(lang, 'severity')}</th><th>${label(lang, 'message')}</th></tr></thead>`;
  // document-level first, then the tables in document order, the narrative last
  const rank = (id: string) => (id === 'document' ? -1 : id === 'N' ? doc.tables.length + 1 : doc.tables.findIndex((t) => t.id === id) + 1 || doc.tables.length);
  const ordered = [...groups].sort((a, b) => rank(a[0]) - rank(b[0]));
  const body = shown.length === 0 ? html`<p class="empty">${label(lang, 'noProblems')}</p>` : ordered.map(([t, ps]) => html`<div class="problem-group" data-table="${t}">
      <h4>${tableName(doc, t, lang)}（${ps.length}）</h4>
      <table class="problems">${head}<tbody>${ps.map((p) => problemRow(p, findings, recordOf, namesOf(doc, lang), lang))}</tbody></table>
    </div>`);
  const more = rest > 0 ? html`<p class="small">${label(lang, 'infoProblems')} ${rest}</p>` : null;
  return html`<section class="root-problems page-break" data-section="problems"><h2>${label(lang, 'rootProblems')}（${shown.length}）</h2>${body}${more}</section>`;
}
