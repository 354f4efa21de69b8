// Where a mark or an injected error sits, in words the trainee recognises: the sheet as named (tableNames), the row
// label, the column header; a place in the 说明 by its character offset.
import type { ParsedDocument } from '../../engine/document.ts';
import type { CellMark, InjectedError } from '../../trainer/index.ts';
import type { Lang } from '../i18n.ts';
import { msg } from '../../messages/index.ts';
import { placeName } from '../messages/index.ts';
import { trainerText } from './messages.ts';

type Names = ReadonlyMap<string, string>;

export function describePlace(doc: ParsedDocument, names: Names, lang: Lang, table: string, row: number, col: number, offset?: number): string {
  if (table === 'N') return offset === undefined ? trainerText(lang, 'narrative') : msg(lang, 'trainer.narrativeAt', { offset: offset + 1 });
  const t = doc.tables.find((x) => x.id === table);
  const sheet = placeName(table, names, lang);
  if (!t) return sheet;
  const r = t.rows[row];
  const rowName = r ? [r.code, r.label].filter(Boolean).join(' ') || `${trainerText(lang, 'row')} ${row + 1}` : '';
  const colName = col >= 0 ? t.columns[col]?.header ?? '' : '';
  return [sheet, rowName, colName].filter(Boolean).join(' · ');
}

export function describeMark(doc: ParsedDocument, names: Names, lang: Lang, m: CellMark): string {
  return describePlace(doc, names, lang, m.table, m.row, m.col, m.offset);
}

export function describeInjected(doc: ParsedDocument, names: Names, lang: Lang, e: InjectedError): string {
  if (e.kind === 'dropped_row') return `${describePlace(doc, names, lang, e.table, -1, -1)} · ${e.before}`;
  if (e.table === 'N') return `${trainerText(lang, 'narrative')}：${e.before}% → ${e.after}%`;
  return `${describePlace(doc, names, lang, e.table, e.row, e.col)}：${e.before} → ${e.after}`;
}

/** Character offset of the current selection inside the 说明 view, or null when it is elsewhere. */
export function narrativeSelectionOffset(sel: Selection | null, root: Element | null): number | null {
  if (!sel || !root || sel.rangeCount === 0 || !sel.anchorNode || !root.contains(sel.anchorNode)) return null;
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(sel.anchorNode, sel.anchorOffset);
  return range.toString().length;
}
