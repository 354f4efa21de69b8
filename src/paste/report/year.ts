// The year of a document that prints no heading: a budget's tables file (`…_tables.pdf`) names its year only in a
// table title (“2019年政府采购预算表”), or, in a PDF, in the document properties (the title of the spreadsheet it
// was printed from, “…2019年部门预算公开表.xls”). Read only when every such year agrees; the source is noted
// (`year_inferred`), and a budget whose year cannot be read says so (`year_unread`, 年度未识别) — never a guess.
import type { ParsedDocument, ParseProblem } from '../../engine/document.ts';
import type { Table } from '../../engine/table.ts';
import { documentKind } from '../../engine/doc-kind.ts';

const TITLE_YEAR = /(20\d{2})\s*年度?/g;

/** The one year the recognised tables' titles print, with the first title that prints it; null when none or two. */
export function yearOfTableTitles(tables: readonly Table[]): { year: number; text: string } | null {
  const found = tables.filter((t) => t.kind !== 'unknown')
    .flatMap((t) => [...t.title.matchAll(TITLE_YEAR)].map((m) => ({ year: Number.parseInt(m[1]!, 10), text: t.title })));
  return found.length > 0 && found.every((f) => f.year === found[0]!.year) ? found[0]! : null;
}

/** A PDF string that a producer wrote as hex of its bytes (“<BDADCBD5…>”, GBK): decoded, else as it is. */
export function decodePdfTitle(raw: string): string {
  const hex = /^<([0-9A-Fa-f\s]+)>$/.exec(raw.trim());
  if (!hex) return raw.trim();
  const digits = hex[1]!.replace(/\s+/g, '');
  if (digits.length % 2 !== 0) return raw.trim();
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  for (const enc of ['utf-8', 'gbk']) {
    try { return new TextDecoder(enc, { fatal: true }).decode(bytes); } catch { /* next encoding */ }
  }
  return raw.trim();
}

/** The one year the PDF's titles (document info and XMP) state with 年, with the title stating it. */
export function yearOfPdfTitles(titles: readonly string[]): { year: number; text: string } | null {
  const found = titles.map(decodePdfTitle).flatMap((text) => [...text.matchAll(TITLE_YEAR)].map((m) => ({ year: Number.parseInt(m[1]!, 10), text })));
  return found.length > 0 && found.every((f) => f.year === found[0]!.year) ? found[0]! : null;
}

/** The document with its year from `found` (and a note saying where it came from) when it has none. */
export function withInferredYear(doc: ParsedDocument, found: { year: number; text: string } | null, source: 'table_title' | 'pdf_metadata'): ParsedDocument {
  if (doc.year !== null || !found) return doc;
  const note: ParseProblem = { code: 'year_inferred', severity: 'info', params: { year: found.year, source, text: found.text } };
  return { ...doc, year: found.year, problems: [...doc.problems, note] };
}

/** The year as the document itself prints it: a year read from the PDF properties only is not (it may be stale). */
export function printedYear(doc: ParsedDocument): number | null {
  const fromProperties = (p: ParseProblem) => p.params?.source === 'pdf_metadata';
  return doc.problems.some((p) => p.code === 'year_inferred' && fromProperties(p)) ? null : doc.year;
}

/** A budget whose year nothing states (heading, part headings, table titles, PDF properties) says so: 年度未识别. */
export function withYearUnread(doc: ParsedDocument): ParsedDocument {
  if (doc.year !== null || documentKind(doc).kind !== 'budget') return doc;
  return { ...doc, problems: [...doc.problems, { code: 'year_unread', severity: 'info' }] };
}
