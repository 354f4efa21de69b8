// The marked-up PDF export: the opened PDF is read again (positions of every fragment), the findings of
// the workbook are boxed on it and listed on first pages, written in the bundled CJK font (or, without it, rendered
// by the browser). Nothing leaves the browser.
import type { Finding, ParsedDocument } from '../../engine/index.ts';
import { parsePdfDocument } from '../../paste/pdf/index.ts';
import type { ReportLang } from '../../report/labels.ts';
import { buildMarkedPdf, markedEntries } from '../../report/pdf-marked.ts';
import { renderListPages } from './list-pages.ts';
import { bundledCjkFont } from './cjk-font.ts';
import { browserPdfLoader } from './load.ts';
import type { OpenedPdf } from './source.svelte.ts';

export async function markedPdf(source: OpenedPdf, doc: ParsedDocument, findings: readonly Finding[], lang: ReportLang,
  words: { title: string; notLocated: string }): Promise<Uint8Array> {
  const read = await parsePdfDocument(source.bytes, browserPdfLoader);
  if (!read.result.ok) throw new Error(read.result.reason.code);
  const title = `${words.title}（${findings.length}）`;
  // the list as text in the bundled CJK font; where it is not bundled or cannot be read, drawn by the browser
  const font = await bundledCjkFont().catch((e: unknown) => { console.warn(e); return null; });
  if (font) {
    try {
      return await buildMarkedPdf({ bytes: source.bytes, doc, findings, lines: read.lines, lang, listFont: font, listTitle: title });
    } catch (e) {
      console.warn(e);
    }
  }
  const entries = markedEntries({ doc, findings, lines: read.lines, lang });
  const listPages = await renderListPages(entries, title, lang, words.notLocated);
  return buildMarkedPdf({ bytes: source.bytes, doc, findings, lines: read.lines, lang, listPages });
}
