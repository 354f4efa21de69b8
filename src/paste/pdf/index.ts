// A PDF → ParsedDocument: pages read through pdf.js, lines rebuilt from the text items' real positions,
// then the whole-report parser (split into tables and narrative; layout tables take their columns from
// the positions). Every table, row and source line gets its page; scanned and garbled pages are reported.
import type { ParsedDocument, ParseProblem, ParseResult } from '../../engine/document.ts';
import type { Table } from '../../engine/table.ts';
import { parseReportText } from '../report/index.ts';
import { withInferredYear, yearOfPdfTitles } from '../report/year.ts';
import { toColumnar } from '../../engine/columnar/index.ts';
import { buildLines } from './lines.ts';
import { pageRanges, readPdf, type PdfLoader, type ReadOptions } from './read.ts';
import type { PdfLineInfo } from './types.ts';

export type { PdfLoader } from './read.ts';
export { MAX_PDF_PAGES } from './read.ts';

export interface PdfParsed {
  readonly result: ParseResult<ParsedDocument>;
  /** source line → page and fragment boxes (for the marked-up PDF); empty when reading failed */
  readonly lines: readonly (PdfLineInfo | null)[];
  readonly pageSizes: readonly (readonly [number, number])[];
}

function withPages(t: Table, ofLine: readonly number[]): Table {
  const pageOf = (line: number | undefined) => (line !== undefined ? ofLine[line - 1] ?? 0 : 0);
  const rows = t.rows.map((r) => {
    const page = pageOf(r.sourceLine);
    return page > 0 ? { ...r, page } : r;
  });
  const [first, last] = t.sourceLines ?? [0, 0];
  const p0 = pageOf(first) || rows.find((r) => r.page)?.page || 0;
  const p1 = pageOf(last) || p0;
  return toColumnar(p0 > 0 ? { ...t, rows, pages: [p0, Math.max(p0, p1)] } : { ...t, rows }).table;
}

export async function parsePdfDocument(bytes: Uint8Array, loader: PdfLoader, opts: ReadOptions = {}): Promise<PdfParsed> {
  const none = { lines: [], pageSizes: [] };
  const read = await readPdf(loader, bytes, { ...opts, onProgress: (d, t) => opts.onProgress?.(d, t * 2) });
  if (!read.ok) return { result: read, ...none };
  const { pages, imagePages, garbledPages, titles } = read.value;
  const problems: ParseProblem[] = [];
  const textPages = pages.filter((p) => p.items.some((i) => i.str.trim() !== '')).length;
  if (imagePages.length > 0) problems.push({ code: 'pdf_image_pages', severity: 'warning', params: { pages: pageRanges(imagePages), count: imagePages.length } });
  if (garbledPages.length > 0) problems.push({ code: 'pdf_garbled_pages', severity: 'warning', params: { pages: pageRanges(garbledPages), count: garbledPages.length } });
  if (textPages === 0) {
    const code = garbledPages.length > 0 ? 'pdf_garbled' : imagePages.length > 0 ? 'pdf_no_text' : 'empty_input';
    return { result: { ok: false, reason: { code, severity: 'error', params: { pages: pageRanges(imagePages.length ? imagePages : garbledPages) } } }, ...none };
  }
  // every 部门决算 is written in Chinese: text without a single Han character is unmapped glyphs (or another document)
  const all = pages.flatMap((p) => p.items.map((i) => i.str)).join('');
  if (all.replace(/\s+/g, '').length >= 100 && !/[\u4e00-\u9fff]/u.test(all)) {
    return { result: { ok: false, reason: { code: 'pdf_no_chinese', severity: 'error' } }, ...none };
  }
  const built = buildLines(pages);
  const text = built.lines.map((l) => l.text).join('\n');
  const parsed = parseReportText(text, { lines: built.lines, signal: opts.signal, columnar: false,
    onProgress: (d, t) => opts.onProgress?.(pages.length + Math.round((d / Math.max(1, t)) * pages.length), pages.length * 2) });
  const pageSizes = pages.map((p) => [p.width, p.height] as const);
  if (!parsed.ok) return { result: parsed, lines: built.info, pageSizes };
  const ofLine = built.lines.map((l) => l.page ?? 0);
  const printed: ParsedDocument = {
    ...parsed.value,
    tables: parsed.value.tables.map((t) => withPages(t, ofLine)),
    problems: [...problems, ...parsed.value.problems],
    pages: { count: pages.length, ofLine },
  };
  // nothing printed says the year: the document properties may (the spreadsheet it was printed from)
  const doc = withInferredYear(printed, yearOfPdfTitles(titles), 'pdf_metadata');
  return { result: { ok: true, value: doc, problems: doc.problems }, lines: built.info, pageSizes };
}

export async function parsePdf(bytes: Uint8Array, loader: PdfLoader, opts: ReadOptions = {}): Promise<ParseResult<ParsedDocument>> {
  return (await parsePdfDocument(bytes, loader, opts)).result;
}
