// A raw grid (from TSV, CSV, HTML or a worksheet) → the logical Table: header and 栏次 rows found, columns mapped
// by 栏次/header rather than position, codes normalised, panes unfolded into one table, every cell keeping its
// printed text beside its parsed value, total rows flagged, title/unit/year/department read from the lines above.
import type { ParseProblem } from '../../engine/document.ts';
import { ColumnarBuilder } from '../../engine/columnar/index.ts';
import { colNo as toColNo, type Column, type RowFlag, type Table, type TableKind } from '../../engine/table.ts';
import { classifyColumns, STATS_ROWS } from './columns.ts';
import { joinWrapped } from './codes.ts';
import { headerOf, readMeta } from './header.ts';
import { headerNames } from './header-names.ts';
import { unshiftTotalRows } from './total-rows.ts';
import { arrayRows, isSpace, OffsetGrid, SPAN, type RowSource } from './row-source.ts';
import { joinsDetached, onlyFilled, readPane, SpanCells, StringCells, type PaneLayout, type PaneRow, type RowCells } from './pane-row.ts';
import { maxOf } from '../../engine/arrays.ts';
import { printedNumberInTitle, printedNumberLine } from '../report/printed-number.ts';

export type Recogniser = (
  title: string,
  context: { headerText: string; codes: string[] },
) => { kind: TableKind; layout?: string | null };

export interface GridTableInput {
  readonly id: string;
  readonly rows: readonly (readonly string[])[] | RowSource;
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

export function gridToTable(input: GridTableInput): { table: Table; problems: ParseProblem[] } {
  const src = isRowSource(input.rows) ? input.rows : arrayRows(input.rows, input.lines);
  const grid = src instanceof OffsetGrid ? src : null;
  const width = src.width();
  const n = src.length;
  // rows are read by index, trimmed and padded as they are read (a big paste's strings are made only then)
  const moved = new Map<number, readonly string[]>();
  const rowAt = (i: number) => moved.get(i) ?? normaliseRow(src.row(i), width);
  const lineOf = (i: number) => src.line(i);
  const head = headerOf(rowAt, n);
  // source lines of 合计 rows shifted back under their 栏: their values are placed by inference
  const shifted = head.colNoRow >= 0 ? unshiftTotalRows(src, rowAt, n, moved, head.colNos, head.dataStart, lineOf) : null;
  // the header rows read once (a row is split and padded on every read: per column that was quadratic in the width)
  const aboveRows = head.headerRows.filter((h) => h !== head.colNoRow).map((h) => rowAt(h));
  const colNoRow = head.colNoRow >= 0 ? rowAt(head.colNoRow) : null;
  const headers = Array.from({ length: width }, (_, j) => {
    const above = aboveRows.map((r) => r[j]!.replace(/\n/g, ' '));
    const numbering = colNoRow !== null && head.colNos[j] === null ? colNoRow[j]! : '';
    // a 栏次/行次 word of the 栏次 row under a printed heading labels the row (“项目 / 行次”), not this column
    const keep = numbering !== '' && !(above.some((t) => t.trim() !== '') && /^(?:栏次|行次)$/.test(squash(numbering)));
    return joinWrapped(keep ? [...above, numbering] : above);
  });
  // column roles show in the first rows (classifyColumns reads no more than these)
  const sample = Array.from({ length: Math.max(0, Math.min(n - head.dataStart, STATS_ROWS)) }, (_, k) => rowAt(head.dataStart + k));
  const cols = classifyColumns(headers, head.colNos, sample);
  const names = headerNames(aboveRows, cols);
  const panes = maxOf(cols.map((c) => c.pane)) + 1;
  const valueCols = cols.filter((c) => c.role === 'amount' || c.role === 'text');

  const slot = new Int32Array(width).fill(-1);
  valueCols.forEach((c, k) => { slot[c.index] = k; });
  const layout: PaneLayout = { cols, slot, slots: valueCols.length };
  const notes: string[] = [];
  const hasLineNo = cols.some((c) => c.role === 'lineNo');
  let implied = 0;
  const noColNoRow = head.colNoRow < 0;
  // the code column is dropped at the end when no row has a code
  const codeColumn: Column = { key: 'code', colNo: null, header: names.code, role: 'code' };
  const allColumns: Column[] = [
    codeColumn,
    { key: 'label', colNo: null, header: names.label, role: 'label' },
    ...(hasLineNo ? [{ key: 'lineNo', colNo: null, header: '行次', role: 'lineNo' as const }] : []),
    ...valueCols.map((c): Column => {
      const n = c.role === 'amount' ? (c.colNo ?? (noColNoRow ? ++implied : null)) : null;
      const key = c.role === 'amount' ? (n !== null ? `c${n}` : `a${c.index}`) : `t${c.index}`;
      return { key, colNo: n === null ? null : toColNo(n), header: names.byColumn[c.index]!, role: c.role === 'amount' ? 'amount' : 'text', ...(panes > 1 ? { pane: c.pane } : {}) };
    }),
  ];

  // rows go straight into columns as they are read (no Cell, parsed value or Decimal per amount; a row's cells
  // are made on first read), one pane row pending so a detached value line can still join it
  const builder = new ColumnarBuilder(allColumns, Math.max(0, n - head.dataStart) * panes);
  const first = 2 + (hasLineNo ? 1 : 0);
  let count = 0;
  let hasCode = false;
  const emit = (r: PaneRow) => {
    const i = count++;
    builder.set(i, 0, r.codeText);
    builder.set(i, 1, r.label);
    if (hasLineNo) builder.set(i, 2, r.lineNo);
    const values = r.values;
    if (values) {
      const placement = shifted?.has(r.line) === true ? 'inferred' : undefined;
      const spans = grid !== null && !moved.has(r.vrow);
      const row = spans ? null : rowAt(r.vrow);
      for (let k = 0; k < values.length; k++) {
        const j = values[k]!;
        if (j < 0) builder.set(i, first + k, '', placement);
        else if (row !== null) builder.set(i, first + k, row[j]!, placement);
        else if (grid!.trimmedSpan(r.vrow, j)) builder.setSpan(i, first + k, grid!.text, SPAN.start, SPAN.end, placement);
        else builder.set(i, first + k, grid!.cell(r.vrow, j).trim(), placement);
      }
    }
    if (r.code !== null) hasCode = true;
    const lineNo = r.lineNo !== '' && /^\d{1,4}$/.test(r.lineNo) ? Number.parseInt(r.lineNo, 10) : null;
    builder.row(i, r.code, r.label, lineNo, r.line, rowFlags(r), panes > 1 ? r.pane : undefined);
  };
  let pending: PaneRow | null = null;
  // a pasted TSV's rows are read in place (no string per amount); other rows as their strings
  const spanCells = grid !== null ? new SpanCells(grid, width) : null;
  for (let i = head.dataStart; i < n; i++) {
    let cells: RowCells;
    if (spanCells !== null && !moved.has(i)) cells = spanCells.load(i); else cells = new StringCells(rowAt(i));
    const only = onlyFilled(cells, width);
    if (only !== null && NOTE_LINE.test(only)) { notes.push(only); continue; }
    for (let p = 0; p < panes; p++) {
      const pr = readPane(cells, i, layout, p, lineOf(i));
      if (!pr) continue;
      if (panes > 1) emit(pr);
      else if (pending !== null && joinsDetached(pending, pr)) { pending.values = pr.values; pending.vrow = pr.vrow; pending.filled = pr.filled; }
      else {
        if (pending !== null) emit(pending);
        pending = pr;
      }
    }
  }
  if (pending !== null) emit(pending);
  const provisional = { id: input.id, kind: 'unknown' as const, layout: null, title: '', unit: null, year: null, department: null, notes };
  const columnar = builder.finish(provisional, hasCode ? allColumns : allColumns.slice(1));
  const tableRows = columnar.table.rows;

  const meta = readMeta([...(input.context ?? []), ...head.metaLines]);
  const headerText = headers.join(' ');
  const codes: string[] = [];
  for (const r of tableRows) if (r.code) codes.push(r.code);
  const recognised = input.recognise?.([meta.title, meta.tableNo].filter(Boolean).join(' '), { headerText, codes }) ?? { kind: 'unknown' as const };
  const firstLine = n > 0 ? lineOf(0) : 1;
  let table: Table = {
    id: input.id,
    kind: recognised.kind,
    layout: recognised.layout ?? null,
    title: meta.title,
    unit: meta.unit ?? unitInHeader(headerText),
    year: meta.year,
    department: meta.department,
    columns: columnar.table.columns,
    rows: tableRows,
    notes,
    sourceLines: [firstLine, n > 0 ? lineOf(n - 1) : firstLine],
  };
  const printedNo = (meta.tableNo !== null ? printedNumberLine(meta.tableNo) : null) ?? printedNumberInTitle(meta.title);
  if (printedNo) table = { ...table, printedNo };
  const problems: ParseProblem[] = [];
  if (!columnar.hasNumbers()) problems.push({ code: 'no_numbers', severity: 'warning', table: input.id, line: firstLine });
  if (table.kind === 'unknown') problems.push({ code: 'unknown_table_kind', severity: 'info', table: input.id, line: firstLine, params: { title: meta.title } });
  return { table, problems };
}

/** total/header flags, computed only for labels that could carry them (most rows have none). */
function rowFlags(r: PaneRow): RowFlag[] | undefined {
  if (!hasChar(r.label, 0x8ba1, 0x6b21)) return undefined; // 计, 次
  const flags: RowFlag[] = [];
  const sq = squash(r.label);
  if (TOTAL_LABEL.test(sq) && r.code === null) flags.push('total');
  if (HEADER_ONLY.test(sq) && r.filled === 0) flags.push('header');
  return flags.length ? flags : undefined;
}

/** Does the text hold either character? (one pass; most labels hold neither) */
function hasChar(text: string, a: number, b: number): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === a || c === b) return true;
  }
  return false;
}

function isRowSource(rows: readonly (readonly string[])[] | RowSource): rows is RowSource {
  return typeof (rows as RowSource).row === 'function';
}

/** The row padded to the grid width with every cell trimmed; the row itself when it already is (the usual case). */
function normaliseRow(r: readonly string[], width: number): readonly string[] {
  let clean = r.length === width;
  for (let j = 0; clean && j < r.length; j++) clean = !needsTrim(r[j]!);
  return clean ? r : Array.from({ length: width }, (_, j) => (r[j] ?? '').trim());
}

function needsTrim(s: string): boolean {
  return s.length > 0 && (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1)));
}

function unitInHeader(text: string): Table['unit'] {
  const m = /单位[:：]?\s*(万元|亿元|元)|[(（](万元|亿元|元)[)）]/.exec(text);
  return (m?.[1] ?? m?.[2] ?? null) as Table['unit'];
}
