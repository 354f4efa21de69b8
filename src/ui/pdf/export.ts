// The marked-up PDF export: the opened PDF is read again (positions of every fragment), the findings of
// the workbook are boxed on it and the list pages are rendered in the browser. Nothing leaves the browser.
import type { Finding, ParsedDocument } from '../../engine/index.ts';
import { parsePdfDocument } from '../../paste/pdf/index.ts';
import type { ReportLang } from '../../report/labels.ts';
import { buildMarkedPdf, markedEntries } from '../../report/pdf-marked.ts';
import { renderListPages } from './list-pages.ts';
import { browserPdfLoader } from './load.ts';
import type { OpenedPdf } from './source.svelte.ts';

export async function markedPdf(source: OpenedPdf, doc: ParsedDocument, findings: readonly Finding[], lang: ReportLang,
  words: { title: string; notLocated: string }): Promise<Uint8Array> {
  const read = await parsePdfDocument(source.bytes, browserPdfLoader);
  if (!read.result.ok) throw new Error(read.result.reason.code);
  const entries = markedEntries({ doc, findings, lines: read.lines, lang });
  const listPages = await renderListPages(entries, `${words.title}（${findings.length}）`, lang, words.notLocated);
  return buildMarkedPdf({ bytes: source.bytes, doc, findings, lines: read.lines, lang, listPages });
}
