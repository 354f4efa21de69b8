// The 科目 code tree the 层级 rule checks: each coded row's parent is the row whose code is its longest
// proper prefix among the level lengths (3/5/7). Built in one pass without a map when the codes are in
// printed (lexicographic) order, as real tables are; any other order falls back to a code → row map.
import type { Row } from '../table.ts';

export interface CodeTree {
  /** per row: the parent row, or −1 (top level, uncoded, or a repeated code) */
  readonly parentOf: Int32Array;
  /** coded rows without a parent, in row order */
  readonly top: readonly number[];
}

/** Per row: its code's padded key (−1: not 1–12 digits; −2: no code) and the code's length without white space. */
export interface CodeKeys {
  readonly keys: Float64Array;
  readonly lens: Uint16Array;
}

/** Row r's entry in CodeKeys (a columnar table writes it as the row is read). */
export function writeCodeKey(k: CodeKeys, r: number, raw: string | null): void {
  if (!raw) { k.keys[r] = -2; k.lens[r] = 0; return; }
  // the usual code is all digits: its key is read in the same pass and it needs no compacting
  let key = paddedKey(raw);
  let len = raw.length;
  if (key < 0) {
    const code = compactCode(raw);
    key = paddedKey(code);
    len = code.length;
  }
  k.keys[r] = key;
  k.lens[r] = Math.min(len, 0xffff);
}

export function codeKeysOf(rows: readonly Row[]): CodeKeys {
  const k: CodeKeys = { keys: new Float64Array(rows.length), lens: new Uint16Array(rows.length) };
  for (let r = 0; r < rows.length; r++) writeCodeKey(k, r, rows[r]!.code);
  return k;
}

/** `keys`: the rows' CodeKeys when already known (a columnar table's). */
export function buildCodeTree(rows: readonly Row[], lengths: readonly number[], keys?: CodeKeys): CodeTree {
  return numericTree(keys ?? codeKeysOf(rows), lengths) ?? stringTree(rows, lengths);
}

/**
 * Codes of 1–12 ASCII digits (the usual case) as integers: the digits padded to 12 places, so string order and
 * prefixes become integer comparisons (exact below 10^12), in typed arrays. Null when a code is anything else or the
 * codes are not in increasing order (the string version handles those).
 */
function numericTree(k: CodeKeys, lengths: readonly number[]): CodeTree | null {
  const n = k.keys.length;
  const coded = new Int32Array(n);
  const keys = new Float64Array(n);
  const level = new Int8Array(n);
  let m = 0;
  for (let r = 0; r < n; r++) {
    const key = k.keys[r]!;
    if (key === -2) continue;
    const len = k.lens[r]!;
    if (key < 0 && lengths.includes(len)) return null;
    const li = lengths.indexOf(len);
    if (li < 0) continue;
    // strictly increasing in string order: a greater key, or the same key and a shorter level before
    if (m > 0 && !(keys[m - 1]! < key || (keys[m - 1] === key && lengths[level[m - 1]!]! < len))) return null;
    coded[m] = r;
    keys[m] = key;
    level[m] = li;
    m++;
  }
  const parentOf = new Int32Array(n).fill(-1);
  const top: number[] = [];
  // the prefix P of a code C, when present, is the last row seen at P's level (every code between P and C starts
  // with P, and none equals P), so a stack of the last code per level suffices
  const last = new Int32Array(lengths.length).fill(-1);
  for (let x = 0; x < m; x++) {
    const r = coded[x]!;
    const li = level[x]!;
    for (let j = li - 1; j >= 0; j--) {
      const y = last[j]!;
      if (y >= 0 && isPrefixKey(keys[y]!, lengths[j]!, keys[x]!)) { parentOf[r] = coded[y]!; break; }
    }
    last[li] = x;
    if (parentOf[r] === -1) top.push(r);
  }
  return { parentOf, top };
}

function stringTree(rows: readonly Row[], lengths: readonly number[]): CodeTree {
  const coded: number[] = [];
  const codes: string[] = [];
  let sorted = true;
  for (let r = 0; r < rows.length; r++) {
    const raw = rows[r]!.code;
    if (!raw) continue;
    const code = compactCode(raw);
    if (!lengths.includes(code.length)) continue;
    if (sorted && codes.length > 0 && !(codes[codes.length - 1]! < code)) sorted = false;
    coded.push(r);
    codes.push(code);
  }
  const parentOf = new Int32Array(rows.length).fill(-1);
  const top: number[] = [];
  // strictly increasing codes: the prefix P of a code C, when present, is the last row seen at P's level
  // (every code between P and C starts with P, and none equals P), so a stack of the last row per level suffices
  const byCode = sorted ? null : firstByCode(coded, codes);
  const last = new Int32Array(lengths.length).fill(-1);
  for (let x = 0; x < coded.length; x++) {
    const r = coded[x]!;
    const code = codes[x]!;
    if (byCode && byCode.get(code) !== r) continue; // a repeated code takes no part
    const li = lengths.indexOf(code.length);
    for (let j = li - 1; j >= 0 && parentOf[r] === -1; j--) {
      let p: number | undefined;
      if (byCode) p = byCode.get(code.slice(0, lengths[j]));
      else if (last[j]! >= 0 && code.startsWith(codes[last[j]!]!)) p = coded[last[j]!];
      if (p !== undefined) parentOf[r] = p;
    }
    last[li] = x;
    if (parentOf[r] === -1) top.push(r);
  }
  return { parentOf, top };
}

const KEY_DIGITS = 12;
const POW10 = Array.from({ length: KEY_DIGITS + 1 }, (_, k) => 10 ** k);

/** "20101" → 201010000000; −1 when the code is not 1–12 ASCII digits. */
function paddedKey(code: string): number {
  const n = code.length;
  if (n === 0 || n > KEY_DIGITS) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = code.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v * POW10[KEY_DIGITS - n]!;
}

/** Does the code with key `key` start with the `len`-digit code whose key is `prefix`? */
function isPrefixKey(prefix: number, len: number, key: number): boolean {
  return key >= prefix && key < prefix + POW10[KEY_DIGITS - len]!;
}

function firstByCode(coded: readonly number[], codes: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  codes.forEach((c, x) => { if (!map.has(c)) map.set(c, coded[x]!); });
  return map;
}

/** "201 06 01" → "2010601"; codes without white space (the usual case) are returned as they are. */
export function compactCode(code: string): string {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c <= 32 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028
      || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return code.replace(/\s+/g, '');
  }
  return code;
}
