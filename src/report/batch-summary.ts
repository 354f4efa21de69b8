// The batch summary as a spreadsheet: CSV (UTF-8 BOM, CRLF, every field quoted, formula-like text neutralised
// as in the findings CSV) and .xlsx (exceljs, imported on demand). The caller gives worded headings and cell
// texts (the UI's messages layer words them); numeric columns stay numbers.
import { CSV_BOM } from './csv.ts';
import { neutraliseNumber, neutraliseText } from './neutralise.ts';

export interface SummaryColumn {
  readonly header: string;
  readonly kind: 'text' | 'number';
}

export interface SummaryTable {
  readonly columns: readonly SummaryColumn[];
  readonly rows: readonly (readonly string[])[];
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

const field = (value: string, kind: SummaryColumn['kind']): string => (kind === 'number' ? neutraliseNumber(value) : neutraliseText(value));

export function buildSummaryCsv(t: SummaryTable): string {
  const header = t.columns.map((c) => quote(neutraliseText(c.header))).join(',');
  const lines = t.rows.map((r) => t.columns.map((c, i) => quote(field(r[i] ?? '', c.kind))).join(','));
  return CSV_BOM + [header, ...lines].join('\r\n') + '\r\n';
}

export async function buildSummaryXlsx(t: SummaryTable, sheetName: string): Promise<Uint8Array> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gouji';
  const ws = wb.addWorksheet(sheetName.slice(0, 31));
  ws.addRow(t.columns.map((c) => c.header)).font = { bold: true };
  for (const r of t.rows) {
    // numbers as numbers (they are counts and years, integers); text as text, neutralised like the CSV
    ws.addRow(t.columns.map((c, i) => {
      const v = r[i] ?? '';
      return c.kind === 'number' && /^-?\d+$/.test(v) ? Number(v) : field(v, 'text');
    }));
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  t.columns.forEach((c, i) => { ws.getColumn(i + 1).width = c.kind === 'number' ? 10 : 28; });
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/**
 * Several audit reports (each a whole standalone page from buildAuditReport) as one printable page: the first
 * report's head (CSP, styles) and every report's body, each starting on a new printed page.
 */
export function combineAuditReports(pages: readonly string[], title: string): string {
  if (pages.length === 0) return '';
  const first = pages[0]!;
  const head = /<head>([\s\S]*?)<\/head>/.exec(first)?.[1] ?? '';
  const bodies = pages.map((p) => /<body>([\s\S]*)<\/body>/.exec(p)?.[1] ?? '');
  const escapedTitle = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>${head.replace(/<title>[\s\S]*?<\/title>/, `<title>${escapedTitle}</title>`)}`
    + '<style>.batch-report + .batch-report { break-before: page; }</style>\n</head>\n<body>\n'
    + bodies.map((b) => `<section class="batch-report">${b}</section>`).join('\n') + '\n</body>\n</html>\n';
}
