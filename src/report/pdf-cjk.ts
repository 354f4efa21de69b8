// The marked-up PDF's list pages written as text in a bundled CJK font (Noto Sans SC 400, OFL; src/assets/noto-sans-sc):
// the font comes in slices by Unicode range, so only the slices holding the list's characters are loaded, and pdf-lib
// embeds only the glyphs used (subset). The slices are WOFF 1.0, inflated here into the TrueType font fontkit reads.
// Where the font is not available (the single file), the browser draws the list instead (src/ui/pdf/list-pages.ts).
import { rgb, StandardFonts, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Severity } from '../engine/index.ts';

/** One slice of the font: its file and the code point ranges it holds. */
export interface FontSlice {
  readonly file: string;
  readonly ranges: readonly (readonly [number, number])[];
}

/** Where the slices come from: their list, and the bytes of one (a WOFF 1.0 file). */
export interface CjkFontSource {
  readonly slices: readonly FontSlice[];
  load(file: string): Promise<Uint8Array>;
  /** fontkit, registered on the document before a custom font is embedded */
  readonly fontkit: Parameters<PDFDocument['registerFontkit']>[0];
}

/** A line of the list: its text and colour (title, a finding's head in its severity colour, its note). */
export interface ListLine {
  readonly text: string;
  readonly size: number;
  readonly colour: readonly [number, number, number];
  readonly indent: number;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** WOFF 1.0 → the sfnt (TrueType/OpenType) file it wraps: each table inflated, the table directory rebuilt. */
export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  const dv = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (dv.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file');
  const count = dv.getUint16(12);
  const tables = await Promise.all(Array.from({ length: count }, async (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, packed, size, checksum] = [dv.getUint32(at), dv.getUint32(at + 4), dv.getUint32(at + 8), dv.getUint32(at + 12), dv.getUint32(at + 16)];
    const raw = woff.subarray(offset, offset + packed);
    return { tag, checksum, data: packed < size ? await inflate(raw) : raw };
  }));
  let size = 12 + 16 * count;
  const offsets = tables.map((t) => { const at = size; size += (t.data.length + 3) & ~3; return at; });
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  const log = Math.floor(Math.log2(count));
  o.setUint32(0, dv.getUint32(4));
  o.setUint16(4, count);
  o.setUint16(6, 2 ** log * 16);
  o.setUint16(8, log);
  o.setUint16(10, count * 16 - 2 ** log * 16);
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    o.setUint32(at, t.tag);
    o.setUint32(at + 4, t.checksum);
    o.setUint32(at + 8, offsets[i]!);
    o.setUint32(at + 12, t.data.length);
    out.set(t.data, offsets[i]!);
  });
  return out;
}

/**
 * The embedded font for each character of `texts`: its slice of the CJK font, else a standard PDF font that has it
 * (Symbol has Σ, which the Chinese font's slices leave out), else null (drawn as "?").
 */
async function fontsFor(pdf: PDFDocument, texts: readonly string[], source: CjkFontSource): Promise<Map<string, PDFFont | null>> {
  const sliceOf = (cp: number) => source.slices.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b)) ?? null;
  const chars = new Set(texts.join(''));
  const embedded = new Map<string, Promise<PDFFont>>();
  pdf.registerFontkit(source.fontkit);
  const standard = [await pdf.embedFont(StandardFonts.Symbol), await pdf.embedFont(StandardFonts.Helvetica)];
  const out = new Map<string, PDFFont | null>();
  for (const ch of chars) {
    const cp = ch.codePointAt(0)!;
    const slice = sliceOf(cp);
    if (!slice) { out.set(ch, standard.find((f) => f.getCharacterSet().includes(cp)) ?? null); continue; }
    if (!embedded.has(slice.file)) {
      embedded.set(slice.file, source.load(slice.file).then(woffToSfnt).then((sfnt) => pdf.embedFont(sfnt, { subset: true })));
    }
    out.set(ch, await embedded.get(slice.file)!);
  }
  return out;
}

type Fonts = Map<string, PDFFont | null>;

const width = (fonts: Fonts, ch: string, size: number) => fonts.get(ch)?.widthOfTextAtSize(ch, size) ?? size * 0.5;

/** `text` broken into lines no wider than `max` points. */
function wrap(fonts: Fonts, text: string, size: number, max: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let cur = '';
    let w = 0;
    for (const ch of para) {
      const cw = width(fonts, ch, size);
      if (w + cw > max && cur !== '') { out.push(cur); cur = ''; w = 0; }
      cur += ch;
      w += cw;
    }
    out.push(cur);
  }
  return out;
}

/** Draws one line as runs of characters that share a slice (a character no slice holds is drawn as "?"). */
function drawLine(page: PDFPage, fonts: Fonts, text: string, x: number, y: number, size: number, colour: readonly [number, number, number]): void {
  const fallback = fonts.get('?') ?? null;
  let run = '';
  let font: PDFFont | null | undefined;
  const flush = () => {
    if (run === '') return;
    if (font) page.drawText(run, { x, y, size, font, color: rgb(...colour) });
    x += [...run].reduce((w, ch) => w + width(fonts, ch, size), 0);
    run = '';
  };
  for (const ch of text) {
    const f = fonts.get(ch) ?? fallback;
    if (f !== font) { flush(); font = f; }
    run += fonts.get(ch) ? ch : '?';
  }
  flush();
}

/** Writes `lines` on A4 pages inserted at the front of `pdf`; returns how many pages it inserted. */
export async function insertTextList(pdf: PDFDocument, lines: readonly ListLine[], source: CjkFontSource): Promise<number> {
  const fonts = await fontsFor(pdf, [...lines.map((l) => l.text), '?'], source);
  const [W, H, M] = [595, 842, 40];
  let page: PDFPage | null = null;
  let pages = 0;
  let y = 0;
  for (const line of lines) {
    const leading = line.size * 1.45;
    const wrapped = wrap(fonts, line.text, line.size, W - 2 * M - line.indent);
    for (const part of wrapped) {
      if (!page || y - leading < M) {
        page = pdf.insertPage(pages++, [W, H]);
        y = H - M;
      }
      y -= leading;
      drawLine(page, fonts, part, M + line.indent, y, line.size, line.colour);
    }
  }
  return pages;
}

/** The list's lines: the title, then per finding its head (number, severity, page) and its note. */
export function listLines(entries: readonly { readonly head: string; readonly text: string; readonly severity: Severity }[], title: string,
  colours: Readonly<Record<Severity, readonly [number, number, number]>>): ListLine[] {
  const out: ListLine[] = [{ text: title, size: 16, colour: [0, 0, 0], indent: 0 }];
  for (const e of entries) {
    out.push({ text: e.head, size: 10, colour: colours[e.severity], indent: 0 });
    out.push({ text: e.text, size: 9, colour: [0.13, 0.13, 0.13], indent: 14 });
  }
  return out;
}
