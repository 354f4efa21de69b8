// The marked-up PDF's first pages: the list of findings drawn on a canvas with the browser's own fonts
// (which have the Chinese glyphs), one PNG per A4 page, in severity colours with each finding's number,
// page and note, the same numbers as the boxes on the original pages.
import type { MarkedEntry } from '../../report/pdf-marked.ts';
import { MARK_COLOURS } from '../../report/pdf-marked.ts';
import { pageLabel, type ReportLang } from '../../report/labels.ts';

const W = 1190;
const H = 1684;
const MARGIN = 70;
const LINE = 28;

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let cur = '';
    for (const ch of para) {
      if (ctx.measureText(cur + ch).width > width && cur !== '') {
        out.push(cur);
        cur = '';
      }
      cur += ch;
    }
    out.push(cur);
  }
  return out;
}

function toPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? b.arrayBuffer().then((a) => resolve(new Uint8Array(a)), reject) : reject(new Error('canvas'))), 'image/png'));
}

export async function renderListPages(entries: readonly MarkedEntry[], title: string, lang: ReportLang, notLocated: string): Promise<Uint8Array[]> {
  const pages: Uint8Array[] = [];
  let canvas: HTMLCanvasElement | null = null;
  let ctx: CanvasRenderingContext2D | null = null;
  let y = 0;
  const font = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "SimSun", sans-serif';
  const newPage = async () => {
    if (canvas) pages.push(await toPng(canvas));
    canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, H);
    y = MARGIN;
    if (pages.length === 0) {
      ctx.fillStyle = '#000';
      ctx.font = `bold 34px ${font}`;
      ctx.fillText(title, MARGIN, y + 30);
      y += 70;
    }
  };
  await newPage();
  for (const e of entries) {
    const c = ctx!;
    c.font = `20px ${font}`;
    const head = `${e.n}. ${e.page ? pageLabel(lang, e.page) : ''}${e.boxed ? '' : ` ${notLocated}`}`;
    const lines = [head, ...wrap(c, e.text, W - 2 * MARGIN - 30)];
    if (y + lines.length * LINE > H - MARGIN) await newPage();
    const [r, g, b] = MARK_COLOURS[e.finding.severity];
    ctx!.fillStyle = `rgb(${r * 255}, ${g * 255}, ${b * 255})`;
    ctx!.font = `bold 20px ${font}`;
    ctx!.fillText(lines[0]!, MARGIN, y + 20);
    ctx!.fillStyle = '#222';
    ctx!.font = `20px ${font}`;
    lines.slice(1).forEach((l, i) => ctx!.fillText(l, MARGIN + 30, y + 20 + (i + 1) * LINE));
    y += lines.length * LINE + 12;
  }
  pages.push(await toPng(canvas!));
  return pages;
}
