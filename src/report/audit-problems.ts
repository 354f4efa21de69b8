// The audit report's problems section, first among the results: per table (the culprit's, else the first
// finding's), each error or warning problem with its culprit cell, suggested value, kind of slip, how many
// identities it explains, its sentence, and its findings as evidence (their numbers in the findings section).
import type { Problem, ProblemsResult } from '../checks/problems/index.ts';
import { SEVERITY_ORDER, type Finding, type ParsedDocument } from '../engine/index.ts';
import { describeCell, describeRootProblem, describeSuggestionKind, groupDigits, humaniseIds } from '../ui/messages/index.ts';
import type { CellRef } from '../engine/index.ts';
import { html, type SafeHtml } from './html.ts';
import { label, severityLabel, type ReportLang } from './labels.ts';
import { namesOf, tableName, type FindingRecord } from './records.ts';

/** The table a problem is listed under: its culprit's, else its first finding's. */
export function homeTable(p: Problem, findings: readonly Finding[]): string {
  return p.culprit && p.culprit.table !== 'N' && p.culprit.row >= 0 ? p.culprit.table : findings[p.findings[0]!]?.table ?? 'document';
}

/** The culprit within its table (the group heading names the table): "21015 财政事务 1栏". */
function cellPlace(ref: CellRef, lang: ReportLang): string {
  return `${describeCell(ref, lang)}${ref.colNo != null ? (lang === 'zh' ? ` ${ref.colNo}栏` : ` col. ${ref.colNo}`) : ''}`;
}

function problemRow(p: Problem, findings: readonly Finding[], numberOf: ReadonlyMap<Finding, number>, names: ReadonlyMap<string, string>, lang: ReportLang): SafeHtml {
  const computed = p.culprit !== null && p.suggested !== null;
  const evidence = p.findings.map((i) => findings[i]!).filter((f) => f !== undefined);
  return html`<tr class="problem" data-problem="${p.id}" data-severity="${p.severity}" data-basis="${p.basis}"${computed ? html` data-culprit="true"` : null}>
    <td><strong>${p.id}</strong></td>
    <td><span class="badge ${p.severity}">${severityLabel(lang, p.severity)}</span></td>
    <td>${computed ? cellPlace(p.culprit!, lang) : '—'}</td>
    <td class="num">${computed ? groupDigits(p.suggested!) : '—'}</td>
    <td>${p.kind ? describeSuggestionKind(p.kind, lang) : '—'}</td>
    <td class="num">${p.explains || '—'}</td>
    <td>${humaniseIds(describeRootProblem(p, findings, lang), names)}
      <div class="small">${label(lang, 'evidence')}：${evidence.map((f) => `#${numberOf.get(f) ?? '?'}`).join(lang === 'zh' ? '、' : ', ')}</div></td>
  </tr>`;
}

export function problemsSection(doc: ParsedDocument, findings: readonly Finding[], records: readonly FindingRecord[], causes: ProblemsResult, lang: ReportLang): SafeHtml {
  const numberOf = new Map(records.map((r, k) => [r.finding, k + 1] as const));
  const shown = causes.problems.filter((p) => p.severity !== 'info');
  const rest = causes.problems.length - shown.length;
  const groups = new Map<string, Problem[]>();
  for (const p of [...shown].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])) {
    const t = homeTable(p, findings);
    groups.set(t, [...(groups.get(t) ?? []), p]);
  }
  const head = html`<thead><tr><th>${label(lang, 'problemId')}</th><th>${label(lang, 'severity')}</th><th>${label(lang, 'culprit')}</th>
    <th class="num">${label(lang, 'suggested')}</th><th>${label(lang, 'slip')}</th><th class="num">${label(lang, 'explains')}</th><th>${label(lang, 'message')}</th></tr></thead>`;
  // document-level first, then the tables in document order, the narrative last
  const rank = (id: string) => (id === 'document' ? -1 : id === 'N' ? doc.tables.length + 1 : doc.tables.findIndex((t) => t.id === id) + 1 || doc.tables.length);
  const ordered = [...groups].sort((a, b) => rank(a[0]) - rank(b[0]));
  const body = shown.length === 0 ? html`<p class="empty">${label(lang, 'noProblems')}</p>` : ordered.map(([t, ps]) => html`<div class="problem-group" data-table="${t}">
      <h4>${tableName(doc, t, lang)}（${ps.length}）</h4>
      <table class="problems">${head}<tbody>${ps.map((p) => problemRow(p, findings, numberOf, namesOf(doc, lang), lang))}</tbody></table>
    </div>`);
  const more = rest > 0 ? html`<p class="small">${label(lang, 'infoProblems')} ${rest}</p>` : null;
  return html`<section class="root-problems page-break" data-section="problems"><h2>${label(lang, 'rootProblems')}（${shown.length}）</h2>${body}${more}</section>`;
}
