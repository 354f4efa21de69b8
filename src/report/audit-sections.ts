// The audit report's closing sections: the parse notes and the rule coverage (how many rule instances passed,
// failed, or could not be checked, per table named as printed).
import type { ParsedDocument, RuleStatus, RuleStatusKind } from '../engine/index.ts';
import { auditText, describeProblem, humaniseIds, tablePrefix } from '../ui/messages/index.ts';
import { html, type SafeHtml } from './html.ts';
import { label, STATUS_KINDS, statusLabel, type ReportLang } from './labels.ts';
import { namesOf, tableName } from './records.ts';

/** Parse notes (解析提示): what the parser could not read with certainty, each under its table's name; none → no section. */
export function parseNotesSection(doc: ParsedDocument, lang: ReportLang): SafeHtml | null {
  if (doc.problems.length === 0) return null;
  const names = namesOf(doc, lang);
  return html`<section class="parse-notes" data-section="parse">
    <h2>${auditText(lang, 'parseNotes')}（${doc.problems.length}）</h2>
    <ul class="problems">${doc.problems.map((p) => html`<li data-code="${p.code}">${tablePrefix(p.table, names, lang)}${humaniseIds(describeProblem(p, lang), names)}</li>`)}</ul>
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
      <thead><tr><th>${auditText(lang, 'table')}</th>${STATUS_KINDS.map((k) => html`<th class="num">${statusLabel(lang, k)}</th>`)}</tr></thead>
      <tbody>${tables.map(([id, t]) => html`<tr data-table="${id}"><td>${tableName(doc, id, lang)}</td>${cells(t, 'td')}</tr>`)}</tbody>
      <tfoot><tr><th>${label(lang, 'total')}</th>${cells(total, 'th')}</tr></tfoot>
    </table>
  </section>`;
}
