// Fills a template with the numbers of a real table: rows matched by 科目 code, then 行次, then label
// (aliases and truncated names allowed); rows the template does not print are inserted after the row
// placed before them; unused blank rows without a 行次 are dropped. Used to show correct filling and to
// prove the templates against the real documents.
import { normaliseLabel } from '../engine/check/labels.ts';
import { makeCell, type Cell, type Column, type Row, type Table } from '../engine/table.ts';
import type { TemplateRow } from './templates.ts';

const code = (r: Row) => r.code?.replace(/\s+/g, '') || null;
const isBlankSlot = (r: Row) => !r.code && r.label.trim() === '' && r.lineNo === null;

function labelMatches(t: TemplateRow, s: Row): boolean {
  const key = normaliseLabel(s.label);
  if (key === '') return false;
  return [t.label, ...(t.aliases ?? [])].some((l) => {
    const n = normaliseLabel(l);
    // names cut at the cell width (“信息网络及软件购置更”) still match
    return n !== '' && (n === key || (n.startsWith(key) && key.length >= 4) || (key.startsWith(n) && n.length >= 4));
  });
}

function matches(t: TemplateRow, s: Row, byLine: boolean): boolean {
  if (t.pane !== undefined && s.pane !== undefined && t.pane !== s.pane) return false;
  if (code(t) || code(s)) return code(t) === code(s);
  if (byLine && t.lineNo !== null && s.lineNo !== null) return t.lineNo === s.lineNo;
  return t.label.trim() !== '' && labelMatches(t, s);
}

/** For each template column, the source column it takes its value from (by 栏 number, else by key). */
function columnMap(template: Table, source: Table): number[] {
  return template.columns.map((c) => source.columns.findIndex((s) =>
    c.colNo !== null ? s.colNo === c.colNo : s.key === c.key && s.colNo === null));
}

function filledCells(columns: readonly Column[], map: readonly number[], from: Row, keys: Row): Cell[] {
  return columns.map((c, j) => {
    if (c.role === 'code') return makeCell(keys.code ?? '');
    if (c.role === 'label') return makeCell(keys.label);
    if (c.role === 'lineNo') return makeCell(keys.lineNo === null ? '' : String(keys.lineNo));
    const at = map[j]!;
    return at >= 0 ? from.cells[at] ?? makeCell('') : keys === from ? makeCell('') : keys.cells[j]!;
  });
}

function stripAliases(r: TemplateRow): Row {
  const { aliases: _aliases, ...row } = r;
  return row;
}

export function fillTemplate(template: Table, source: Table): Table {
  const byLine = template.rows.some((r) => r.lineNo !== null) && source.rows.some((r) => r.lineNo !== null);
  const map = columnMap(template, source);
  const rows = template.rows as readonly TemplateRow[];
  const placed = new Map<number, Row>();
  const inserted = new Map<number, Row[]>(); // after template row i (-1: before the first)
  let anchor = -1;
  for (const s of source.rows) {
    if (s.flags?.includes('header')) continue;
    const i = rows.findIndex((t, k) => !placed.has(k) && matches(t, s, byLine));
    if (i >= 0) {
      placed.set(i, s);
      anchor = i;
      continue;
    }
    const list = inserted.get(anchor) ?? [];
    list.push({ ...s, cells: filledCells(template.columns, map, s, s) });
    inserted.set(anchor, list);
  }
  const out: Row[] = [...(inserted.get(-1) ?? [])];
  rows.forEach((t, i) => {
    const s = placed.get(i);
    if (s) out.push({ ...stripAliases(t), cells: filledCells(template.columns, map, s, t), ...(s.group ? { group: s.group } : {}) });
    else if (!isBlankSlot(t)) out.push(stripAliases(t));
    out.push(...(inserted.get(i) ?? []));
  });
  return { ...template, rows: out, notes: source.notes, year: source.year, department: source.department, unit: source.unit ?? template.unit };
}
