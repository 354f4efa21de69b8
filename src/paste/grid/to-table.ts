// A raw grid (from TSV, CSV, HTML or a worksheet) → the logical Table: header and 栏次 rows found, columns mapped
// by 栏次/header rather than position, codes normalised, panes unfolded into one table, every cell keeping its
// printed text beside its parsed value, total rows flagged, title/unit/year/department read from the lines above.
import type { ParseProblem } from '../../engine/document.ts';
import { makeCell, colNo as toColNo, type Cell, type Column, type Row, type RowFlag, type Table, type TableKind } from '../../engine/table.ts';
import { classifyColumns, type GridColumn } from './columns.ts';
import { joinWrapped, readDescriptor } from './codes.ts';
import { findHeader, readMeta } from './header.ts';

export type Recogniser = (
  title: string,
  context: { headerText: string; codes: string[] },
) => { kind: TableKind; layout?: string | null };

export interface GridTableInput {
  readonly id: string;
  readonly rows: readonly (readonly string[])[];
  /** 1-based source line of each grid row */
  readonly lines?: readonly number[];
  /** text lines above the grid (e.g. the prose before an HTML table) */
  readonly context?: readonly string[];
  readonly recognise?: Recogniser;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
const TOTAL_LABEL = /(?:合计|总计)$|^(?:合计|总计)/;
const HEADER_ONLY = /^(?:栏次|行次)$/;
const NOTE_LINE = /^(?:注|说明|备注)\s*\d*\s*[:：]/;

interface PaneRow { code: string | null; codeText: string; label: string; lineNo: string; values: Map<number, string>; pane: number }

export function gridToTable(input: GridTableInput): { table: Table; problems: ParseProblem[] } {
  const width = input.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const rows = input.rows.map((r) => Array.from({ length: width }, (_, j) => (r[j] ?? '').trim()));
  const lineOf = (i: number) => input.lines?.[i] ?? i + 1;
  const head = findHeader(rows);
  const headers = Array.from({ length: width }, (_, j) =>
    joinWrapped(head.headerRows.map((h) => (h === head.colNoRow && head.colNos[j] !== null ? '' : rows[h]![j]!.replace(/\n/g, ' ')))),
  );
  const dataRows = rows.slice(head.dataStart);
  const cols = classifyColumns(headers, head.colNos, dataRows);
  const panes = Math.max(...cols.map((c) => c.pane)) + 1;
  const valueCols = cols.filter((c) => c.role === 'amount' || c.role === 'text');

  const notes: string[] = [];
  let paneRows: Array<PaneRow & { line: number }> = [];
  for (let i = head.dataStart; i < rows.length; i++) {
    const row = rows[i]!;
    const filled = row.filter((c) => c !== '');
    if (filled.length === 1 && NOTE_LINE.test(filled[0]!)) { notes.push(filled[0]!); continue; }
    for (let p = 0; p < panes; p++) {
      const pr = readPane(row, cols, p);
      if (pr) paneRows.push({ ...pr, line: lineOf(i) });
    }
  }
  paneRows = mergeDetachedValues(paneRows, panes);

  const hasCode = paneRows.some((r) => r.code !== null);
  const hasLineNo = cols.some((c) => c.role === 'lineNo');
  let implied = 0;
  const noColNoRow = head.colNoRow < 0;
  const columns: Column[] = [
    ...(hasCode ? [{ key: 'code', colNo: null, header: descHeader(cols, /编码|代码|类/), role: 'code' as const }] : []),
    { key: 'label', colNo: null, header: descHeader(cols, /名称|项目|科目/), role: 'label' },
    ...(hasLineNo ? [{ key: 'lineNo', colNo: null, header: '行次', role: 'lineNo' as const }] : []),
    ...valueCols.map((c): Column => {
      const n = c.role === 'amount' ? (c.colNo ?? (noColNoRow ? ++implied : null)) : null;
      const key = c.role === 'amount' ? (n !== null ? `c${n}` : `a${c.index}`) : `t${c.index}`;
      return { key, colNo: n === null ? null : toColNo(n), header: c.header, role: c.role === 'amount' ? 'amount' : 'text', ...(panes > 1 ? { pane: c.pane } : {}) };
    }),
  ];

  const tableRows: Row[] = paneRows.map((r) => {
    const cells: Cell[] = [];
    if (hasCode) cells.push(cellOf(r.codeText));
    cells.push(cellOf(r.label));
    if (hasLineNo) cells.push(cellOf(r.lineNo));
    for (const c of valueCols) cells.push(cellOf(r.values.get(c.index) ?? ''));
    const flags: RowFlag[] = [];
    const sq = squash(r.label);
    if (TOTAL_LABEL.test(sq) && r.code === null) flags.push('total');
    if (HEADER_ONLY.test(sq) && r.values.size === 0) flags.push('header');
    return {
      code: r.code,
      label: r.label,
      lineNo: /^\d{1,4}$/.test(r.lineNo) ? Number.parseInt(r.lineNo, 10) : null,
      cells,
      sourceLine: r.line,
      ...(flags.length ? { flags } : {}),
      ...(panes > 1 ? { pane: r.pane } : {}),
    };
  });

  const meta = readMeta([...(input.context ?? []), ...head.metaLines]);
  const headerText = headers.join(' ');
  const codes = tableRows.flatMap((r) => (r.code ? [r.code] : []));
  const recognised = input.recognise?.([meta.title, meta.tableNo].filter(Boolean).join(' '), { headerText, codes }) ?? { kind: 'unknown' as const };
  const firstLine = rows.length > 0 ? lineOf(0) : 1;
  const table: Table = {
    id: input.id,
    kind: recognised.kind,
    layout: recognised.layout ?? null,
    title: meta.title,
    unit: meta.unit ?? unitInHeader(headerText),
    year: meta.year,
    department: meta.department,
    columns,
    rows: tableRows,
    notes,
    sourceLines: [firstLine, rows.length > 0 ? lineOf(rows.length - 1) : firstLine],
  };
  const problems: ParseProblem[] = [];
  const numeric = tableRows.some((r) => r.cells.some((c, k) => columns[k]!.role === 'amount' && (c.value.kind === 'number' || c.value.kind === 'percent')));
  if (!numeric) problems.push({ code: 'no_numbers', severity: 'warning', table: input.id, line: firstLine });
  if (table.kind === 'unknown') problems.push({ code: 'unknown_table_kind', severity: 'info', table: input.id, line: firstLine, params: { title: meta.title } });
  return { table, problems };
}

function readPane(row: readonly string[], cols: readonly GridColumn[], pane: number): PaneRow | null {
  const desc: string[] = [];
  let lineNo = '';
  const values = new Map<number, string>();
  for (const c of cols) {
    if (c.pane !== pane) continue;
    const t = row[c.index]!;
    if (t === '') continue;
    if (c.role === 'desc') desc.push(t);
    else if (c.role === 'lineNo') lineNo = t;
    else if (c.role === 'amount' || c.role === 'text') values.set(c.index, t);
  }
  if (desc.length === 0 && lineNo === '' && values.size === 0) return null;
  // header words leaking into data (`⇥⇥栏次⇥⇥合计⇥⇥`): 栏次 is no label, a lone 合计 under an amount header is one
  const kept = desc.filter((t) => !HEADER_ONLY.test(squash(t)));
  if (kept.length === 0) {
    for (const [j, t] of values) if (/^(?:合计|总计)$/.test(squash(t))) { kept.push(t); values.delete(j); }
  }
  const d = readDescriptor(kept.length > 0 ? kept : desc);
  return { code: d.code, codeText: d.codeText, label: d.label, lineNo, values, pane };
}

/** A label whose values were printed on the next line (values-only, no code or label) gets them back. */
function mergeDetachedValues(rows: Array<PaneRow & { line: number }>, panes: number): Array<PaneRow & { line: number }> {
  if (panes > 1) return rows;
  const out: Array<PaneRow & { line: number }> = [];
  for (const b of rows) {
    const a = out[out.length - 1];
    const aBare = a !== undefined && a.values.size === 0 && a.lineNo === '' && (a.label !== '' || a.code !== null);
    const bBare = b.code === null && b.label === '' && b.lineNo === '' && b.values.size > 0;
    if (aBare && bBare) a.values = b.values;
    else out.push(b);
  }
  return out;
}

// blank cells are most cells of a 决算 table: one shared read-only object keeps big pastes small
const BLANK_CELL: Cell = Object.freeze(makeCell(''));
const cellOf = (text: string): Cell => (text === '' ? BLANK_CELL : makeCell(text));

function descHeader(cols: readonly GridColumn[], prefer: RegExp): string {
  const descs = cols.filter((c) => c.role === 'desc' && c.pane === 0 && c.header !== '');
  return (descs.find((c) => prefer.test(c.header)) ?? descs[0])?.header ?? '';
}

function unitInHeader(text: string): Table['unit'] {
  const m = /单位[:：]?\s*(万元|亿元|元)|[(（](万元|亿元|元)[)）]/.exec(text);
  return (m?.[1] ?? m?.[2] ?? null) as Table['unit'];
}
