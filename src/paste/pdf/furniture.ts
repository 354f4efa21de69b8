// Page furniture: page numbers and running headers/footers, which must never reach the tables or the
// narrative (a page number glued onto an amount would change it). A line is furniture when it sits in the
// top or bottom band of its page and either is a bare page number (“3”, “- 3 -”, “第 3 页”, “3/24”) or
// repeats, digits aside, on at least three pages. Lines holding amounts, table titles, units or header words are
// never dropped as repeats.
import { isAmountText } from '../layout/frags.ts';
import type { PageLine } from './lines.ts';
import type { PdfPage } from './types.ts';

const PAGE_NO_RE = /^[-—–－\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－\s]*$/;
const BAND = 0.09;
// table titles, units and header words can sit high on every page of a long table: never furniture
const KEEP_RE = /单位\s*[:：]|表\s*$|续表|栏\s*次|项\s*目|科目/;

function inBand(pl: PageLine, height: number): boolean {
  return pl.y > height * (1 - BAND) || pl.y < height * BAND;
}

const textOf = (pl: PageLine) => pl.runs.map((r) => r.text).join(' ').trim();

// “续表”, “（续表）”, “收入决算表（续）”: the mark of a table continued from the page before
const CONTINUED_RE = /^(?:\S*表)?\s*[（(]?\s*续\s*表?\s*[）)]?$/u;

/** A continuation mark at the top of a page: dropped, so the rows join the table of the page before. */
export function isContinuationMark(text: string): boolean {
  return CONTINUED_RE.test(text.replace(/\s+/g, ''));
}

export function isPageNumberText(text: string): boolean {
  return PAGE_NO_RE.test(text);
}

export function furnitureLines(pages: readonly PdfPage[], perPage: readonly (readonly PageLine[])[]): Set<PageLine> {
  const drop = new Set<PageLine>();
  const seen = new Map<string, PageLine[]>();
  perPage.forEach((pls, i) => {
    const height = pages[i]!.height;
    const banded = pls.filter((pl) => inBand(pl, height));
    // the first two lines of a page may carry a continuation mark (above or beside the unit line)
    for (const pl of pls.slice(0, 2)) if (i > 0 && isContinuationMark(textOf(pl))) drop.add(pl);
    for (const pl of banded) {
      const text = textOf(pl);
      // only the outermost lines of the page can be its number
      const outermost = pl === pls[0] || pl === pls[pls.length - 1];
      if (outermost && isPageNumberText(text)) {
        drop.add(pl);
        continue;
      }
      if (pl.runs.some((r) => isAmountText(r.text)) || KEEP_RE.test(text)) continue;
      const key = text.replace(/\d+/g, '#').replace(/\s+/g, '');
      if (key === '') continue;
      const list = seen.get(key) ?? [];
      list.push(pl);
      seen.set(key, list);
    }
  });
  for (const list of seen.values()) {
    if (new Set(list.map((l) => l.page)).size >= 3) for (const pl of list) drop.add(pl);
  }
  return drop;
}
