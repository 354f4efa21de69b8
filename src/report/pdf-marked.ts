// The marked-up PDF: the reviewer's original PDF with each finding's primary cell boxed in its severity
// colour and numbered, a note annotation on the box (message, formula, expected, actual, difference), and
// first pages listing every finding with its page. The list is written as text in the bundled CJK font
// (pdf-cjk.ts) when the caller gives it, else drawn from images the browser renders (its fonts have the Chinese
// glyphs; pdf-lib's standard fonts do not); without either it is written
// with the standard font in English words: number, severity, page, expected/actual/difference.
import { PDFDocument, PDFHexString, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { SEVERITY_ORDER, type Finding, type ParsedDocument, type Severity } from '../engine/index.ts';
import type { PdfLineInfo } from '../paste/pdf/types.ts';
import { describeFinding, readableFormula } from '../ui/messages/index.ts';
import { namesOf } from './records.ts';
import { msg } from '../messages/index.ts';
import { label, pageLabel, severityLabel, type ReportLang } from './labels.ts';
import { locateFinding } from './pdf-locate.ts';
import { insertTextList, listLines, type CjkFontSource } from './pdf-cjk.ts';

export const MARK_COLOURS: Readonly<Record<Severity, readonly [number, number, number]>> = {
  error: [0.84, 0.1, 0.1],
  warning: [0.93, 0.55, 0],
  info: [0.2, 0.42, 0.85],
};

export interface MarkedPdfInput {
  readonly bytes: Uint8Array;
  readonly doc: ParsedDocument;
  readonly findings: readonly Finding[];
  /** source line → page and fragment boxes, from the same reading of the PDF */
  readonly lines: readonly (PdfLineInfo | null)[];
  readonly lang?: ReportLang;
  /** the findings list rendered as PNG pages (A4 portrait), first pages of the output */
  readonly listPages?: readonly Uint8Array[];
  /** a CJK font: the list is written as text with it (preferred over `listPages`), its title `listTitle` */
  readonly listFont?: CjkFontSource;
  readonly listTitle?: string;
}

export interface MarkedEntry {
  readonly n: number;
  readonly finding: Finding;
  readonly page: number | null;
  readonly boxed: boolean;
  readonly text: string;
}

/** The findings in list order (severity, then page) with their number and the text of their note. */
export function markedEntries(input: Pick<MarkedPdfInput, 'doc' | 'findings' | 'lines' | 'lang'>): (MarkedEntry & { box: ReturnType<typeof locateFinding>['box'] })[] {
  const lang = input.lang ?? 'zh';
  const located = input.findings.map((f) => ({ f, ...locateFinding(input.doc, f, input.lines) }));
  located.sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || (a.page ?? 1e9) - (b.page ?? 1e9));
  const names = namesOf(input.doc, lang);
  return located.map(({ f, box, page }, i) => ({ n: i + 1, finding: f, page, boxed: box !== null, box, text: noteText(f, names, lang) }));
}

/** The note on a box: the finding as the reviewer reads it (tables named as printed, no concept keys). */
function noteText(f: Finding, names: ReadonlyMap<string, string>, lang: ReportLang): string {
  const parts = [`${severityLabel(lang, f.severity)}：${describeFinding(f, lang, names)}`];
  const formula = readableFormula(f, names, lang);
  if (formula) parts.push(`${label(lang, 'formula')}：${formula}`);
  if (f.expected !== '' || f.actual !== '') {
    parts.push(`${label(lang, 'expected')} ${f.expected || '—'}，${label(lang, 'actual')} ${f.actual || '—'}，${label(lang, 'difference')} ${f.difference || '—'}`);
  }
  return parts.join('\n');
}

function annotate(pdf: PDFDocument, page: PDFPage, rect: readonly number[], colour: readonly number[], title: string, text: string): void {
  const annot = pdf.context.obj({
    Type: 'Annot', Subtype: 'Square', Rect: [...rect], C: [...colour], Border: [0, 0, 1.5], F: 4,
    T: PDFHexString.fromText(title), Contents: PDFHexString.fromText(text),
  });
  page.node.addAnnot(pdf.context.register(annot));
}

const ascii = (s: string) => s.replace(/[^\x20-\x7e]/g, '?');

/**
 * The list without the browser (Node): pdf-lib's standard font has no Chinese glyphs, so each finding is listed in
 * English words — number, severity, page, values — and its Chinese note stays on its box's annotation (viewers show
 * annotation text in their own fonts). Never rule ids or finding codes: those are in the JSON export.
 */
function drawAsciiList(pdf: PDFDocument, font: PDFFont, entries: readonly MarkedEntry[]): void {
  const perPage = 48;
  for (let start = 0, at = 0; start < Math.max(1, entries.length); start += perPage, at++) {
    const page = pdf.insertPage(at, [595, 842]);
    if (start === 0) page.drawText(ascii(msg('en', 'exports.asciiListTitle', { n: entries.length })), { x: 40, y: 800, size: 14, font });
    entries.slice(start, start + perPage).forEach((e, i) => {
      const f = e.finding;
      const values = f.expected !== '' || f.actual !== ''
        ? msg('en', 'exports.asciiListValues', { expected: f.expected || '-', actual: f.actual || '-', difference: f.difference || '-' }) : '';
      const line = msg('en', e.boxed ? 'exports.asciiListLine' : 'exports.asciiListLineNotLocated',
        { n: e.n, severity: severityLabel('en', f.severity), page: e.page ?? '-', values });
      page.drawText(ascii(line).slice(0, 110), { x: 40, y: 770 - i * 15, size: 8, font, color: rgb(...MARK_COLOURS[f.severity]) });
    });
  }
}

/**
 * A box located on the page as displayed (y up) in the page's own unrotated space: pages turned by /Rotate are read
 * as displayed (src/paste/pdf/read.ts), pdf-lib draws in the unrotated space. `width`/`height` are the media box's.
 */
export function toUserSpace(
  box: { readonly x: number; readonly y: number; readonly w: number; readonly h: number }, angle: number, width: number, height: number,
): { x: number; y: number; w: number; h: number } {
  switch (((angle % 360) + 360) % 360) {
    case 90: return { x: width - box.y - box.h, y: box.x, w: box.h, h: box.w };
    case 180: return { x: width - box.x - box.w, y: height - box.y - box.h, w: box.w, h: box.h };
    case 270: return { x: box.y, y: height - box.x - box.w, w: box.h, h: box.w };
    default: return { x: box.x, y: box.y, w: box.w, h: box.h };
  }
}

export async function buildMarkedPdf(input: MarkedPdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(input.bytes, { updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = pdf.getPages();
  const entries = markedEntries(input);
  for (const e of entries) {
    if (!e.box) continue;
    const page = pages[e.box.page - 1];
    if (!page) continue;
    const media = page.getMediaBox();
    const pad = 1.5;
    const user = toUserSpace(e.box, page.getRotation().angle, media.width, media.height);
    const x = user.x + media.x - pad;
    const y = user.y + media.y - pad;
    const w = user.w + 2 * pad;
    const h = user.h + 2 * pad;
    const colour = MARK_COLOURS[e.finding.severity];
    page.drawRectangle({ x, y, width: w, height: h, borderColor: rgb(...colour), borderWidth: 1.2 });
    page.drawText(String(e.n), { x: x + w + 1, y: y + h - 6, size: 6, font, color: rgb(...colour) });
    const where = e.page ? `（${pageLabel(input.lang ?? 'zh', e.page)}）` : '';
    // the note's title names the finding by its number and severity (the ids are in the JSON export)
    annotate(pdf, page, [x, y, x + w, y + h], colour, `#${e.n} ${severityLabel(input.lang ?? 'zh', e.finding.severity)}${where}`, e.text);
  }
  if (input.listFont) {
    const lang = input.lang ?? 'zh';
    const heads = entries.map((e) => ({
      severity: e.finding.severity, text: e.text,
      head: msg(lang, e.boxed ? 'exports.listHead' : 'exports.listHeadNotLocated',
        { n: e.n, severity: severityLabel(lang, e.finding.severity), page: e.page ? pageLabel(lang, e.page) : '' }),
    }));
    await insertTextList(pdf, listLines(heads, input.listTitle ?? msg(lang, 'exports.listTitle', { n: entries.length }), MARK_COLOURS), input.listFont);
  } else if (input.listPages && input.listPages.length > 0) {
    for (const [i, png] of input.listPages.entries()) {
      const image = await pdf.embedPng(png);
      const page = pdf.insertPage(i, [595, 842]);
      page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    }
  } else {
    drawAsciiList(pdf, font, entries);
  }
  return pdf.save();
}
