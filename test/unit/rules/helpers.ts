// Test tables in the paper form's own notation: columns 'code' | 'label' | 'line' | '<栏>' with an
// optional '@pane', one array of printed cell texts per row (the pane is that of the first filled key cell).
import type { ParsedDocument } from '../../../src/engine/document.ts';
import { makeCell, colNo, type Column, type Row, type Table, type TableKind } from '../../../src/engine/table.ts';

export interface TableSpec {
  readonly id?: string;
  readonly kind: TableKind;
  readonly layout?: string | null;
  readonly cols: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly notes?: readonly string[];
  readonly year?: number;
}

function column(token: string): Column {
  const [name, paneText] = token.split('@');
  const pane = paneText === undefined ? undefined : Number(paneText);
  const base = { header: name!, ...(pane === undefined ? {} : { pane }) };
  if (name === 'code') return { ...base, key: `code${paneText ?? ''}`, colNo: null, role: 'code' };
  if (name === 'label') return { ...base, key: `label${paneText ?? ''}`, colNo: null, role: 'label' };
  if (name === 'line') return { ...base, key: `line${paneText ?? ''}`, colNo: null, role: 'lineNo' };
  return { ...base, key: `c${name}`, colNo: colNo(Number(name)), role: 'amount' };
}

export function table(spec: TableSpec): Table {
  const columns = spec.cols.map(column);
  const rows: Row[] = spec.rows.map((texts) => {
    if (texts.length !== columns.length) throw new Error(`row has ${texts.length} cells, table ${columns.length}: ${texts.join('|')}`);
    const keyAt = columns.findIndex((c, i) => c.role !== 'amount' && texts[i]!.trim() !== '');
    const pane = keyAt >= 0 ? columns[keyAt]!.pane : undefined;
    const pick = (role: Column['role']) => texts.find((t, i) => columns[i]!.role === role && columns[i]!.pane === pane && t.trim() !== '')?.trim() ?? '';
    const label = pick('label');
    const line = pick('lineNo');
    const code = pick('code').replace(/\s+/g, '');
    return {
      code: code === '' ? null : code, label, lineNo: line === '' ? null : Number(line),
      cells: texts.map(makeCell), ...(pane === undefined ? {} : { pane }),
      ...(/^(合计|总计)$/.test(label) && !code ? { flags: ['total' as const] } : {}),
    };
  });
  return {
    id: spec.id ?? spec.kind, kind: spec.kind, layout: spec.layout ?? null, title: spec.kind, unit: '万元',
    year: spec.year ?? null, department: null, columns, rows, notes: spec.notes ?? [],
  };
}

export function doc(tables: readonly Table[], narrative = '', year: number | null = null): ParsedDocument {
  return {
    title: null, department: null, year, unit: '万元', tables, problems: [],
    narrative: { text: narrative, lineMap: narrative.split('\n').map((_, i) => i + 1) },
  };
}

/** Replace one printed cell (row key = code, label or 行次, in the pane of the 栏) — a failing case's injected error. */
export function withCell(t: Table, rowKey: string, col: number, text: string): Table {
  const j = t.columns.findIndex((c) => c.colNo === col);
  const pane = t.columns[j]?.pane;
  const i = t.rows.findIndex((r) => (r.code === rowKey || r.label === rowKey || String(r.lineNo) === rowKey)
    && (pane === undefined || r.pane === undefined || r.pane === pane));
  if (i < 0 || j < 0) throw new Error(`no cell ${rowKey}/${col}`);
  const rows = t.rows.map((r, k) => (k === i ? { ...r, cells: r.cells.map((c, m) => (m === j ? makeCell(text) : c)) } : r));
  return { ...t, rows };
}
