// The worksheets of the annotated workbook: one per table (title row, header row, then the rows as printed),
// the narrative one line per row, and the findings list; plus the fill-and-comment pass over flagged cells.
import type { Worksheet } from 'exceljs';
import type { Severity, Table } from '../engine/index.ts';
import { SEVERITY_ORDER } from '../engine/index.ts';
import { FINDING_COLUMNS } from './csv.ts';
import { label, pageLabel, severityLabel, type ReportLang } from './labels.ts';
import type { FindingRecord } from './records.ts';
import { msg } from '../messages/index.ts';
import { ruleName } from '../ui/messages/rule-name.ts';
import { fillCell, writeDecimalString, writeTableCell, writeText } from './xlsx-cells.ts';

/** Rows above the first table row: the title and the column headers. */
export const TABLE_HEADER_ROWS = 2;

/** Where a finding points inside the workbook (1-based row and column). */
export interface SheetSpot {
  readonly sheet: Worksheet;
  readonly row: number;
  readonly col: number;
}

/** `name`: the table as the reviewer sees it named (src/ui/messages/report-view.ts). */
export function writeTableSheet(ws: Worksheet, t: Table, name: string): void {
  writeText(ws.getCell(1, 1), [name, t.unit ? `（${t.unit}）` : ''].filter(Boolean).join('  '));
  ws.getCell(1, 1).font = { bold: true };
  t.columns.forEach((c, i) => {
    const cell = ws.getCell(2, i + 1);
    writeText(cell, c.colNo !== null ? `${c.header}（${c.colNo}栏）` : c.header);
    cell.font = { bold: true };
  });
  t.rows.forEach((r, ri) => {
    r.cells.forEach((c, ci) => {
      const role = t.columns[ci]?.role;
      writeTableCell(ws.getCell(ri + 1 + TABLE_HEADER_ROWS, ci + 1), c.text, c.value, role === 'amount' || role === 'lineNo');
    });
  });
  t.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.role === 'label' ? 36 : c.role === 'amount' ? 14 : 12;
  });
  ws.views = [{ state: 'frozen', ySplit: TABLE_HEADER_ROWS }];
}

/** The table cell a finding highlights: its primary cell, or the row's label cell for a whole-row finding. */
export function tableSpot(ws: Worksheet, t: Table, row: number, col: number): SheetSpot | null {
  if (row < 0 || row >= t.rows.length) return null;
  const labelCol = Math.max(0, t.columns.findIndex((c) => c.role === 'label'));
  const c = col >= 0 && col < t.columns.length ? col : labelCol;
  return { sheet: ws, row: row + 1 + TABLE_HEADER_ROWS, col: c + 1 };
}

export function writeNarrativeSheet(ws: Worksheet, text: string, lineMap: readonly number[], lang: ReportLang): void {
  writeText(ws.getCell(1, 1), label(lang, 'sourceLine'));
  writeText(ws.getCell(1, 2), label(lang, 'narrative'));
  ws.getRow(1).font = { bold: true };
  text.split('\n').forEach((line, i) => {
    if (lineMap[i] !== undefined) ws.getCell(i + 2, 1).value = lineMap[i]!;
    writeText(ws.getCell(i + 2, 2), line);
  });
  ws.getColumn(1).width = 10;
  ws.getColumn(2).width = 120;
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The narrative line holding a character offset of the narrative text (0-based). */
export function narrativeLineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function writeFindingsSheet(ws: Worksheet, records: readonly FindingRecord[], spots: ReadonlyMap<string, SheetSpot>, lang: ReportLang): void {
  FINDING_COLUMNS.forEach((c, i) => writeText(ws.getCell(1, i + 1), label(lang, c.key)));
  ws.getRow(1).font = { bold: true };
  const severityCol = FINDING_COLUMNS.findIndex((c) => c.key === 'severity') + 1;
  records.forEach((r, ri) => {
    const row = ri + 2;
    FINDING_COLUMNS.forEach((c, ci) => {
      const cell = ws.getCell(row, ci + 1);
      const v = c.get(r, lang);
      if (c.kind === 'number' && c.key !== 'cellText') writeDecimalString(cell, v);
      else writeText(cell, v);
    });
    fillCell(ws.getCell(row, severityCol), r.finding.severity);
    const spot = spots.get(r.key);
    if (spot) {
      // a link (not a formula) to the flagged cell
      const target = `#'${spot.sheet.name.replace(/'/g, "''")}'!${spot.sheet.getCell(spot.row, spot.col).address}`;
      ws.getCell(row, 1).value = { text: r.tableName, hyperlink: target };
    }
  });
  FINDING_COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.key === 'message' || c.key === 'note' ? 60 : c.key === 'formula' || c.key === 'label' ? 30 : 12;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FINDING_COLUMNS.length } };
}

/** Fills every flagged cell by its most severe finding and comments it with all its findings and notes. */
export function annotateSpots(records: readonly FindingRecord[], spots: ReadonlyMap<string, SheetSpot>, lang: ReportLang): void {
  const byCell = new Map<string, { spot: SheetSpot; records: FindingRecord[] }>();
  for (const r of records) {
    const spot = spots.get(r.key);
    if (!spot) continue;
    const id = `${spot.sheet.id}:${spot.row}:${spot.col}`;
    const entry = byCell.get(id) ?? { spot, records: [] };
    entry.records.push(r);
    byCell.set(id, entry);
  }
  for (const { spot, records: rs } of byCell.values()) {
    const worst = rs.reduce<Severity>((s, r) => (SEVERITY_ORDER[r.finding.severity] < SEVERITY_ORDER[s] ? r.finding.severity : s), 'info');
    const cell = spot.sheet.getCell(spot.row, spot.col);
    fillCell(cell, worst);
    cell.note = rs.map((r) => commentText(r, lang)).join('\n\n');
  }
}

export function commentText(r: FindingRecord, lang: ReportLang): string {
  const page = r.page !== null ? `（${pageLabel(lang, r.page)}）` : '';
  // the rule by its one-line name (its id is in the JSON export)
  const head = msg(lang, 'report.commentHead', { severity: severityLabel(lang, r.finding.severity), rule: ruleName(r.finding, lang), message: r.message, page });
  if (r.note === '') return head;
  const tag = r.explained ? `${label(lang, 'note')}（${label(lang, 'explained')}）` : label(lang, 'note');
  return `${head}\n${tag}：${r.note}`;
}
