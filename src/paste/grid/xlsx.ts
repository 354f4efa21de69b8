// .xlsx files → one raw grid per worksheet, each cell as the text Excel would display (number formats decide
// the printed decimals, which the rounding tolerance needs). exceljs is imported on demand so it stays out of
// the app's initial bundle.
import type { ParseResult } from '../../engine/document.ts';
import { Decimal } from '../../engine/decimal.ts';
import { checkXlsxLimits, XLSX_LIMITS } from './xlsx-limits.ts';

export interface XlsxSheet {
  readonly name: string;
  readonly rows: string[][];
  /** 1-based worksheet row number of each grid row */
  readonly lines: number[];
}

type CellLike = {
  readonly value: unknown;
  readonly numFmt?: string;
  readonly isMerged: boolean;
  readonly master: unknown;
};

/** Decimals and percent-ness printed by an Excel number format such as "#,##0.00" or "0.0%". */
export function formatSpec(numFmt: string | undefined): { decimals: number | null; percent: boolean; grouping: boolean } {
  if (!numFmt || numFmt === 'General') return { decimals: null, percent: false, grouping: false };
  const section = numFmt.split(';')[0]!.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const m = /0(?:\.(0+))?/.exec(section);
  return {
    decimals: m ? (m[1]?.length ?? 0) : null,
    percent: section.includes('%'),
    grouping: section.includes(','),
  };
}

export function formatNumber(n: number, numFmt: string | undefined): string {
  if (!Number.isFinite(n)) return String(n);
  const spec = formatSpec(numFmt);
  // String(n) is the shortest text that round-trips the stored double; from there on it is Decimal arithmetic
  let d = new Decimal(String(n));
  if (spec.percent) d = d.times(100);
  let text = spec.decimals === null ? d.toString() : d.toFixed(spec.decimals);
  if (spec.grouping) text = text.replace(/^(-?)(\d+)/, (_, s: string, i: string) => s + i.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  return spec.percent ? text + '%' : text;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function cellText(cell: CellLike): string {
  if (cell.isMerged && cell.master !== cell) return ''; // merged slots read as blanks, as on the clipboard
  return valueText(cell.value, cell.numFmt);
}

function valueText(v: unknown, numFmt: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v, numFmt);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o['richText'])) return (o['richText'] as Array<{ text?: string }>).map((t) => t.text ?? '').join('');
    if ('result' in o) return valueText(o['result'], numFmt);
    if ('formula' in o || 'sharedFormula' in o) return '';
    if (typeof o['text'] === 'string') return o['text'];
    if (typeof o['error'] === 'string') return o['error'];
  }
  return '';
}

export async function readXlsx(bytes: Uint8Array): Promise<ParseResult<XlsxSheet[]>> {
  const limit = await checkXlsxLimits(bytes);
  if (limit) return { ok: false, reason: limit };
  let workbook;
  try {
    const mod = await import('exceljs');
    const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    return { ok: false, reason: { code: 'xlsx_unreadable', severity: 'error', params: { detail: e instanceof Error ? e.message.slice(0, 200) : 'unknown' } } };
  }
  const sheets: XlsxSheet[] = [];
  let over: { name: string; cells: number } | null = null;
  workbook.eachSheet((ws) => {
    const rows: string[][] = [];
    const lines: number[] = [];
    const width = ws.actualColumnCount > 0 ? ws.columnCount : 0;
    // one stored cell far to the right pads every row to its column: rows × width is what the grid would hold
    if (over || ws.actualRowCount * width > XLSX_LIMITS.cells) { over ??= { name: ws.name, cells: ws.actualRowCount * width }; return; }
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c) as unknown as CellLike).trim());
      rows.push(cells);
      lines.push(rowNumber);
    });
    sheets.push({ name: ws.name, rows, lines });
  });
  if (over) {
    const { name, cells } = over;
    return { ok: false, reason: { code: 'too_large', severity: 'error', params: { limit: 'xlsx_cells', value: cells, max: XLSX_LIMITS.cells, sheet: name } } };
  }
  if (sheets.every((s) => s.rows.length === 0)) return { ok: false, reason: { code: 'empty_input', severity: 'error' } };
  return { ok: true, value: sheets, problems: [] };
}
