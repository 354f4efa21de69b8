// Row keys: labels compared after normalisation (spaces, enumerators, quotes and brackets ignored),
// 科目 codes compared as digit strings. Shared by ref resolution and the hierarchy rule.
const ENUMERATOR_RE = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|其中[：:]?|[：:])/;
const IGNORED_RE = /[\s\u3000\u00a0“”"'‘’「」『』()（）[\]［］【】〔〕<>《》]/g;

export function normaliseLabel(label: string): string {
  let s = label.replace(/[\s\u3000\u00a0]+/g, '');
  for (let m = ENUMERATOR_RE.exec(s); m && m[0].length > 0; m = ENUMERATOR_RE.exec(s)) s = s.slice(m[0].length);
  return s.replace(IGNORED_RE, '').replace(/[：:]$/, '');
}

/** "201 06 01" → "2010601"; null when the key is not a code. */
export function normaliseCode(key: string): string | null {
  const digits = key.replace(/[\s\u3000]+/g, '');
  return /^\d+$/.test(digits) ? digits : null;
}

const TOTAL_LABELS = new Set(['合计', '总计']);

export function isTotalLabel(label: string): boolean {
  return TOTAL_LABELS.has(normaliseLabel(label));
}
