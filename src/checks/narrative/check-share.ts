// “A 万元，占(<base>的) P%” recomputes from the right denominator (N-SHARE, N-GP shares): a stated base found
// by its label in the same section (else in the tables), or the sentence's head total (“X 万元，其中：…”).
// A group of shares whose amounts exhaust the total must add up to 100%.
import { Decimal, ZERO } from '../../engine/decimal.ts';
import type { CellRef } from '../../engine/finding.ts';
import { isLevel, subjectOf } from './bind.ts';
import type { Emit } from './emit.ts';
import { bySeverity, type Binding, type PreparedNarrative, type Sentence, type Token } from './model.ts';
import { fmt, interval, judgeAmount, judgePercent, percentOf, sumPrinted, type Printed } from './tolerance.ts';

const SHARE_RE = /占([^，；。：%\d]{0,24}?)(?:的)?(?:比重|比例)?(?:为)?$/;
const HEAD_FOLLOW_RE = /^[^，；。]{0,4}[，；：]?(?:其中|主要用于|具体|构成)/;
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  本年收入: ['本年收入合计', '收入合计'],
  本年支出: ['本年支出合计', '支出合计'],
};

export interface Denominator extends Printed {
  readonly cells: readonly CellRef[];
  readonly text: string;
  /** 'position' when the table figure was found by column order */
  readonly binding?: Binding;
}

/** Looks a stated base up by label in the tables (wired by the caller; null when unknown). */
export type TableBase = (base: string, s: Sentence) => Denominator | null;

interface Share { readonly A: Token; readonly P: Token; readonly den: Denominator; readonly denKey: string }

export function checkShares(p: PreparedNarrative, tableBase: TableBase, emit: Emit): void {
  for (const s of p.sentences) {
    const shares: Share[] = [];
    for (const [i, P] of s.tokens.entries()) {
      if (P.kind !== 'percent' && P.kind !== 'bare') continue;
      const rel = P.start - s.start;
      const m = SHARE_RE.exec(s.text.slice(Math.max(0, rel - 30), rel));
      if (!m || !/占/.test(P.clause)) continue;
      const A = s.tokens[i - 1];
      if (!A || !isLevel(A)) continue;
      const den = denominator(p, s, m[1]!, A, tableBase);
      if (den === 'ambiguous') {
        emit(s, { ruleId: 'N-SHARE', code: 'binding_ambiguous', severity: 'info', at: P.start, params: { number: P.text } });
        continue;
      }
      if (!den || den.value.lte(0)) continue;
      shares.push({ A, P, den, denKey: `${den.text}|${den.value}` });
    }
    judgeShares(s, shares, emit);
  }
}

function judgeShares(s: Sentence, shares: readonly Share[], emit: Emit): void {
  const groups = new Map<string, Share[]>();
  for (const sh of shares) groups.set(sh.denKey, [...(groups.get(sh.denKey) ?? []), sh]);
  for (const group of groups.values()) {
    const den = group[0]!.den;
    const pctSum = group.reduce((acc, g) => acc.plus(g.P.value), ZERO);
    const exhaustive = group.length >= 2
      && judgeAmount(sumPrinted(group.map((g) => g.A)), interval(den), sumAmounts(group), den.value).verdict !== 'error';
    const forced = exhaustive && pctSum.eq(100);
    let reported = ZERO; // Σ (stated − recomputed) of the shares already reported
    for (const { A, P } of group) {
      const r = percentOf(interval(A), interval(den));
      if (!r) continue;
      const j = judgePercent({ value: P.value, half: P.half }, r, A.value.div(den.value).times(100));
      if (j.verdict === 'pass') continue;
      // shares nudged by one printed unit so that they add up to exactly 100%
      const nudged = forced && j.difference.abs().lte(P.half.times(2).plus(j.tolerance));
      if (!nudged) reported = reported.plus(j.difference);
      emit(s, {
        ruleId: 'N-SHARE', code: 'percent_mismatch', severity: nudged ? 'info' : bySeverity(j.verdict, den.binding ?? 'adjacent'), at: P.start,
        formula: 'P = A/基数', cells: den.cells,
        operands: [{ ref: { table: 'N', row: s.index, col: -1, text: A.text }, value: A.value.toString() },
          { ref: den.cells[0] ?? { table: 'N', row: s.index, col: -1, text: den.text }, value: den.value.toString() }],
        expected: fmt(j.expected), actual: P.value.toFixed(P.decimals), difference: fmt(j.difference, 4),
        tolerance: fmt(j.tolerance, 4), params: { kind: 'share', base: den.text, binding: den.binding ?? 'adjacent', ...(nudged ? { adjusted: 'forced_sum' } : {}) },
      });
    }
    if (exhaustive) {
      const slack = group.reduce((acc, g) => acc.plus(g.P.half), new Decimal('0.02'));
      // a sum that is off only by the shares already reported is the same mistake, not a second one
      if (pctSum.minus(100).abs().gt(slack) && pctSum.minus(100).minus(reported).abs().gt(slack)) {
        emit(s, { ruleId: 'N-SHARE', code: 'share_sum_mismatch', severity: 'warning', at: group[0]!.P.start,
          expected: '100', actual: pctSum.toString(), difference: pctSum.minus(100).toString(), tolerance: slack.toString() });
      }
    }
  }
}

const sumAmounts = (g: readonly Share[]) => g.reduce((acc, x) => acc.plus(x.A.value), ZERO);

function denominator(p: PreparedNarrative, s: Sentence, base: string, A: Token, tableBase: TableBase): Denominator | 'ambiguous' | null {
  const stated = base.replace(/^(?:本部门|本单位)/, '');
  if (stated) return byLabel(p, s, stated, tableBase);
  const head = s.tokens.find(isLevel);
  if (head && head !== A && HEAD_FOLLOW_RE.test(s.text.slice(head.end - s.start))) {
    return { value: head.value, half: head.half, cells: [], text: head.label };
  }
  const lead = s.text.slice(0, (s.tokens[0]?.start ?? s.end) - s.start);
  const named = /本年收入/.test(lead) ? '本年收入' : /本年支出/.test(lead) ? '本年支出' : null;
  return named ? byLabel(p, s, named, tableBase) : tableBase('', s) ?? carriedHead(p, s);
}

const SHARE_ONLY = (t: Sentence) => t.tokens.length === 2 && isLevel(t.tokens[0]!) && t.tokens[1]!.kind === 'percent' && /占/.test(t.tokens[1]!.clause);

/**
 * A list of parts whose whole was stated just before, across a sentence end: “合计 X 万元，其中：A 万元，占 P%。B 万元，
 * 占 Q%。” or “总金额为 X 万元。其中，A 万元，占 P%；…”. Only through sentences of the same block that are themselves
 * such parts. Bound by position (a warning at most): the whole is the list's head by layout, not by name.
 */
function carriedHead(p: PreparedNarrative, s: Sentence): Denominator | null {
  const same = (t: Sentence | undefined) => t !== undefined && t.section === s.section && t.block === s.block;
  const headOf = (t: Sentence) => t.tokens.find((k) => isLevel(k) && HEAD_FOLLOW_RE.test(t.text.slice(k.end - t.start)));
  const found = (k: Token): Denominator => ({ value: k.value, half: k.half, cells: [], text: k.label, binding: 'position' });
  if (/^其中[，,：:]/.test(s.text)) {
    const prev = p.sentences[s.index - 1];
    const last = prev && same(prev) ? prev.tokens.at(-1) : undefined;
    return last && isLevel(last) && /^[^，；。\d]{0,4}。?\s*$/.test(prev!.text.slice(last.end - prev!.start)) ? found(last) : null;
  }
  if (!SHARE_ONLY(s)) return null;
  for (let i = s.index - 1; i >= Math.max(0, s.index - 12); i--) {
    const t = p.sentences[i];
    if (!same(t)) return null;
    const head = headOf(t!);
    if (head) return found(head);
    if (!SHARE_ONLY(t!)) return null;
  }
  return null;
}

function byLabel(p: PreparedNarrative, s: Sentence, base: string, tableBase: TableBase): Denominator | 'ambiguous' | null {
  const names = [base, ...(ALIASES[base] ?? [])];
  for (const name of names) {
    const found: Token[] = [];
    for (const t of p.sentences) {
      if (t.section !== s.section || t.index > s.index) continue;
      for (const k of t.tokens) if (isLevel(k) && subjectOf(k.label).endsWith(name)) found.push(k);
    }
    const values = new Set(found.map((k) => k.value.toString()));
    if (values.size > 1) return 'ambiguous';
    if (found.length > 0) return { value: found[0]!.value, half: found[0]!.half, cells: [], text: name };
  }
  return tableBase(base, s) ?? stated(p, s, names);
}

/** Last resort for an explicitly named base: the one amount stated under exactly that name earlier on. */
function stated(p: PreparedNarrative, s: Sentence, names: readonly string[]): Denominator | 'ambiguous' | null {
  const found = p.sentences.filter((t) => t.index < s.index)
    .flatMap((t) => t.tokens.filter((k) => isLevel(k) && names.includes(subjectOf(k.label))));
  const values = new Set(found.map((k) => k.value.toString()));
  if (values.size > 1) return 'ambiguous';
  return found[0] ? { value: found[0].value, half: found[0].half, cells: [], text: names[0]! } : null;
}
