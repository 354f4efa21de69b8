// Rule text → tokens. Full-width digits are read as digits (one character each, so offsets still point
// into the original text); operator symbols come from the operator metadata.
import { OPERATOR_SYMBOLS, type AddOpName, type CompareOpName } from './operators.ts';
import type { Dim, RuleSyntaxError } from './ast.ts';

export type Token =
  | { readonly t: 'int'; readonly pos: number; readonly text: string; readonly value: number }
  | { readonly t: 'dec'; readonly pos: number; readonly text: string; readonly decimals: number }
  | { readonly t: 'unit'; readonly pos: number; readonly text: string; readonly dim: Dim }
  | { readonly t: 'each'; readonly pos: number; readonly text: string; readonly dim: Dim }
  | { readonly t: 'keys'; readonly pos: number; readonly text: string; readonly keys: readonly string[]; readonly after?: readonly string[] }
  | { readonly t: 'table'; readonly pos: number; readonly text: string; readonly kind: string }
  | { readonly t: 'add'; readonly pos: number; readonly text: string; readonly op: AddOpName }
  | { readonly t: 'cmp'; readonly pos: number; readonly text: string; readonly op: CompareOpName }
  | { readonly t: 'lparen' | 'rparen' | 'ellipsis' | 'tilde' | 'comma' | 'hier' | 'eof'; readonly pos: number; readonly text: string };

export type LexResult = { ok: true; value: Token[] } | { ok: false; reason: RuleSyntaxError };

const TABLE_RE = /^(T0[1-9]|T10|B0[1-9]|B1[0-4]|P_PROJECT|P_DEPT|P_EVAL|P_SUMMARY)[.．]/;
const ELLIPSES = ['……', '...', '…', '⋯'];
const SINGLE: Readonly<Record<string, 'lparen' | 'rparen' | 'tilde' | 'comma'>> = {
  '(': 'lparen', '（': 'lparen', ')': 'rparen', '）': 'rparen',
  '～': 'tilde', '~': 'tilde', ',': 'comma', '，': 'comma', '、': 'comma',
};
const OPEN_KEY = new Set(['[', '［', '【']);
const CLOSE_KEY = new Set([']', '］', '】']);

/** ASCII digit value of an ASCII or full-width digit, else -1. */
export function digitValue(ch: string | undefined): number {
  if (ch === undefined) return -1;
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\n' || ch === '\r';
}

export function lexRule(src: string): LexResult {
  const out: Token[] = [];
  let i = 0;
  const fail = (pos: number, expected: string): LexResult =>
    ({ ok: false, reason: { code: 'rule_syntax', pos, expected, found: src.slice(pos, pos + 1) } });
  while (i < src.length) {
    const ch = src[i]!;
    if (isSpace(ch)) { i++; continue; }
    if (digitValue(ch) >= 0) {
      const start = i;
      let digits = '';
      while (digitValue(src[i]) >= 0) digits += String(digitValue(src[i++]));
      if ((src[i] === '.' || src[i] === '．') && digitValue(src[i + 1]) >= 0) {
        i++;
        let frac = '';
        while (digitValue(src[i]) >= 0) frac += String(digitValue(src[i++]));
        out.push({ t: 'dec', pos: start, text: `${digits}.${frac}`, decimals: frac.length });
      } else {
        out.push({ t: 'int', pos: start, text: digits, value: Number(digits) });
      }
      continue;
    }
    if (ch === '栏' || ch === '行') { out.push({ t: 'unit', pos: i, text: ch, dim: ch }); i++; continue; }
    if (ch === '各') {
      const next = src[i + 1];
      if (next !== '行' && next !== '栏') return fail(i + 1, '行|栏');
      out.push({ t: 'each', pos: i, text: ch + next, dim: next });
      i += 2;
      continue;
    }
    if (src.startsWith('层级', i)) { out.push({ t: 'hier', pos: i, text: '层级' }); i += 2; continue; }
    if (OPEN_KEY.has(ch)) {
      const start = i;
      let j = i + 1;
      while (j < src.length && !CLOSE_KEY.has(src[j]!) && !OPEN_KEY.has(src[j]!)) j++;
      if (j >= src.length || OPEN_KEY.has(src[j]!)) return fail(j, ']');
      // `[a>b]`: the row b that follows row a (one anchor; a second '>' is an error)
      const body = src.slice(i + 1, j);
      const arrows = [...body.matchAll(/[>＞]/g)].map((m) => m.index);
      if (arrows.length > 1) return fail(i + 1 + arrows[1]!, ']');
      const cut = arrows[0];
      const anchor = cut === undefined ? null : splitKeys(body.slice(0, cut), i + 1);
      const keys = splitKeys(cut === undefined ? body : body.slice(cut + 1), cut === undefined ? i + 1 : i + 2 + cut);
      if (anchor && 'pos' in anchor) return fail(anchor.pos, 'key');
      if ('pos' in keys) return fail(keys.pos, 'key');
      out.push({ t: 'keys', pos: start, text: src.slice(start, j + 1), keys: keys.keys, ...(anchor ? { after: anchor.keys } : {}) });
      i = j + 1;
      continue;
    }
    const table = TABLE_RE.exec(src.slice(i, i + 12));
    if (table) { out.push({ t: 'table', pos: i, text: table[0], kind: table[1]! }); i += table[0].length; continue; }
    const ell = ELLIPSES.find((e) => src.startsWith(e, i));
    if (ell) { out.push({ t: 'ellipsis', pos: i, text: ell }); i += ell.length; continue; }
    const op = OPERATOR_SYMBOLS.find((o) => src.startsWith(o.symbol, i));
    if (op) {
      if (op.add) out.push({ t: 'add', pos: i, text: op.symbol, op: op.add });
      else out.push({ t: 'cmp', pos: i, text: op.symbol, op: op.cmp! });
      i += op.symbol.length;
      continue;
    }
    const single = SINGLE[ch];
    if (single) { out.push({ t: single, pos: i, text: ch }); i++; continue; }
    return fail(i, 'token');
  }
  out.push({ t: 'eof', pos: src.length, text: '' });
  return { ok: true, value: out };
}

/** `a|b` → keys; an empty alternative gives the offset of where a key was expected. */
function splitKeys(part: string, offset: number): { keys: string[] } | { pos: number } {
  const keys = part.split(/[|｜]/).map((k) => k.trim());
  const empty = keys.findIndex((k) => k === '');
  return empty < 0 ? { keys } : { pos: offset + keyOffset(part, empty) };
}

/** Offset of the n-th '|'-separated key in `part` (for error positions). */
function keyOffset(part: string, n: number): number {
  let pos = 0;
  for (let k = 0; k < n; k++) {
    while (part[pos] !== '|' && part[pos] !== '｜') pos++;
    pos++;
  }
  return pos;
}
