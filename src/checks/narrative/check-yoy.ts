// “增加/减少 D 万元，增长/下降 P%” (N-YOY, N-ZERO, N-FLAT): the base is current ∓ D, a zero or negative base
// makes any percentage invalid, and the two direction words must agree. A failure is an error only when the
// level was bound exactly (params.binding) and no other level the change could refer to makes the text hold.
import type { Decimal } from '../../engine/decimal.ts';
import { directionOf, isDelta, levelForDelta, nextToken, type Direction } from './bind.ts';
import type { Emit } from './emit.ts';
import { bySeverity, type PreparedNarrative, type Sentence, type Token } from './model.ts';
import { add, fmt, interval, judgePercent, mid, percentOf, sub, type Judgement, type Printed } from './tolerance.ts';

const FLAT_RE = /(?:减少为|下降至|减少至|下降为)0(?:\.0+)?万元[，]?(?:与(?:上年|20\d\d年度?))?(?:相比)?(?:基本)?持平/;

/** The table figure a stated level is compared with (N-TOT), when it has one. */
export type TableFigure = (s: Sentence, t: Token) => Printed | null;

/** `zeroBase`: the severity of a percentage on a zero or negative base (部门预算: a warning, budget.md — a new item
 *  written as “增长 100%” is a convention, not a computation). */
export function checkYoy(p: PreparedNarrative, emit: Emit, tableFigure: TableFigure = () => null, zeroBase: 'error' | 'warning' = 'error'): void {
  for (const s of p.sentences) {
    const flat = FLAT_RE.exec(s.text);
    if (flat) emit(s, { ruleId: 'N-FLAT', code: 'flat_contradiction', severity: 'error', at: s.start + flat.index });
    for (const d of s.tokens) if (isDelta(d)) checkDelta(p, s, d, emit, tableFigure, zeroBase);
  }
}

type Outcome =
  | { readonly kind: 'pass' }
  | { readonly kind: 'undecidable' }
  | { readonly kind: 'zero_base'; readonly base: Decimal; readonly trivial: boolean }
  | { readonly kind: 'mismatch'; readonly j: Judgement; readonly base: Decimal };

const PAST_LEVEL_RE = /(?:上年|上一年度?|去年)[^，。；]*(?:为|是)$/;

/** The level names the comparison period: “上年…为 X”, or the year the sentence compares with (“与2016年度相比（2016年度…为 X）”). */
function isPastLevel(s: Sentence, t: Token): boolean {
  if (PAST_LEVEL_RE.test(t.clause)) return true;
  const year = /(?:与|比|较)(20\d\d)年/.exec(s.text)?.[1];
  return year !== undefined && new RegExp(`${year}年度?[^，。；]*(?:为|是)$`).test(t.clause);
}

/** P = D / base, with the stated amount as the base itself. */
function judgeOnBase(base: Printed, d: Token, P: Token): boolean {
  const r = base.value.gt(0) ? percentOf(interval(d), interval(base)) : null;
  return r !== null && judgePercent({ value: P.value.abs(), half: P.half }, r, d.value.div(base.value).times(100)).verdict === 'pass';
}

/** The stated rate P against the change D on the level `cur` (last year = cur ∓ D). */
export function judgeChange(cur: Printed, d: Token, P: Token, dir: Direction): Outcome {
  const curI = interval(cur);
  const dI = interval(d);
  const baseI = dir === 'up' ? sub(curI, dI) : add(curI, dI);
  const base = dir === 'up' ? cur.value.minus(d.value) : cur.value.plus(d.value);
  const declared = P.value.abs();
  if (base.lte(0)) return { kind: 'zero_base', base, trivial: base.isZero() && d.value.isZero() && declared.isZero() };
  const computed = percentOf(dI, baseI);
  if (!computed) return { kind: 'undecidable' }; // the base could be zero within rounding: cannot judge
  const j = judgePercent({ value: declared, half: P.half }, computed, d.value.div(base).times(100));
  return j.verdict === 'pass' ? { kind: 'pass' } : { kind: 'mismatch', j, base: mid(baseI) };
}

/** “N 倍” as a percentage token: (N + shift) × 100 %, its precision scaled with it. */
function asPercent(t: Token, shift: number): Token {
  const value = t.value.plus(shift).times(100);
  const decimals = Math.max(0, t.decimals - 2);
  return { ...t, kind: 'percent', unit: '%', value, half: t.half.times(100), decimals, text: `${value.toFixed(decimals)}%` };
}

function checkDelta(p: PreparedNarrative, s: Sentence, d: Token, emit: Emit, tableFigure: TableFigure, zeroBase: 'error' | 'warning'): void {
  const next = nextToken(s, d);
  const dDir = directionOf(d.label.slice(-4));
  if (next && /持平/.test(next.between) && !d.value.isZero()) {
    emit(s, { ruleId: 'N-FLAT', code: 'flat_contradiction', severity: 'error', at: d.start, actual: d.value.toString() });
  }
  const times = next && next.token.kind === 'count' && next.token.unit === '倍' && /^[，]?[^，；。]{0,12}$/.test(next.between);
  const pct = next && (next.token.kind === 'percent' || next.token.kind === 'bare' || times) && /^[，]?[^，；。]{0,12}$/.test(next.between)
    ? next : null;
  if (!pct) return;
  // “增长 N 倍” is +N×100%; read loosely (“是上年的 N 倍”) it is +(N−1)×100%: either reading that holds passes
  const P = times ? asPercent(pct.token, 0) : pct.token;
  const loose = times ? asPercent(pct.token, -1) : null;
  const pDir = directionOf(pct.between);
  if (dDir && pDir && dDir !== pDir && !P.value.isZero()) {
    // contradictory direction words are wording: the reader cannot tell which one is meant
    emit(s, { ruleId: 'N-YOY', code: 'direction_word_mismatch', severity: 'warning', at: P.start,
      params: { delta: d.text, percent: P.text } });
  }
  const dir = dDir ?? pDir;
  if (!dir) return; // template words left in (增加（减少）): reported by N-PH
  const level = levelForDelta(p, s, d);
  if (level === 'ambiguous') {
    emit(s, { ruleId: 'N-YOY', code: 'binding_ambiguous', severity: 'info', at: d.start, params: { number: d.text } });
    return;
  }
  if (!level) return;
  const outcome = judgeChange(level.token, d, P, dir);
  if (outcome.kind === 'pass' || outcome.kind === 'undecidable') return;
  if (loose && judgeChange(level.token, d, loose, dir).kind === 'pass') return;
  if (outcome.kind === 'zero_base' && outcome.trivial) return; // 0 → 0 stated as 0%: nothing to say
  // another level of the sentence the change could refer to makes the text hold: not a finding
  if (level.others.some((o) => judgeChange(o.token, d, P, dir).kind === 'pass')) return;
  // “与2016年度相比（2016年度…为 8,648.07 万元），增加 498.72 万元，增长 5.77%”: the stated level is last year's
  if (isPastLevel(level.sentence, level.token) && judgeOnBase(level.token, d, P)) return;
  // the level itself contradicts its table and the rate holds on the table's figure: one mistake, already
  // reported against the table (SYNTHETIC: “收入支出总计 0 万元。…减少 56.95 万元，下降 1.87%”)
  const fig = tableFigure(level.sentence, level.token);
  if (fig && !fig.value.eq(level.token.value) && judgeChange(fig, d, P, dir).kind === 'pass') return;
  const cur = level.token;
  const operands = [
    { ref: { table: 'N', row: level.sentence.index, col: -1, text: cur.text }, value: cur.value.toString() },
    { ref: { table: 'N', row: s.index, col: -1, text: d.text }, value: d.value.toString() },
  ];
  const formula = dir === 'up' ? 'P = D/(当前−D)' : 'P = D/(当前+D)';
  if (outcome.kind === 'zero_base') {
    emit(s, { ruleId: 'N-ZERO', code: 'zero_base_percent', severity: bySeverity(zeroBase, level.binding), at: P.start,
      formula, operands, expected: '', actual: P.value.toFixed(P.decimals), params: { base: outcome.base.toString(), binding: level.binding } });
    return;
  }
  const { j } = outcome;
  emit(s, {
    ruleId: 'N-YOY', code: 'yoy_percent_mismatch', severity: j.verdict === 'info' ? 'info' : bySeverity(j.verdict as 'error' | 'warning', level.binding), at: P.start,
    formula, operands, expected: fmt(j.expected), actual: P.value.abs().toFixed(P.decimals), difference: fmt(j.difference, 4),
    tolerance: fmt(j.tolerance, 4), params: { base: fmt(outcome.base), binding: level.binding },
  });
}
