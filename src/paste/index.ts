// The one entry point for anything a reviewer pastes or opens: bytes are decoded (or read as .xlsx), HTML becomes
// tables plus narrative, a single TSV/CSV table becomes one Table, and anything else is read as a whole report.
// Progress is reported and the work can be cancelled between chunks. Text that is not a report or a table is
// refused (`not_a_report`, src/paste/acceptance.ts) and never reaches the checks.
import type { ParsedDocument, ParseProblem, ParseResult } from '../engine/document.ts';
import { decodeText, DEFAULT_MAX_BYTES, sniffMagic } from './decode.ts';
import { DelimitedReader } from './grid/delimited.ts';
import { OffsetGrid } from './grid/row-source.ts';
import { documentFromGrids, narrativeOf } from './grid/document.ts';
import { htmlTableReader } from './grid/html.ts';
import { csvDelimiter, looksLikeSingleTable } from './grid/tsv.ts';
import { readXlsx } from './grid/xlsx.ts';
import { readDocx } from './docx.ts';
import { parsePdf, type PdfLoader } from './pdf/index.ts';
import { parseReportText } from './report/index.ts';
import { withYearUnread } from './report/year.ts';
import { notAReport, whyNotAReport } from './acceptance.ts';
import { recogniseKind } from './report/recognise.ts';

export interface PasteInput {
  readonly text?: string;
  readonly html?: string;
  readonly bytes?: Uint8Array;
  readonly fileName?: string;
}

export interface PasteOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  readonly maxBytes?: number;
  /** how to load pdf.js here (browser or Node); without it a PDF is refused as binary data */
  readonly pdf?: PdfLoader;
}

/** Office formats older than OOXML (and WPS's own): the reviewer is asked to save as .docx/.xlsx. */
const LEGACY_OFFICE = new Set(['doc', 'xls', 'et', 'wps', 'dps', 'ppt']);

const CHUNK_ROWS = 20_000;
const HTML_CHUNK_CHARS = 1 << 20;
const CANCELLED: ParseResult<never> = { ok: false, reason: { code: 'cancelled', severity: 'info' } };
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function extensionOf(name: string | undefined): string {
  const m = /\.([a-z0-9]+)$/i.exec(name ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<table[\s>]/i.test(text.slice(0, 200_000));
}

/** Reads any input, then refuses what is not a report or a table (src/paste/acceptance.ts) with `not_a_report`. */
export async function parseInput(input: PasteInput, opts: PasteOptions = {}): Promise<ParseResult<ParsedDocument>> {
  const result = await parseAny(input, opts);
  if (!result.ok) return result;
  const why = whyNotAReport(result.value);
  if (why !== null) return { ok: false, reason: notAReport(why) };
  const doc = withYearUnread(result.value);
  return doc === result.value ? result : { ok: true, value: doc, problems: doc.problems };
}

async function parseAny(input: PasteInput, opts: PasteOptions): Promise<ParseResult<ParsedDocument>> {
  if (opts.signal?.aborted) return CANCELLED;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const ext = extensionOf(input.fileName);
  if (input.bytes) {
    if (input.bytes.length > maxBytes) return { ok: false, reason: { code: 'too_large', severity: 'error', params: { bytes: input.bytes.length, maxBytes } } };
    const magic = sniffMagic(input.bytes);
    if (LEGACY_OFFICE.has(ext) || magic === 'ole') return { ok: false, reason: { code: 'legacy_office', severity: 'error', params: { format: ext || 'ole' } } };
    if (magic === 'pdf' || ext === 'pdf') {
      if (!opts.pdf || magic !== 'pdf') return { ok: false, reason: { code: magic === 'pdf' ? 'binary_input' : 'pdf_unreadable', severity: 'error', params: { format: 'pdf' } } };
      return parsePdf(input.bytes, opts.pdf, { onProgress: opts.onProgress, signal: opts.signal });
    }
    if (ext === 'docx' || (magic === 'zip' && ext === 'docm')) {
      const html = await readDocx(input.bytes);
      return html.ok ? withProblems(await parseHtml(html.value, opts), html.problems) : html;
    }
    if (ext === 'xlsx' || ext === 'xlsm') return parseWorkbook(input.bytes, opts);
    if (magic === 'zip') {
      // an unnamed or misnamed workbook still opens; any other zip is binary data
      const r = await parseWorkbook(input.bytes, opts);
      return r.ok || r.reason.code !== 'xlsx_unreadable' ? r : { ok: false, reason: { code: 'binary_input', severity: 'error', params: { format: 'zip' } } };
    }
    const decoded = decodeText(input.bytes, { maxBytes });
    if (!decoded.ok) return decoded;
    return withProblems(await parseTextual(decoded.value.text, ext, opts), decoded.problems);
  }
  if (input.html !== undefined && input.html.trim() !== '') {
    if (input.html.length > maxBytes) return tooLarge(input.html.length, maxBytes);
    return parseHtml(input.html, opts);
  }
  const text = input.text ?? '';
  if (text.length > maxBytes) return tooLarge(text.length, maxBytes);
  return parseTextual(text, ext, opts);
}

function tooLarge(size: number, maxBytes: number): ParseResult<never> {
  return { ok: false, reason: { code: 'too_large', severity: 'error', params: { bytes: size, maxBytes } } };
}

function withProblems(r: ParseResult<ParsedDocument>, extra: readonly ParseProblem[]): ParseResult<ParsedDocument> {
  if (!r.ok || extra.length === 0) return r;
  return { ok: true, value: { ...r.value, problems: [...extra, ...r.value.problems] }, problems: [...extra, ...r.problems] };
}

async function parseTextual(text: string, ext: string, opts: PasteOptions): Promise<ParseResult<ParsedDocument>> {
  if (text.trim() === '') return { ok: false, reason: { code: 'empty_input', severity: 'error' } };
  if (ext === 'html' || ext === 'htm' || ((ext === '' || ext === 'txt') && looksLikeHtml(text))) return parseHtml(text, opts);
  if (ext === 'csv') return parseSingleGrid(text, csvDelimiter(text), opts);
  if (ext === 'tsv' || looksLikeSingleTable(text)) return parseSingleGrid(text, '\t', opts);
  await tick();
  if (opts.signal?.aborted) return CANCELLED;
  return parseReportText(text, { onProgress: opts.onProgress, signal: opts.signal });
}

async function parseSingleGrid(text: string, delimiter: string, opts: PasteOptions): Promise<ParseResult<ParsedDocument>> {
  // the grid is kept as offsets into the text: a row's strings are made only when the table is built from it
  const reader = new DelimitedReader(text, delimiter);
  const grid = new OffsetGrid(text);
  for (let n = 0; grid.readRow(reader); n++) {
    if (n % CHUNK_ROWS === CHUNK_ROWS - 1) {
      opts.onProgress?.(reader.pos, text.length);
      await tick();
      if (opts.signal?.aborted) return CANCELLED;
    }
  }
  opts.onProgress?.(text.length, text.length);
  if (!grid.hasText()) return { ok: false, reason: { code: 'empty_input', severity: 'error' } };
  const doc = documentFromGrids([{ rows: grid }], narrativeOf([]), recogniseKind);
  return { ok: true, value: doc, problems: doc.problems };
}

async function parseHtml(html: string, opts: PasteOptions): Promise<ParseResult<ParsedDocument>> {
  // fed in chunks so a big clipboard HTML shows progress and can be cancelled while it is tokenised
  const reader = htmlTableReader();
  for (let pos = 0; pos < html.length; pos += HTML_CHUNK_CHARS) {
    reader.write(html.slice(pos, pos + HTML_CHUNK_CHARS));
    if (pos + HTML_CHUNK_CHARS < html.length) opts.onProgress?.(pos + HTML_CHUNK_CHARS, html.length);
    await tick();
    if (opts.signal?.aborted) return CANCELLED;
  }
  const parsed = reader.finish();
  if (!parsed.ok) return parsed;
  const { tables, narrative } = parsed.value;
  // an HTML page without data tables is a whole report saved as HTML: read its text like a pasted report
  if (tables.length === 0) return withProblems(await parseReportText(narrative.join('\n'), { onProgress: opts.onProgress, signal: opts.signal }), parsed.problems);
  const doc = documentFromGrids(tables.map((t) => ({ rows: t.rows, context: t.before })), narrativeOf(narrative), recogniseKind, parsed.problems);
  opts.onProgress?.(html.length, html.length);
  return { ok: true, value: doc, problems: doc.problems };
}

async function parseWorkbook(bytes: Uint8Array, opts: PasteOptions): Promise<ParseResult<ParsedDocument>> {
  const sheets = await readXlsx(bytes);
  if (!sheets.ok) return sheets;
  if (opts.signal?.aborted) return CANCELLED;
  const nonEmpty = sheets.value.filter((s) => s.rows.length > 0);
  const doc = documentFromGrids(nonEmpty.map((s) => ({ rows: s.rows, lines: s.lines, name: s.name })), narrativeOf([]), recogniseKind);
  opts.onProgress?.(bytes.length, bytes.length);
  return { ok: true, value: doc, problems: doc.problems };
}
