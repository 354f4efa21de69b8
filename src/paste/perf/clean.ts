// Markup remnants left by the PDF/HTML converters in 绩效 cells (`<p style…>`, `<input checked…>`,
// `$\text{…}$`, `\leq`) turned back into the text a reader sees; and a line cut into cells.

const LATEX_SYMBOLS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\\leq?\b/g, '≤'],
  [/\\geq?\b/g, '≥'],
  [/\\times\b/g, '×'],
  [/\\div\b/g, '÷'],
  [/\\%/g, '%'],
  [/\\neq\b/g, '≠'],
];

/** Checked/unchecked boxes become ☑/☐ so the chosen grade (优 ☑ 良 ☐) stays readable. */
export function cleanCell(text: string): string {
  let s = text;
  if (s.includes('<')) {
    s = s
      .replace(/<input\b[^>]*\bchecked\b[^>]*>/gi, '☑')
      .replace(/<input\b[^>]*>/gi, '☐')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?[a-z][^>]*>/gi, ' ');
  }
  if (s.includes('\\') || s.includes('$')) {
    s = s.replace(/\\text\{([^}]*)\}/g, '$1');
    for (const [re, sym] of LATEX_SYMBOLS) s = s.replace(re, sym);
    s = s.replace(/\$/g, '');
  }
  s = s.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return s.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

export function hasMarkup(text: string): boolean {
  return /<[a-z/][^>]*>|\\text\{|\\leq?\b|\\geq?\b|\$/i.test(text);
}

/** Tab lines keep their empty cells (they carry column positions); other lines split on space runs. */
export function splitCells(text: string): { cells: string[]; tabbed: boolean } {
  if (text.includes('\t')) return { cells: text.split('\t').map(cleanCell), tabbed: true };
  const clean = cleanCell(text);
  return { cells: clean === '' ? [] : clean.split(' '), tabbed: false };
}

/** A cell that reads as a plain score/amount: digits with an optional decimal part (no %, no unit). */
export function isPlainNumber(text: string): boolean {
  return /^[+-]?\d+(?:,\d{3})*(?:\.\d+)?$/.test(text.replace(/\s+/g, ''));
}

export function isPercent(text: string): boolean {
  return /^[+-]?\d+(?:\.\d+)?\s*[%％]$/.test(text.trim());
}

export function isDash(text: string): boolean {
  return /^[—－\-–─]{1,3}$/.test(text.trim());
}
