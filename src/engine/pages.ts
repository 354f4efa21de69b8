// Page numbers of findings for documents read from a PDF: a table cell's page is its row's, a whole-table
// finding takes the table's first page, a narrative finding the page of its sentence's first line.
// Documents not read from a PDF have no pages and their findings are returned unchanged.
import type { ParsedDocument } from './document.ts';
import type { CellRef, Finding } from './finding.ts';

function narrativePage(doc: ParsedDocument, offset: number): number {
  if (!doc.pages) return 0;
  let line = 0;
  const text = doc.narrative.text;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  const source = doc.narrative.lineMap[line];
  return source ? doc.pages.ofLine[source - 1] ?? 0 : 0;
}

function refPage(doc: ParsedDocument, ref: CellRef, span?: readonly [number, number]): number {
  if (ref.table === 'N') return span ? narrativePage(doc, span[0]) : 0;
  const table = doc.tables.find((t) => t.id === ref.table);
  if (!table) return 0;
  return (ref.row >= 0 ? table.rows[ref.row]?.page : undefined) ?? table.pages?.[0] ?? 0;
}

/** The 1-based PDF page of a finding, or null when the document has no pages or the place is unknown. */
export function findingPage(doc: ParsedDocument, f: Finding): number | null {
  if (!doc.pages) return null;
  if (f.location) return refPage(doc, f.location, f.span) || null;
  const table = doc.tables.find((t) => t.id === f.table);
  return table?.pages?.[0] ?? null;
}

/** Findings with `page` set on their location and cells (PDF documents only). */
export function withFindingPages(doc: ParsedDocument, findings: readonly Finding[]): Finding[] {
  if (!doc.pages) return [...findings];
  return findings.map((f) => {
    const page = findingPage(doc, f);
    const cells = f.cells.map((c) => {
      const p = refPage(doc, c);
      return p > 0 ? { ...c, page: p } : c;
    });
    if (!page) return { ...f, cells };
    return { ...f, cells, page, ...(f.location ? { location: { ...f.location, page } } : {}) };
  });
}
