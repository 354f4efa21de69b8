// Where a finding sits on the original PDF: the box of its primary cell, found on the cell's source line
// (or the next two lines of the same page, for wrapped labels) by its printed text; the k-th equal text
// when the row prints it several times. A narrative finding boxes the first line of its sentence, a
// whole-table finding the table's title line. Nothing is guessed: a cell that cannot be found has no box.
import { findingPage, type Finding, type ParsedDocument } from '../engine/index.ts';
import type { PdfBox, PdfLineInfo } from '../paste/pdf/types.ts';

export interface Located {
  readonly box: PdfBox | null;
  readonly page: number | null;
}

function union(boxes: readonly PdfBox[]): PdfBox | null {
  if (boxes.length === 0) return null;
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w));
  const y1 = Math.max(...boxes.map((b) => b.y + b.h));
  return { page: boxes[0]!.page, x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

function lineBox(lines: readonly (PdfLineInfo | null)[], sourceLine: number | undefined): PdfBox | null {
  if (sourceLine === undefined) return null;
  return union((lines[sourceLine - 1]?.boxes ?? []).map((b) => b.box));
}

function cellBox(doc: ParsedDocument, f: Finding, lines: readonly (PdfLineInfo | null)[]): PdfBox | null {
  const loc = f.location!;
  return cellBoxAt(doc, loc.table, loc.row, loc.col, lines);
}

/** The box of one grid cell (table id, row, column index) on the PDF, or of its row when col < 0. */
export function cellBoxAt(doc: ParsedDocument, tableId: string, rowIndex: number, col: number, lines: readonly (PdfLineInfo | null)[]): PdfBox | null {
  const table = doc.tables.find((t) => t.id === tableId);
  const row = table?.rows[rowIndex];
  // only tables read from the PDF (they carry pages): a table pasted next to them has other source lines
  if (!table?.pages || !row || row.sourceLine === undefined) return null;
  if (col < 0) return lineBox(lines, row.sourceLine);
  const text = row.cells[col]?.text ?? '';
  if (text === '') return null;
  // the how-many-th cell of the row printing this text
  const nth = row.cells.slice(0, col).filter((c) => c.text === text).length;
  const first = lines[row.sourceLine - 1];
  for (let k = 0; k < 3; k++) {
    const info = lines[row.sourceLine - 1 + k];
    if (!info || info.page !== first?.page) break;
    const hits = info.boxes.filter((b) => b.text === text);
    if (hits.length > nth) return hits[nth]!.box;
  }
  return null;
}

function narrativeLine(doc: ParsedDocument, offset: number): number | undefined {
  let line = 0;
  const text = doc.narrative.text;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return doc.narrative.lineMap[line];
}

export function locateFinding(doc: ParsedDocument, f: Finding, lines: readonly (PdfLineInfo | null)[]): Located {
  const page = f.page ?? findingPage(doc, f);
  let box: PdfBox | null;
  if (f.table === 'N') box = f.span && doc.pages ? lineBox(lines, narrativeLine(doc, f.span[0])) : null;
  else if (f.location && f.location.row >= 0) box = cellBox(doc, f, lines);
  else {
    const table = doc.tables.find((t) => t.id === f.table);
    box = table?.pages ? lineBox(lines, table.sourceLines?.[0]) : null;
  }
  return { box, page: box?.page ?? page };
}
