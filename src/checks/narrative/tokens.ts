// Numbers in a cleaned sentence: amounts (万元/元/亿元 → 万元, thousands separators), percentages,
// counts, years and unit-less numbers, each with the label printed just before it.
import { Decimal, halfUnit } from '../../engine/decimal.ts';
import type { Token, TokenKind } from './model.ts';

const NUM_RE = /[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;
const COUNT_UNITS = [
  '人次', '批次', '辆（台）', '台（套）', '季度', '小时', '分钟', '个', '辆', '批', '人', '台', '套', '项', '次', '家',
  '分', '天', '户', '件', '份', '篇', '场', '期', '号', '条', '届', '倍', '名', '月', '日', '周', '年', '所', '座', '间', '本',
];
const BOUNDARY = /[，。；：、！？\n]/;
const CLAUSE_BOUNDARY = /[，。；：！？\n]/;
const YEAR_CONTEXT_RE = /(?:较|比|与|截至|截止|至|于|在|从)$/;

const WAN_FACTOR: Readonly<Record<string, Decimal>> = {
  万元: new Decimal(1),
  万: new Decimal(1),
  元: new Decimal('0.0001'),
  亿元: new Decimal(10000),
  亿: new Decimal(10000),
};

function classify(after: string, before: string, digits: string, hasFrac: boolean): { kind: TokenKind; unit: string; len: number } {
  if (after.startsWith('%')) return { kind: 'percent', unit: '%', len: 1 };
  for (const u of ['亿元', '万元', '元', '亿']) if (after.startsWith(u)) return { kind: 'amount', unit: u, len: u.length };
  if (after.startsWith('万') && !/^万(?:人|户|次|件|册|份|张|条|余|多|亩|平方)/.test(after)) return { kind: 'amount', unit: '万', len: 1 };
  const isYearNumber = !hasFrac && /^(?:19|20)\d\d$/.test(digits);
  if (isYearNumber && after.startsWith('年')) return { kind: 'year', unit: '年', len: after.startsWith('年度') ? 2 : 1 };
  if (isYearNumber && YEAR_CONTEXT_RE.test(before)) return { kind: 'year', unit: '年', len: 0 };
  for (const u of COUNT_UNITS) if (after.startsWith(u)) return { kind: 'count', unit: u, len: u.length };
  // counts in 万 (“参保人数达 38.13 万人”) are counts too, not amounts missing their unit
  if (after.startsWith('万')) for (const u of COUNT_UNITS) if (after.startsWith('万' + u)) return { kind: 'count', unit: '万' + u, len: u.length + 1 };
  return { kind: 'bare', unit: '', len: 0 };
}

/** Scans one cleaned sentence; offsets are shifted by `base` (the sentence start in the cleaned text). */
export function scanTokens(text: string, base: number): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  // start of the clause holding the current number: moved forward only, so a sentence with many numbers and no
  // clause boundary (200,000 short lines run together) is scanned once, not once per number
  let clauseStart = 0;
  let clauseScanned = 0;
  for (const m of text.matchAll(NUM_RE)) {
    const at = m.index;
    const prevCh = text[at - 1];
    // not a number of its own: part of a longer token, a 文号 〔2024〕4号, or 第N
    if (prevCh !== undefined && /[\d.A-Za-z〔［[第]/.test(prevCh)) continue;
    let raw = m[0];
    if (raw.startsWith('+') || raw.startsWith('-')) {
      if (!(prevCh === undefined || /[长降少加为：，]/.test(prevCh))) raw = raw.slice(1);
    }
    const start = at + (m[0].length - raw.length);
    const digits = raw.replace(/^[+-]/, '').replace(/,/g, '');
    const frac = /\.(\d+)$/.exec(digits);
    const before = text.slice(Math.max(0, start - 4), start);
    const c = classify(text.slice(at + m[0].length), before, digits, frac !== null);
    const decimals = frac ? frac[1]!.length : 0;
    let value = new Decimal(raw.replace(/,/g, ''));
    let half = halfUnit(decimals);
    if (c.kind === 'amount') {
      const f = WAN_FACTOR[c.unit]!;
      value = value.times(f);
      // 万元 amounts are kept to 2 decimals; prose drops trailing zeros (“10.2 万元” for 10.20), so fewer
      // printed decimals do not widen the envelope. A printed zero is exact.
      half = value.isZero() ? new Decimal(0) : f.eq(1) ? halfUnit(Math.max(decimals, 2)) : half.times(f);
    }
    const end = at + m[0].length + c.len;
    for (; clauseScanned < start; clauseScanned++) if (CLAUSE_BOUNDARY.test(text[clauseScanned]!)) clauseStart = clauseScanned + 1;
    out.push({
      kind: c.kind, start: base + start, end: base + end, text: text.slice(start, end), value, half, decimals,
      unit: c.kind === 'amount' ? (c.unit.endsWith('元') ? c.unit : c.unit + '元') : c.unit,
      label: labelBefore(text, start, prevEnd, BOUNDARY),
      clause: text.slice(clauseStart, start),
    });
    prevEnd = end;
  }
  return out;
}

function labelBefore(text: string, start: number, floor: number, boundary: RegExp): string {
  let i = start;
  while (i > floor && !boundary.test(text[i - 1]!)) i--;
  return text.slice(i, start);
}
