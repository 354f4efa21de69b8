// Test tables in the domain's notation: table(['code','label','1','2','3'], rows) — 'code', 'label' and
// 'line' (行次) are key columns ('label2' a second pane's label), a number is an amount column with that printed 栏 number, 'p1:2' is 栏 2
// in pane 1. A row is its cells, or { cells, flags, pane, lineNo }.
import { colNo, makeCell, type Column, type Row, type RowFlag, type Table, type TableKind } from '../../../src/engine/table.ts';
import type { BoundRule } from '../../../src/engine/check/types.ts';
import type { Severity } from '../../../src/engine/finding.ts';

export type RowSpec = readonly string[] | { cells: readonly string[]; flags?: RowFlag[]; pane?: number };

export interface TableOptions {
  id?: string;
  kind?: TableKind;
}

export function table(header: readonly string[], rows: readonly RowSpec[], opts: TableOptions = {}): Table {
  const columns: Column[] = header.map((h): Column => {
    if (h === 'code') return { key: h, colNo: null, header: h, role: 'code' };
    if (h.startsWith('label')) return { key: h, colNo: null, header: h, role: 'label' };
    if (h === 'line') return { key: 'lineNo', colNo: null, header: '行次', role: 'lineNo' };
    const pane = /^p(\d+):(\d+)$/.exec(h);
    if (pane) return { key: `c${pane[2]}`, colNo: colNo(Number(pane[2])), header: h, role: 'amount', pane: Number(pane[1]) };
    if (/^\d+$/.test(h)) return { key: `c${h}`, colNo: colNo(Number(h)), header: h, role: 'amount' };
    return { key: h, colNo: null, header: h, role: 'amount' };
  });
  const at = (name: string) => header.indexOf(name);
  const built: Row[] = rows.map((spec) => {
    const cells = Array.isArray(spec) ? spec as readonly string[] : (spec as { cells: readonly string[] }).cells;
    const extra = Array.isArray(spec) ? {} : spec as { flags?: RowFlag[]; pane?: number };
    const text = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
    const code = text(at('code')).replace(/\s+/g, '');
    const line = text(at('line'));
    return {
      code: code || null,
      label: text(at('label')),
      lineNo: /^\d+$/.test(line) ? Number(line) : null,
      cells: header.map((_, i) => makeCell(text(i))),
      ...(extra.flags ? { flags: extra.flags } : {}),
      ...(extra.pane !== undefined ? { pane: extra.pane } : {}),
    };
  });
  return {
    id: opts.id ?? 't1', kind: opts.kind ?? 'unknown', layout: null, title: opts.id ?? 't1', unit: '万元',
    year: null, department: null, columns, rows: built, notes: [],
  };
}

export function rule(expr: string, tableId = 't1', severity: Severity = 'error', id = expr): BoundRule {
  return { def: { id, expr, severity }, tableId };
}

/** The same table with one cell's text replaced (re-parsed), for mutation tests. */
export function withText(t: Table, row: number, col: number, text: string): Table {
  const rows = t.rows.map((r, i) => (i === row ? { ...r, cells: r.cells.map((c, k) => (k === col ? makeCell(text) : c)) } : r));
  return { ...t, rows };
}
