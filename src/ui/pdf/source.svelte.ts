// The PDF the workbook was read from, kept in memory for this session (never stored, never sent): the
// marked-up PDF export and the side-by-side page view need its original bytes.
import type { ParsedDocument } from '../../engine/document.ts';

export interface OpenedPdf {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** the document parsed from it (page numbers and source lines refer to this) */
  readonly doc: ParsedDocument;
}

class PdfSourceState {
  current = $state.raw<OpenedPdf | null>(null);
}

export const pdfSource = new PdfSourceState();

export function isPdfName(name: string | undefined): boolean {
  return /\.pdf$/i.test(name ?? '');
}
