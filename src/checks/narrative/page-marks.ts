// Page furniture that PDF text extraction leaves inside paragraphs: page numbers (“3”, “- 12 -”, “— 5 —”,
// “第 3 页”, “3/20”) and running headers repeated on every page. Left in, a page number glues onto the amount
// it interrupts (“增长 3 17.31%”, “222.5 27万元”), so these lines are dropped before the text is joined. So are
// rows of a table the report splitter did not recognise (columns of unit-less amounts): they are not prose.
export interface RawLine {
  readonly text: string;       // trimmed, form feeds removed
  readonly start: number;      // offset of text[0] in the source
  readonly blankBefore: boolean;
  readonly pageBreak: boolean; // the raw line held a form feed (a new PDF page starts here)
}

const DECORATED_RE = /^[-—–─－~～·•]+\s*\d{1,4}\s*[-—–─－~～·•]+$/;
const PAGE_WORD_RE = /^(?:第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d{1,4})$/i;
const BARE_RE = /^\d{1,4}$/;
const HEADER_MAX = 40;
const HEADER_MIN_REPEATS = 3;
const HEADING_LIKE_RE = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．])/;

// a number standing in a layout column: after or before a gap of 3+ spaces, without a unit, in a line with no prose
const COLUMN_NUMBER_RE = /(?:\d\s{3,}\S|\S\s{3,}[\d,]+(?:\.\d+)?(?:\s|$))/;

/** A row of an unrecognised table left in the narrative (“一、财政拨款     15897.44   一、一般公共服务支出   12706.28”). */
export function isTableRowLine(text: string): boolean {
  return COLUMN_NUMBER_RE.test(text) && !/[。，；]|万元|%/.test(text);
}

/** A line that is a page number by its own form, whatever surrounds it. */
export function isPageNumberLine(text: string): boolean {
  return DECORATED_RE.test(text) || PAGE_WORD_RE.test(text);
}

/** Running headers and footers: the same short, unpunctuated line printed at a page boundary (on the line of a
 *  form feed or just before one) at least three times. */
function runningHeaders(lines: readonly RawLine[]): Set<string> {
  const counts = new Map<string, number>();
  for (const [i, l] of lines.entries()) {
    if (!l.pageBreak && lines[i + 1]?.pageBreak !== true) continue;
    const t = l.text.replace(/\s+/g, '');
    if (t.length < 4 || t.length > HEADER_MAX || /[。，；：！？,;%]|万元/.test(t) || HEADING_LIKE_RE.test(t)) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= HEADER_MIN_REPEATS).map(([t]) => t));
}

/** Drops page numbers and running headers. A bare number counts only next to a page break (a form feed on
 *  it or on the next line) or after a blank line (text copied without its form feeds: the page's first line
 *  follows the number directly); the line after a dropped mark continues the
 *  paragraph it interrupted (a page break is not a paragraph break). */
export function dropPageMarks(lines: readonly RawLine[], blankAfter: readonly boolean[]): RawLine[] {
  const headers = runningHeaders(lines);
  const out: RawLine[] = [];
  let dropped = false;
  let blankAfterDrop = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    const bare = BARE_RE.test(l.text)
      && (l.pageBreak || next?.pageBreak === true || (l.blankBefore && i > 0));
    const header = headers.has(l.text.replace(/\s+/g, ''));
    if (isPageNumberLine(l.text) || bare || header || isTableRowLine(l.text)) {
      dropped = true;
      blankAfterDrop = blankAfter[i] === true;
      continue;
    }
    // a blank line after the mark is the page's own paragraph break; none means the paragraph goes on
    out.push(dropped ? { ...l, blankBefore: l.blankBefore && blankAfterDrop } : l);
    dropped = false;
  }
  return out;
}
