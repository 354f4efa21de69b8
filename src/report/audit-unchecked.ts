// The audit report's 未能核对 section: every table, rule or document part that could not be checked, with the reason
// (src/checks/unchecked.ts), so nothing unchecked reads as passed.
import type { Unchecked } from '../checks/unchecked.ts';
import { describeUnchecked, uncheckedWhere } from '../ui/messages/index.ts';
import { html, type SafeHtml } from './html.ts';
import { label, type ReportLang } from './labels.ts';

export function uncheckedSection(items: readonly Unchecked[] | undefined, lang: ReportLang): SafeHtml | null {
  if (!items) return null;
  const head = html`<h2>${label(lang, 'unchecked')}</h2>`;
  if (items.length === 0) return html`<section class="unchecked" data-section="unchecked">${head}<p class="empty">${label(lang, 'uncheckedNone')}</p></section>`;
  return html`<section class="unchecked" data-section="unchecked">${head}
    <table>
      <thead><tr><th>${label(lang, 'tableId')}</th><th>${label(lang, 'reason')}</th></tr></thead>
      <tbody>${items.map((u) => html`<tr data-reason="${u.reason}" data-table="${u.table}"><td>${uncheckedWhere(u, lang)}${u.table !== 'document' ? html` <code class="small">${u.table}</code>` : null}</td><td>${describeUnchecked(u, lang)}</td></tr>`)}</tbody>
    </table>
  </section>`;
}
