// The audit report's overview sections: the document, the tables recognised, the counts per severity and the
// rule coverage (how many rule instances passed, failed, or could not be checked, per table).
import type { ParsedDocument, RuleStatus, RuleStatusKind } from '../engine/index.ts';
import { describeProblem } from '../ui/messages/index.ts';
import { docKindCaption, docKindLabel } from '../ui/messages/budget-narrative.ts';
import { documentKind } from '../engine/doc-kind.ts';
import { html, type SafeHtml } from './html.ts';
import { label, pageLabel, severityLabel, STATUS_KINDS, statusLabel, type ReportLang } from './labels.ts';
import { SEVERITIES, severityCounts, tableName, tableTitle, type FindingRecord } from './records.ts';

export function formatDateTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function documentSection(doc: ParsedDocument, generatedAt: Date, lang: ReportLang): SafeHtml {
  const none = label(lang, 'none');
  const kind = documentKind(doc);
  const problems = doc.problems.length === 0 ? null : html`
    <h3>${label(lang, 'problems')}（${doc.problems.length}）</h3>
    <ul class="problems">${doc.problems.map((p) => html`<li data-code="${p.code}">${p.table ? `${p.table}：` : ''}${describeProblem(p, lang)}</li>`)}</ul>`;
  return html`<section class="document" data-section="document">
    <h2>${label(lang, 'document')}</h2>
    <dl class="doc">
      <dt>${label(lang, 'docTitle')}</dt><dd data-field="title">${doc.title ?? none}</dd>
      <dt>${docKindCaption(lang)}</dt><dd data-field="kind" data-kind="${kind.kind}">${docKindLabel(kind, lang)}</dd>
      <dt>${label(lang, 'department')}</dt><dd data-field="department">${doc.department ?? none}</dd>
      <dt>${label(lang, 'year')}</dt><dd data-field="year">${doc.year ?? none}</dd>
      <dt>${label(lang, 'unit')}</dt><dd data-field="unit">${doc.unit ?? none}</dd>
      <dt>${label(lang, 'generatedAt')}</dt><dd data-field="generated">${formatDateTime(generatedAt)}</dd>
    </dl>${problems}
  </section>`;
}

function countsOf(records: readonly FindingRecord[], tableId: string, lang: ReportLang): string {
  const of = records.filter((r) => r.tableId === tableId);
  const parts = SEVERITIES.map((s) => [s, of.filter((r) => r.finding.severity === s).length] as const)
    .filter(([, n]) => n > 0).map(([s, n]) => `${severityLabel(lang, s)} ${n}`);
  return parts.length === 0 ? '—' : parts.join(label(lang, 'commaSep'));
}

export function tablesSection(doc: ParsedDocument, records: readonly FindingRecord[], lang: ReportLang): SafeHtml {
  const rows = doc.tables.map((t) => html`<tr data-table="${t.id}" data-kind="${t.kind}">
      <td><code>${t.id}</code></td><td>${tableTitle(t)}</td><td>${t.title}</td><td>${t.layout ?? '—'}</td>
      <td class="num">${t.rows.length}</td><td class="num">${t.columns.length}</td><td>${t.unit ?? '—'}</td>
      <td class="num">${t.sourceLines ? `${t.sourceLines[0]}–${t.sourceLines[1]}` : '—'}${t.pages ? html`<div class="small">${pageLabel(lang, t.pages[0], t.pages[1])}</div>` : null}</td><td>${countsOf(records, t.id, lang)}</td>
    </tr>`);
  return html`<section class="tables page-break" data-section="tables">
    <h2>${label(lang, 'tables')}（${doc.tables.length}）</h2>
    <table>
      <thead><tr><th>${label(lang, 'tableId')}</th><th>${label(lang, 'kind')}</th><th>${label(lang, 'tableTitle')}</th>
        <th>${label(lang, 'layout')}</th><th class="num">${label(lang, 'rows')}</th><th class="num">${label(lang, 'columns')}</th>
        <th>${label(lang, 'unit')}</th><th class="num">${label(lang, 'sourceLines')}</th><th>${label(lang, 'findings')}</th></tr></thead>
      <tbody>${rows}</tbody>
    </table>
  </section>`;
}

export function summarySection(records: readonly FindingRecord[], lang: ReportLang): SafeHtml {
  const counts = severityCounts(records);
  const total = counts.reduce((n, c) => n + c.count, 0);
  return html`<section class="summary" data-section="summary">
    <h2>${label(lang, 'summary')}</h2>
    <table class="counts">
      <thead><tr><th>${label(lang, 'severity')}</th><th class="num">${label(lang, 'count')}</th><th class="num">${label(lang, 'explainedCount')}</th></tr></thead>
      <tbody>${counts.map((c) => html`<tr data-severity="${c.severity}"><td><span class="badge ${c.severity}">${severityLabel(lang, c.severity)}</span></td>
        <td class="num" data-count="${c.severity}">${c.count}</td><td class="num" data-explained="${c.severity}">${c.explained}</td></tr>`)}</tbody>
      <tfoot><tr><th>${label(lang, 'total')}</th><th class="num" data-count="total">${total}</th><th class="num">${counts.reduce((n, c) => n + c.explained, 0)}</th></tr></tfoot>
    </table>
  </section>`;
}

type Tally = Record<RuleStatusKind, number>;
const emptyTally = (): Tally => ({ pass: 0, fail: 0, not_applicable: 0, insufficient_data: 0, parse_error: 0, execution_error: 0 });

/** Per table (document order) and in total: how many rules ended in each status. */
export function coverageTally(doc: ParsedDocument, statuses: readonly RuleStatus[]): { tables: [string, Tally][]; total: Tally } {
  const byTable = new Map<string, Tally>();
  const total = emptyTally();
  for (const s of statuses) {
    const t = byTable.get(s.tableId) ?? emptyTally();
    t[s.status]++;
    total[s.status]++;
    byTable.set(s.tableId, t);
  }
  const order = (id: string) => { const i = doc.tables.findIndex((t) => t.id === id); return i < 0 ? doc.tables.length : i; };
  return { tables: [...byTable.entries()].sort((a, b) => order(a[0]) - order(b[0])), total };
}

export function coverageSection(doc: ParsedDocument, statuses: readonly RuleStatus[] | undefined, lang: ReportLang): SafeHtml {
  const head = html`<h2>${label(lang, 'coverage')}</h2>`;
  if (!statuses) return html`<section class="coverage page-break" data-section="coverage">${head}<p class="empty">${label(lang, 'noStatuses')}</p></section>`;
  const { tables, total } = coverageTally(doc, statuses);
  const cells = (t: Tally, tag: 'td' | 'th') => STATUS_KINDS.map((k) =>
    tag === 'td' ? html`<td class="num">${t[k]}</td>` : html`<th class="num" data-status="${k}">${t[k]}</th>`);
  return html`<section class="coverage page-break" data-section="coverage">${head}
    <table>
      <thead><tr><th>${label(lang, 'tableId')}</th>${STATUS_KINDS.map((k) => html`<th class="num">${statusLabel(lang, k)}</th>`)}</tr></thead>
      <tbody>${tables.map(([id, t]) => html`<tr data-table="${id}"><td>${tableName(doc, id, lang)} <code class="small">${id}</code></td>${cells(t, 'td')}</tr>`)}</tbody>
      <tfoot><tr><th>${label(lang, 'total')}</th>${cells(total, 'th')}</tr></tfoot>
    </table>
  </section>`;
}
