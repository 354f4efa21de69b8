// Reads a PDF's pages through pdf.js (the module is handed in: the browser build with its bundled worker
// and character maps, or the Node legacy build for the CLI). Encrypted, damaged, oversized and
// page-bombed files end in a problem with a stable code; pages without a text layer or with text that
// has no Unicode mapping are counted, never read as empty tables.
import type { ParseProblem, ParseResult } from '../../engine/document.ts';
import type { PdfItem, PdfPage } from './types.ts';

/** The part of pdf.js this reader uses. */
export interface PdfJsLike {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocLike>; destroy(): Promise<void> };
  readonly OPS?: Record<string, number>;
}
export interface PdfDocLike {
  readonly numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
  /** document info (Title…) and the XMP metadata (`get('dc:title')`) */
  getMetadata?(): Promise<{ info?: unknown; metadata?: { get(name: string): unknown } | null }>;
  destroy(): Promise<void>;
}
export interface PdfPageLike {
  getViewport(o: { scale: number }): { width: number; height: number; transform?: number[] };
  /** the page's /Rotate (pdf.js `rotate`) */
  readonly rotate?: number;
  readonly view: number[];
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<{ fnArray: number[] }>;
  cleanup(): void;
}

/** pdf.js and the options to open a document with (worker, character maps). */
export interface PdfLoader {
  load(): Promise<{ pdfjs: PdfJsLike; params: Record<string, unknown> }>;
}

export const MAX_PDF_PAGES = 1000;

export interface PdfRead {
  readonly pages: PdfPage[];
  /** pages without a text layer but with images (scanned) */
  readonly imagePages: number[];
  /** pages whose text is mostly unmapped glyphs */
  readonly garbledPages: number[];
  /** the titles the document properties state (info Title, XMP dc:title), as pdf.js gives them */
  readonly titles: string[];
}

/** The info Title and the XMP dc:title; none when the properties cannot be read. */
async function titlesOf(doc: PdfDocLike): Promise<string[]> {
  try {
    const m = await doc.getMetadata?.();
    const info = m?.info as { Title?: unknown } | undefined;
    return [info?.Title, m?.metadata?.get('dc:title')].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  } catch {
    return [];
  }
}

const fail = (code: string, params?: Record<string, string | number>): ParseResult<never> =>
  ({ ok: false, reason: { code, severity: 'error', ...(params ? { params } : {}) } as ParseProblem });

// private-use, replacement and control characters: what unmapped glyphs extract as
// eslint-disable-next-line no-control-regex -- control characters are exactly what unmapped glyphs give
const BAD_CHAR = /[\ue000-\uf8ff\ufffd\u0000-\u0008\u000e-\u001f]/gu;

function isGarbled(items: readonly PdfItem[]): boolean {
  const text = items.map((i) => i.str).join('').replace(/\s+/g, '');
  if (text.length < 20) return false;
  const bad = (text.match(BAD_CHAR) ?? []).length;
  const readable = (text.match(/[\u4e00-\u9fffA-Za-z0-9，。、：；（）.,:;()%-]/gu) ?? []).length;
  return bad / text.length > 0.3 || readable / text.length < 0.2;
}

type Matrix = [number, number, number, number, number, number];

/** m1 × m2 as pdf.js composes transforms (Util.transform). */
function compose(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1], m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3], m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4], m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

/** The inverse of an affine matrix (the viewport's is a rotation, scale and shift: always invertible). */
function invert(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2];
  const [a, b, c, d] = [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det];
  return [a, b, c, d, -(a * m[4] + c * m[5]), -(b * m[4] + d * m[5])];
}

/** View point with y up → user space: flip y back to the viewport's y-down, then undo the viewport transform. */
function viewToUser(view: { transform: Matrix; height: number }): Matrix {
  return compose(invert(view.transform), [1, 0, 0, -1, 0, view.height]);
}

/**
 * A text item in page space (y up). On a page with /Rotate the text is drawn turned in user space and reads
 * upright in the rotated view, so its position is taken in the view (the viewport transform, y flipped back).
 */
function toItem(raw: unknown, view?: { transform: Matrix; height: number }): PdfItem | null {
  const it = raw as { str?: string; transform?: number[]; width?: number; height?: number };
  if (typeof it.str !== 'string' || !it.transform) return null;
  let [a, b, c, d, e, f] = it.transform as Matrix;
  if (view) {
    const m = compose(view.transform, it.transform as Matrix);
    [a, b, c, d, e, f] = [m[0], -m[1], -m[2], -m[3], m[4], view.height - m[5]];
  }
  if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01) return null; // rotated text (stamps, watermarks)
  return { str: it.str, x: e, y: f, w: it.width ?? 0, size: Math.abs(d) || Math.abs(a) || (it.height ?? 0) };
}

async function hasImages(pdfjs: PdfJsLike, page: PdfPageLike): Promise<boolean> {
  const ops = pdfjs.OPS;
  if (!ops) return true;
  const images = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintJpegXObject]
    .filter((n): n is number => n !== undefined));
  const list = await page.getOperatorList();
  return list.fnArray.some((fn) => images.has(fn));
}

export interface ReadOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  readonly maxPages?: number;
}

function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
}

export async function readPdf(loader: PdfLoader, bytes: Uint8Array, opts: ReadOptions = {}): Promise<ParseResult<PdfRead>> {
  let lib: Awaited<ReturnType<PdfLoader['load']>>;
  try {
    lib = await loader.load();
  } catch {
    return fail('pdf_reader_unavailable');
  }
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy
  const task = lib.pdfjs.getDocument({ ...lib.params, data: bytes.slice(), password: '', stopAtErrors: false });
  let doc: PdfDocLike;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = errorName(e);
    if (name === 'PasswordException') return fail('pdf_encrypted');
    return fail('pdf_unreadable');
  }
  try {
    const maxPages = opts.maxPages ?? MAX_PDF_PAGES;
    if (doc.numPages > maxPages) return fail('pdf_too_many_pages', { pages: doc.numPages, maxPages });
    const pages: PdfPage[] = [];
    const imagePages: number[] = [];
    const garbledPages: number[] = [];
    let unreadable = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (opts.signal?.aborted) return { ok: false, reason: { code: 'cancelled', severity: 'info' } };
      try {
        const page = await doc.getPage(n);
        const vp = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const rotated = (page.rotate ?? 0) % 360 !== 0 && vp.transform?.length === 6;
        const view = rotated ? { transform: vp.transform as Matrix, height: vp.height } : undefined;
        const items = content.items.map((raw) => toItem(raw, view)).filter((i): i is PdfItem => i !== null);
        const [x0 = 0, y0 = 0] = page.view;
        const shifted = !rotated && (x0 || y0) ? items.map((i) => ({ ...i, x: i.x - x0, y: i.y - y0 })) : items;
        if (shifted.every((i) => i.str.trim() === '')) {
          if (await hasImages(lib.pdfjs, page)) imagePages.push(n);
        } else if (isGarbled(shifted)) {
          garbledPages.push(n);
        }
        const base = { page: n, width: vp.width, height: vp.height, items: garbledPages.includes(n) ? [] : shifted };
        // boxes are kept relative to the page's origin (page.view), as on unrotated pages
        pages.push(view ? { ...base, toUser: compose([1, 0, 0, 1, -x0, -y0], viewToUser(view)) } : base);
        page.cleanup();
      } catch {
        unreadable++;
        pages.push({ page: n, width: 0, height: 0, items: [] });
      }
      opts.onProgress?.(n, doc.numPages);
    }
    if (unreadable === doc.numPages) return fail('pdf_unreadable');
    return { ok: true, value: { pages, imagePages, garbledPages, titles: await titlesOf(doc) }, problems: [] };
  } finally {
    void doc.destroy();
  }
}

/** "3, 12–15, 18" from sorted page numbers. */
export function pageRanges(pages: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    out.push(i === j ? String(pages[i]) : `${pages[i]}–${pages[j]}`);
    i = j + 1;
  }
  return out.join('、');
}
