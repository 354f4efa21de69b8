// Narrative text → one cleaned string with a map back to the original offsets: full/half width
// normalised, soft line breaks inside words and numbers joined, hard breaks ('\n') kept before and after
// headings, and paragraph tails that layout extraction printed above their head moved back (domain §6.10–11).
import { dropPageMarks, type RawLine } from './page-marks.ts';

export const HEADING_START_RE =
  /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?![\d.．]))/;
const TOP_HEADING_RE = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/;
const SUB_HEADING_RE = /^[（(][一二三四五六七八九十]+[）)][^。，；,;]{0,30}(?:情况|说明|情况说明)$/;
// a line that opens with the end of a sentence: an amount, percent or count, or a quoted grade (“优”的…)
const TAIL_START_RE = /^(?:[+-]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?\s*(?:万元|万|元|亿元|%|％|个|辆|批|人次)|“[^”]{1,6}”的)/;
const STRONG_END_RE = /(?:为|占|的|额|达|计|共|约|至|增加|减少|增长|下降|降低)$/;

interface Line {
  readonly text: string;
  readonly start: number; // offset of text[0] in the source
  readonly blankBefore: boolean;
}

export interface CleanText {
  readonly clean: string;
  readonly origin: readonly number[];
}

/** How strongly a line's end asks for a number to follow: 0 = complete, 1 = mid-phrase, 2 = "…为"/"…占". */
function danglingStrength(line: string, isHeading: boolean): number {
  const t = line.trimEnd();
  if (t === '' || isHeading) return 0;
  const last = t[t.length - 1]!;
  if (/[。；：，、！？）)”"\d０-９%％;:,.]/.test(last)) return 0;
  return STRONG_END_RE.test(t) ? 2 : 1;
}

function isTopHeadingLine(trimmed: string): boolean {
  return (TOP_HEADING_RE.test(trimmed) && !/[。，；]/.test(trimmed) && trimmed.length <= 60)
    || SUB_HEADING_RE.test(trimmed);
}

function splitLines(text: string): Line[] {
  const out: RawLine[] = [];
  const blankAfter: boolean[] = [];
  let pos = 0;
  let blank = false;
  for (const raw of text.split('\n')) {
    const body = raw.replace(/\f/g, ' ');
    const lead = body.length - body.trimStart().length;
    if (body.trim() === '') {
      blank = true;
      if (out.length > 0) blankAfter[out.length - 1] = true;
    } else {
      out.push({ text: body.trim(), start: pos + lead, blankBefore: blank || out.length === 0, pageBreak: raw.includes('\f') });
      blank = false;
    }
    pos += raw.length + 1;
  }
  return dropPageMarks(out, blankAfter);
}

/** Moves a tail line (opens with “603.14万元，占20.51%；”) after the dangling line that follows it. */
export function reorderTails(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!;
    const n = lines[i + 1];
    const p = out[out.length - 1];
    if (p && n && t.blankBefore && !n.blankBefore && TAIL_START_RE.test(t.text)
      && !HEADING_START_RE.test(n.text)
      && danglingStrength(n.text, false) > danglingStrength(p.text, isTopHeadingLine(p.text))) {
      out.push(n, t);
      i++;
    } else out.push(t);
  }
  return out;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function normChar(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 48);
  switch (ch) {
    case '．': return '.';
    case '％': return '%';
    case '(': return '（';
    case ')': return '）';
    case ':': return '：';
    case ';': return '；';
    case 'Ｘ': return 'X';
    case '＋': return '+';
    case '－': case '−': return '-';
    default: return ch;
  }
}

/** Builds the cleaned text. Whitespace disappears, except between two digits where it stays a boundary. */
export function cleanNarrative(text: string): CleanText {
  const lines = reorderTails(splitLines(text.replace(/\r\n?/g, '\n')));
  const chars: string[] = [];
  const origin: number[] = [];
  const push = (ch: string, o: number) => { chars.push(ch); origin.push(o); };
  let prevTop = false;
  for (const line of lines) {
    if (chars.length > 0) {
      const last = chars[chars.length - 1]!;
      if (prevTop || HEADING_START_RE.test(line.text)) {
        if (last !== '\n') push('\n', origin[origin.length - 1]!);
      } else if (isDigit(last) && isDigit(normChar(line.text[0]!))) push(' ', line.start);
    }
    appendLine(line, chars, origin);
    prevTop = isTopHeadingLine(line.text);
  }
  return { clean: chars.join(''), origin };
}

function appendLine(line: Line, chars: string[], origin: number[]): void {
  const s = line.text;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const raw = s[i]!;
    if (/\s/.test(raw) || raw === '\u3000') { pendingSpace = true; continue; }
    let ch = normChar(raw);
    const last = chars[chars.length - 1];
    if (pendingSpace && isDigit(last) && isDigit(ch)) { chars.push(' '); origin.push(line.start + i - 1); }
    pendingSpace = false;
    if (ch === ',') {
      // an ASCII comma is a thousands separator only between a digit and exactly three digits
      ch = isDigit(last) && /^\d{3}(?!\d)/.test(s.slice(i + 1, i + 5)) ? ',' : '，';
    }
    chars.push(ch);
    origin.push(line.start + i);
  }
}
