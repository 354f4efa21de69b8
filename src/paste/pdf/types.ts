// What the PDF reader extracts before any parsing: each page's size and its text items with their real
// position and width (PDF points, origin at the page's bottom-left corner), and per-page reading problems.

/** One text item as the PDF draws it. */
export interface PdfItem {
  readonly str: string;
  /** left edge and baseline, in points */
  readonly x: number;
  readonly y: number;
  /** advance width and font size, in points */
  readonly w: number;
  readonly size: number;
}

export interface PdfPage {
  /** 1-based page number */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfItem[];
  /**
   * A page with /Rotate: its items are in the upright (rotated) view, origin bottom-left; this affine matrix
   * [a, b, c, d, e, f] maps a view point back to the page's user space, where boxes are drawn.
   */
  readonly toUser?: readonly number[];
}

/** A rectangle on a page, in PDF points (origin bottom-left). */
export interface PdfBox {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Where each source line of the extracted text sits: its page and the box of each of its fragments. */
export interface PdfLineInfo {
  readonly page: number;
  readonly boxes: readonly { readonly text: string; readonly box: PdfBox }[];
}

/** The positions kept with a document read from a PDF, for page numbers and the marked-up PDF. */
export interface PdfSource {
  readonly kind: 'pdf';
  readonly pageCount: number;
  readonly pageSizes: readonly (readonly [number, number])[];
  /** source line (1-based) → line info; index 0 is line 1 */
  readonly lines: readonly (PdfLineInfo | null)[];
  /** pages without a text layer (scanned), 1-based */
  readonly imagePages: readonly number[];
}
