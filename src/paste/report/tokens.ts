// Cells and tokens of one line of copied PDF text. Tab lines keep their empty cells (their positions are the
// columns); space lines lose blank cells, so their tokens are classified (code / amount / integer / text).

export type TokenKind = 'amount' | 'int' | 'placeholder' | 'text';

export interface Token {
  readonly text: string;
  readonly kind: TokenKind;
}

const AMOUNT_RE = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;
const DECIMAL_RE = /[.,%]/;
const PLACEHOLDER_RE = /^(?:-{1,3}|—{1,3}|－{1,3}|–)$/;

export function isTabLine(text: string): boolean {
  return text.includes('\t');
}

/** Tab cells, trimmed, empties kept. */
export function tabCells(text: string): string[] {
  return text.split('\t').map((c) => c.replace(/[\s\u3000\u00a0]+/g, ' ').trim());
}

export function classify(text: string): TokenKind {
  if (PLACEHOLDER_RE.test(text)) return 'placeholder';
  if (AMOUNT_RE.test(text)) return DECIMAL_RE.test(text) ? 'amount' : 'int';
  return 'text';
}

/** Whitespace tokens with their classes. */
export function spaceTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const t of text.split(/[\s\u3000\u00a0]+/)) {
    if (t !== '') out.push({ text: t, kind: classify(t) });
  }
  return out;
}

/** True for numbers and placeholders (what can fill an amount cell). */
export function isValueToken(t: Token): boolean {
  return t.kind === 'amount' || t.kind === 'int' || t.kind === 'placeholder';
}

/** "201 一般公共服务支出" or "2080505机关…" → code and name; null when the text does not start with a code. */
export function splitCodeName(text: string): { code: string; name: string } | null {
  const m = /^(\d{3}(?:\d{2}){0,2})(?![\d.,])\s*(.*)$/.exec(text.trim());
  if (!m) return null;
  return { code: m[1]!, name: m[2]!.trim() };
}

/**
 * Codes split over 类/款/项 tokens ("208 05 05") → "2080505"; returns the code and how many tokens it used.
 * Only 2-digit tokens extend a 3- or 5-digit head.
 */
export function joinSplitCode(tokens: readonly string[], start: number): { code: string; used: number } | null {
  const head = tokens[start];
  if (head === undefined || !/^\d{3}(?:\d{2}){0,2}$/.test(head)) return null;
  let code = head;
  let used = 1;
  while (code.length < 7 && /^\d{2}$/.test(tokens[start + used] ?? '')) {
    code += tokens[start + used]!;
    used++;
  }
  return { code, used };
}

/** 栏次 / 行次 header words leaking into a label. */
export function stripHeaderWords(label: string): string {
  return label.replace(/^(栏\s*次|行\s*次)\s*/, '').trim();
}

export function compact(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '');
}
