// pdf.js for showing pages: the document opened once for drawing, and its positions read through the
// same reader as the parser (so boxes match the parsed rows). A render returns the mapping from PDF
// boxes to CSS pixels on the drawn canvas.
import { parsePdfDocument } from '../../paste/pdf/index.ts';
import type { PdfBox, PdfLineInfo } from '../../paste/pdf/types.ts';
import { browserPdfLoader } from './load.ts';

/** a rectangle in percent of the drawn page (so it follows the canvas however it is scaled) */
type CssRect = { left: number; top: number; width: number; height: number };

interface PageLike {
  view: number[];
  getViewport(o: { scale: number }): { width: number; height: number; convertToViewportRectangle(r: number[]): number[] };
  render(o: Record<string, unknown>): { promise: Promise<void>; cancel(): void };
}

export interface ViewDoc {
  render(page: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<(b: PdfBox) => CssRect>;
}

export async function openForView(bytes: Uint8Array): Promise<{ view: ViewDoc; lines: readonly (PdfLineInfo | null)[] }> {
  const { pdfjs, params } = await browserPdfLoader.load();
  const doc = await (pdfjs.getDocument({ ...params, data: bytes.slice() }).promise as unknown as Promise<{ getPage(n: number): Promise<PageLike> }>);
  const read = await parsePdfDocument(bytes, browserPdfLoader);
  let task: { cancel(): void } | null = null;
  const view: ViewDoc = {
    async render(n, canvas, cssWidth) {
      task?.cancel();
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const scale = Math.max(0.2, cssWidth / base.width);
      const ratio = window.devicePixelRatio || 1;
      const vp = page.getViewport({ scale: scale * ratio });
      canvas.width = Math.floor(vp.width);
      canvas.height = Math.floor(vp.height);
      const t = page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport: vp });
      task = t;
      await t.promise.catch(() => undefined);
      const [x0 = 0, y0 = 0] = page.view;
      return (b) => {
        const [ax, ay, bx, by] = vp.convertToViewportRectangle([b.x + x0, b.y + y0, b.x + x0 + b.w, b.y + y0 + b.h]) as [number, number, number, number];
        const px = 100 / canvas.width;
        const py = 100 / canvas.height;
        return { left: Math.min(ax, bx) * px, top: Math.min(ay, by) * py, width: Math.abs(bx - ax) * px, height: Math.abs(by - ay) * py };
      };
    },
  };
  return { view, lines: read.lines };
}
