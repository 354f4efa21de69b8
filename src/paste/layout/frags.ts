// Lines of `pdftotext -layout` text cut into positioned fragments (amounts, codes, text) and grouped by
// PDF page (form feeds): character offsets are only comparable within one page.
import { parseAmount } from '../../engine/amount.ts';
import type { SourceLine } from '../source-line.ts';

export type FragKind = 'amount' | 'code' | 'text';

export interface Frag {
  readonly kind: FragKind;
  readonly text: string;
  /** raw character offsets in the line (end exclusive) */
  readonly x0: number;
  readonly x1: number;
  /** wide (CJK) characters before the fragment on its line */
  readonly wide: number;
}

export interface LayoutLine {
  /** index in the block */
  readonly index: number;
  /** 1-based source line */
  readonly line: number;
  readonly page: number;
  readonly text: string;
  readonly frags: readonly Frag[];
}

const WIDE_RE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’…]/u;
const AMOUNT_RE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$|^\d{1,3}(?:,\d{3})+$/;
const PLACEHOLDER_RE = /^(?:-|—|--|---|－|——)$/;
const CODE_RE = /^\d{2,7}$/;
const CODE_NAME_RE = /^(\d{3}|\d{5}|\d{7})([\u4e00-\u9fff（(].*)$/u;

export function isWide(ch: string): boolean {
  return WIDE_RE.test(ch);
}

function countWide(s: string): number {
  let n = 0;
  for (const ch of s) if (isWide(ch)) n++;
  return n;
}

export function isAmountText(t: string): boolean {
  return AMOUNT_RE.test(t) && parseAmount(t).kind === 'number';
}

/** Split a line on runs of 2+ spaces; within a chunk, amounts separated by single spaces are separate. */
export function lineFrags(text: string): Frag[] {
  const out: Frag[] = [];
  // a no-break space is one column, an ideographic space two (it is drawn as wide as a 汉字)
  const clean = text.replace(/\f/g, '').replace(/\t/g, '  ').replace(/\u00a0/g, ' ').replace(/\u3000/g, '  ');
  const chunkRe = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = chunkRe.exec(clean))) {
    pushChunk(out, clean, m[0], m.index);
  }
  return out;
}

function pushChunk(out: Frag[], line: string, chunk: string, at: number): void {
  const words = chunk.split(' ');
  if (words.every((w) => isAmountText(w) || PLACEHOLDER_RE.test(w))) {
    let x = at;
    for (const w of words) {
      out.push(frag('amount', w, x, line));
      x += w.length + 1;
    }
    return;
  }
  if (CODE_RE.test(chunk)) {
    out.push(frag('code', chunk, at, line));
    return;
  }
  const cn = CODE_NAME_RE.exec(chunk);
  if (cn) {
    out.push(frag('code', cn[1]!, at, line));
    out.push(frag('text', cn[2]!, at + cn[1]!.length, line));
    return;
  }
  out.push(frag('text', chunk, at, line));
}

function frag(kind: FragKind, text: string, x0: number, line: string): Frag {
  return { kind, text, x0, x1: x0 + text.length, wide: countWide(line.slice(0, x0)) };
}

/** Block lines → positioned lines with page numbers (a form feed starts a new page). */
export function toLayoutLines(lines: readonly SourceLine[]): LayoutLine[] {
  let page = 0;
  return lines.map((l, index) => {
    if (index > 0 && l.text.includes('\f')) page++;
    // lines read from a PDF carry fragments at their real positions and their page
    return { index, line: l.line, page: l.page ?? page, text: l.text, frags: l.frags ?? lineFrags(l.text) };
  });
}

/** Label text as printed: inner spaces between wide characters removed ("因 公 出 国" → "因公出国"). */
export function compactLabel(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('')
    .replace(/\s+/g, (s, i: number, all: string) => {
      const before = all[i - 1] ?? '';
      const after = all[i + s.length] ?? '';
      return isWide(before) || isWide(after) ? '' : ' ';
    });
}
