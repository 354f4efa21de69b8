// PDF text items → source lines. Items are grouped into lines by their baseline, cut into fragments
// (amounts, codes, text) at real gaps, and every fragment keeps its real position: the layout-table
// parser reads columns from these positions, never from the line's text. The text of a line is only
// for the line-level logic (titles, notes, narrative); page headers, footers and page numbers are dropped.
import { isAmountText, isWide, type Frag, type FragKind } from '../layout/frags.ts';
import type { SourceLine } from '../source-line.ts';
import { furnitureLines } from './furniture.ts';
import type { PdfBox, PdfItem, PdfLineInfo, PdfPage } from './types.ts';

const PLACEHOLDER_RE = /^(?:-|—|--|---|－|——)$/;
const CODE_RE = /^\d{2,7}$/;
const CODE_NAME_RE = /^(\d{3}|\d{5}|\d{7})([\u4e00-\u9fff（(].*)$/u;

/** A run of items on one line close enough to be one piece of text. */
interface Run {
  text: string;
  x: number;
  x1: number;
  y: number;
  size: number;
}

export interface PageLine {
  readonly page: number;
  readonly y: number;
  readonly size: number;
  readonly runs: readonly Run[];
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 10;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A box of a rotated page's upright view mapped to the page's user space (rotations by 90° keep it a box). */
export function userBox(b: PdfBox, m: readonly number[]): PdfBox {
  const at = (x: number, y: number) => [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!] as const;
  const [p, q] = [at(b.x, b.y), at(b.x + b.w, b.y + b.h)];
  return { page: b.page, x: Math.min(p[0], q[0]), y: Math.min(p[1], q[1]), w: Math.abs(q[0] - p[0]), h: Math.abs(q[1] - p[1]) };
}

/** Items of one page grouped into lines (top to bottom), each cut into runs at real gaps. */
export function pageLines(page: PdfPage): PageLine[] {
  const items = page.items.filter((it) => it.str.trim() !== '' && it.size > 0);
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  let ref = Infinity;
  let refSize = 0;
  for (const it of items) {
    const cur = groups[groups.length - 1];
    if (cur && Math.abs(ref - it.y) <= 0.4 * Math.min(refSize, it.size)) {
      cur.push(it);
      continue;
    }
    groups.push([it]);
    ref = it.y;
    refSize = it.size;
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    const runs: Run[] = [];
    for (const it of g) {
      const last = runs[runs.length - 1];
      const gap = last ? it.x - last.x1 : Infinity;
      if (last && gap <= 0.3 * Math.min(last.size, it.size) && !bothAmounts(last.text, it.str)) {
        last.text += gap > 0.2 * it.size && /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(it.str) ? ` ${it.str}` : it.str;
        last.x1 = Math.max(last.x1, it.x + it.w);
        continue;
      }
      runs.push({ text: it.str, x: it.x, x1: it.x + it.w, y: it.y, size: it.size });
    }
    for (const r of runs) r.text = r.text.replace(/\s+/g, ' ').trim();
    return { page: page.page, y: g[0]!.y, size: median(g.map((i) => i.size)), runs };
  });
}

function bothAmounts(a: string, b: string): boolean {
  return isAmountText(a.trim()) && isAmountText(b.trim());
}

function weight(s: string): number {
  let n = 0;
  for (const ch of s) n += isWide(ch) ? 2 : 1;
  return Math.max(1, n);
}

/** A run's fragments, each with its real extent (points); a run holding two parts is split in proportion. */
function runFrags(r: Run): { kind: FragKind; text: string; x: number; x1: number }[] {
  const per = (r.x1 - r.x) / weight(r.text);
  const words = r.text.split(' ');
  if (words.length > 1 && words.every((w) => isAmountText(w) || PLACEHOLDER_RE.test(w))) {
    let x = r.x;
    return words.map((w) => {
      const f = { kind: 'amount' as const, text: w, x, x1: x + weight(w) * per };
      x = f.x1 + per;
      return f;
    });
  }
  if (isAmountText(r.text) || PLACEHOLDER_RE.test(r.text)) return [{ kind: 'amount', text: r.text, x: r.x, x1: r.x1 }];
  if (CODE_RE.test(r.text)) return [{ kind: 'code', text: r.text, x: r.x, x1: r.x1 }];
  const cn = CODE_NAME_RE.exec(r.text);
  if (cn) {
    const split = r.x + weight(cn[1]!) * per;
    return [{ kind: 'code', text: cn[1]!, x: r.x, x1: split }, { kind: 'text', text: cn[2]!, x: split, x1: r.x1 }];
  }
  return [{ kind: 'text', text: r.text, x: r.x, x1: r.x1 }];
}

export interface BuiltLines {
  readonly lines: SourceLine[];
  readonly info: (PdfLineInfo | null)[];
}

/**
 * Every page's lines as source lines: `frags` in units of half the document's median font size (so the
 * layout parser's tolerances, written for character cells, keep their meaning), `page` 1-based. The text
 * places each run at its position in those units (at least two spaces apart) and starts a page with "\f".
 */
export function buildLines(pages: readonly PdfPage[]): BuiltLines {
  const perPage = pages.map(pageLines);
  const unit = median(perPage.flat().map((l) => l.size)) / 2;
  const drop = furnitureLines(pages, perPage);
  const lines: SourceLine[] = [];
  const info: (PdfLineInfo | null)[] = [];
  const push = (text: string, page: number, frags: Frag[] | undefined, lineInfo: PdfLineInfo | null) => {
    lines.push({ text, line: lines.length + 1, page, ...(frags ? { frags } : {}) });
    info.push(lineInfo);
  };
  perPage.forEach((pls, pi) => {
    const page = pages[pi]!.page;
    let first = pi > 0;
    let prev: PageLine | null = null;
    for (const pl of pls) {
      if (drop.has(pl)) continue;
      if (prev && prev.y - pl.y > 2.2 * Math.max(prev.size, pl.size)) push('', page, undefined, null);
      const parts = pl.runs.flatMap(runFrags);
      let text = '';
      const frags: Frag[] = [];
      const boxes: { text: string; box: PdfBox }[] = [];
      for (const p of parts) {
        const col = Math.round(p.x / unit);
        const at = Math.max(col, text === '' ? 0 : text.length + 2);
        text = text.padEnd(at, ' ') + p.text;
        frags.push({ kind: p.kind, text: p.text, x0: p.x / unit, x1: p.x1 / unit, wide: 0 });
        const box = { page, x: p.x, y: pl.y - 0.25 * pl.size, w: p.x1 - p.x, h: 1.15 * pl.size };
        boxes.push({ text: p.text, box: pages[pi]!.toUser ? userBox(box, pages[pi]!.toUser!) : box });
      }
      push((first ? '\f' : '') + text, page, frags, { page, boxes });
      first = false;
      prev = pl;
    }
  });
  return { lines, info };
}
