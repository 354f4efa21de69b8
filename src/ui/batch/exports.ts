// Exports of a batch: the summary list (CSV / .xlsx, worded here from the messages layer) and the audit
// reports of its documents, one per document or all in one, each built from the stored draft with the
// workbench's own checks (its custom rules, switches and 核实说明 notes) and its cross-year findings.
import { documentLevelFindings } from '../../checks/check-document.ts';
import type { Finding } from '../../engine/finding.ts';
import type { DraftStore } from '../../store/index.ts';
import { buildAuditReport } from '../../report/index.ts';
import type { SummaryTable } from '../../report/batch-summary.ts';
import { bt, type BatchTextKey } from '../messages/batch-text.ts';
import { docKindName } from '../messages/budget-narrative.ts';
import type { Lang } from '../i18n.ts';
import { fromDraft } from '../drafts/codec.ts';
import { CheckSession } from '../model/check-session.ts';
import type { RowView } from './rows.ts';

export function linkText(r: RowView, lang: Lang): string {
  const parts: string[] = [];
  if (r.prev) parts.push(`${bt(lang, 'prevLink', { label: r.prev.label })}（${bt(lang, `match_${r.prev.match}` as BatchTextKey)}）`);
  if (r.next) parts.push(`${bt(lang, 'nextLink', { label: r.next.label })}（${bt(lang, `match_${r.next.match}` as BatchTextKey)}）`);
  if (r.status === 'duplicate') parts.push(bt(lang, 'duplicateNote', { others: r.duplicateOf.join('、') }));
  if (r.status === 'year_unknown') parts.push(bt(lang, 'yearUnknownNote'));
  if (r.status === 'department_unknown') parts.push(bt(lang, 'departmentUnknownNote'));
  return parts.join('；');
}

export const kindText = (r: RowView, lang: Lang): string => (r.kind ? docKindName(r.kind, lang) : '');
export const statusText = (r: RowView, lang: Lang): string => bt(lang, `st_${r.status}` as BatchTextKey);

export function summaryTable(rows: readonly RowView[], lang: Lang): SummaryTable {
  const num = (s: BatchTextKey) => ({ header: bt(lang, s), kind: 'number' as const });
  const txt = (s: BatchTextKey) => ({ header: bt(lang, s), kind: 'text' as const });
  const read = (r: RowView) => r.status !== 'skipped' && r.status !== 'unreadable';
  return {
    columns: [txt('col_key'), txt('col_department'), num('col_year'), txt('col_kind'), num('col_recognised'), num('col_problems'), num('col_errors'),
      num('col_warnings'), num('col_info'), num('col_unchecked'), txt('col_status'), txt('col_links')],
    rows: rows.map((r) => [
      r.key, r.department ?? '', r.year === null ? '' : String(r.year), kindText(r, lang), read(r) ? `${r.recognised}` : '',
      read(r) ? `${r.problems}` : '', read(r) ? `${r.errors}` : '', read(r) ? `${r.warnings}` : '', read(r) ? `${r.info}` : '',
      read(r) ? `${r.unchecked}` : '',
      r.reason ? `${statusText(r, lang)}：${r.reason}` : statusText(r, lang), linkText(r, lang),
    ]),
  };
}

/** A stored draft's audit report, with the cross-year findings it gets as the later year of a link. */
export async function auditOf(store: DraftStore, draftId: string, cross: (doc: ReturnType<typeof fromDraft>['doc']) => Finding[], lang: Lang): Promise<string | null> {
  const d = await store.get(draftId);
  if (!d || d.deletedAt !== null) return null;
  const w = fromDraft(d);
  const session = new CheckSession(w.doc, w.custom, w.disabled);
  const findings = [...session.findings(), ...documentLevelFindings(w.doc, w.disabled), ...cross(w.doc)];
  return buildAuditReport({ doc: w.doc, findings, statuses: session.statuses, notes: Object.fromEntries(w.notes), lang, title: undefined });
}
