// Where a mark or an injected error sits, in words the trainee recognises: sheet, row label, column header.
import type { ParsedDocument } from '../../engine/document.ts';
import { TABLE_KIND_NAMES } from '../../engine/table.ts';
import type { CellMark, InjectedError } from '../../trainer/index.ts';
import type { Lang } from '../i18n.ts';
import { trainerText } from './messages.ts';

export function describePlace(doc: ParsedDocument, lang: Lang, table: string, row: number, col: number, offset?: number): string {
  if (table === 'N') return offset === undefined ? trainerText(lang, 'narrative') : `${trainerText(lang, 'narrative')} @${offset}`;
  const t = doc.tables.find((x) => x.id === table);
  if (!t) return table;
  const sheet = t.kind === 'unknown' ? t.title || table : `${t.kind} ${TABLE_KIND_NAMES[t.kind]}`;
  const r = t.rows[row];
  const rowName = r ? [r.code, r.label].filter(Boolean).join(' ') || `${trainerText(lang, 'row')} ${row + 1}` : '';
  const colName = col >= 0 ? t.columns[col]?.header ?? '' : '';
  return [sheet, rowName, colName].filter(Boolean).join(' · ');
}

export function describeMark(doc: ParsedDocument, lang: Lang, m: CellMark): string {
  return describePlace(doc, lang, m.table, m.row, m.col, m.offset);
}

export function describeInjected(doc: ParsedDocument, lang: Lang, e: InjectedError): string {
  if (e.kind === 'dropped_row') return `${describePlace(doc, lang, e.table, -1, -1)} · ${e.before}`;
  if (e.table === 'N') return `${trainerText(lang, 'narrative')}：${e.before}% → ${e.after}%`;
  return `${describePlace(doc, lang, e.table, e.row, e.col)}：${e.before} → ${e.after}`;
}

/** Character offset of the current selection inside the 说明 view, or null when it is elsewhere. */
export function narrativeSelectionOffset(sel: Selection | null, root: Element | null): number | null {
  if (!sel || !root || sel.rangeCount === 0 || !sel.anchorNode || !root.contains(sel.anchorNode)) return null;
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(sel.anchorNode, sel.anchorOffset);
  return range.toString().length;
}
