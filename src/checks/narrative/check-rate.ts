// “完成(年初/全年)预算的 P%” and “执行率 P%” recompute as 决算/预算 (N-RATE, N-SG-TOT), with the 预算 the
// wording names; “决算数大于/小于/等于预算数”, “…持平” agree with the two amounts (N-DIR, N-DIR0).
import { Decimal } from '../../engine/decimal.ts';
import { basisWord, findBudgetPair, pickBudget, type Basis } from './budget.ts';
import type { Figure } from './lookup.ts';
import type { Emit } from './emit.ts';
import { bySeverity, type Binding, type PreparedNarrative, type Sentence, type Token } from './model.ts';
import { fmt, interval, judgePercent, percentOf, sub, type Interval, type Printed } from './tolerance.ts';

const RATE_RE = /(?:完成(年初|全年)?预算(?:数)?的?|(?:资金)?(?:预算)?执行率(?:为)?)$/;
const DIR_RE = /决算数?(?:(大于|小于|等于|高于|低于|超过)(年初|全年)?预算数?|(?:与|同)(年初|全年)?预算数?(基本)?持平|较(年初|全年)?预算数?(增加|减少)(?!（))/;

/** The 预算 a sentence leaves out, read from the tables (三公 items: T09's budget column). */
export type TableBudget = (s: Sentence, final: Token, basis: Basis) => Figure | null;

/** The table figure of a stated 决算 (N-TOT), when it has one: a 决算 that contradicts its table is the one mistake. */
export type TableFinal = (s: Sentence, t: Token) => Printed | null;

export function checkRates(p: PreparedNarrative, emit: Emit, tableBudget?: TableBudget, tableFinal: TableFinal = () => null): void {
  for (const s of p.sentences) {
    for (const t of s.tokens) {
      if (t.kind !== 'percent' && t.kind !== 'bare') continue;
      const rel = t.start - s.start;
      const m = RATE_RE.exec(s.text.slice(Math.max(0, rel - 14), rel));
      if (m) checkRate(p, s, t, basisWord(m[0]), emit, tableBudget, tableFinal);
    }
    const d = DIR_RE.exec(s.text);
    if (d) checkDirection(p, s, d, emit, tableFinal);
  }
}

function ref(s: Sentence, t: Token) {
  return { ref: { table: 'N', row: s.index, col: -1, text: t.text }, value: t.value.toString() };
}

function checkRate(p: PreparedNarrative, s: Sentence, P: Token, basis: Basis, emit: Emit, tableBudget?: TableBudget, tableFinal?: TableFinal): void {
  const pair = findBudgetPair(p, s, P.start);
  if (!pair) return;
  const { chosen, other } = pickBudget(pair.budgets, basis);
  if (!chosen) {
    const fig = pair.budgets.length === 0 ? tableBudget?.(s, pair.final, basis) : null;
    if (fig) rateOnTableBudget(s, P, pair.final, fig, emit);
    return;
  }
  let numI: Interval = interval(pair.final);
  let num = pair.final.value;
  // “剔除上年结余结转资金 23.55 万元，完成预算的 40.87%”: the excluded amount leaves the numerator
  const between = s.tokens.filter((t) => t.start > pair.final.end && t.end <= P.start);
  if (/剔除/.test(s.text.slice(pair.final.end - s.start, P.start - s.start))) {
    const ex = between.find((t) => t.kind === 'amount' && /剔除/.test(t.clause));
    if (!ex) return; // the excluded amount is not stated: the rate cannot be recomputed
    numI = sub(numI, interval(ex));
    num = num.minus(ex.value);
  }
  const operands = [ref(pair.sentences[0]!, pair.final), ref(s, chosen)];
  const judge = (b: Token) => {
    const r = percentOf(numI, interval(b));
    return r ? judgePercent({ value: P.value, half: P.half }, r, num.div(b.value).times(100)) : null;
  };
  const onTable = (fig: Printed) => {
    const r = percentOf(interval(fig), interval(chosen));
    return r !== null && judgePercent({ value: P.value, half: P.half }, r, fig.value.div(chosen.value).times(100)).verdict === 'pass';
  };
  const basisMismatch = (b: Token | null) => {
    if (!b || b.value.isZero()) return false;
    const j = judge(b);
    if (!j || j.verdict !== 'pass') return false;
    emit(s, { ruleId: 'N-RATE', code: 'rate_basis_mismatch', severity: 'warning', at: P.start,
      formula: 'P = 决算/预算', operands: [ref(pair.sentences[0]!, pair.final), ref(s, b)],
      expected: fmt(j.expected), actual: P.value.toFixed(P.decimals), params: { stated: chosen.label, matches: b.label } });
    return true;
  };
  if (chosen.value.lte(0)) {
    if (basisMismatch(other)) return;
    if (num.isZero() && P.value.isZero()) return; // 0 of 0 stated as 0%: nothing to say
    emit(s, { ruleId: 'N-RATE', code: 'zero_base_percent', severity: bySeverity('error', pair.binding), at: P.start,
      formula: 'P = 决算/预算', operands, actual: P.value.toFixed(P.decimals), params: { base: chosen.value.toString(), binding: pair.binding } });
    return;
  }
  const j = judge(chosen);
  if (!j || j.verdict === 'pass') return;
  // the 决算 contradicts its table and the rate holds on the table's figure: one mistake, reported by N-TOT
  const fig = tableFinal?.(pair.sentences[0]!, pair.final);
  if (fig && num.eq(pair.final.value) && !fig.value.eq(num) && onTable(fig)) return;
  if (basisMismatch(other)) return;
  emit(s, {
    ruleId: 'N-RATE', code: 'percent_mismatch', severity: j.verdict === 'error' ? bySeverity('error', pair.binding) : j.verdict, at: P.start, formula: 'P = 决算/预算', operands,
    expected: fmt(j.expected), actual: P.value.toFixed(P.decimals), difference: fmt(j.difference, 4), tolerance: fmt(j.tolerance, 4),
    params: { kind: 'completion', binding: pair.binding },
  });
}

function checkDirection(p: PreparedNarrative, s: Sentence, m: RegExpExecArray, emit: Emit, tableFinal: TableFinal): void {
  const word = m[1] ?? m[6] ?? (m[4] ? '基本持平' : '持平');
  const basis = basisWord(m[2] ?? m[3] ?? m[5] ?? '');
  const pair = findBudgetPair(p, s, s.start + m.index);
  if (!pair) return;
  const { chosen } = pickBudget(pair.budgets, basis);
  if (!chosen) return;
  const holds = (final: Printed) => {
    const diff = final.value.minus(chosen.value);
    const slack = final.half.plus(chosen.half);
    if (/大于|高于|超过|增加/.test(word)) return diff.gt(slack.neg()) && !diff.isZero();
    if (/小于|低于|减少/.test(word)) return diff.lt(slack) && !diff.isZero();
    if (word === '基本持平') return diff.abs().lte(Decimal.max(slack, chosen.value.abs().times('0.02')));
    return diff.abs().lte(slack);
  };
  if (holds(pair.final)) return;
  // the 决算 contradicts its table and the word holds on the table's figure: one mistake, reported by N-TOT
  const fig = tableFinal(pair.sentences[0]!, pair.final);
  if (fig && !fig.value.eq(pair.final.value) && holds(fig)) return;
  const diff = pair.final.value.minus(chosen.value);
  emit(s, {
    ruleId: 'N-DIR', code: 'direction_word_mismatch', severity: bySeverity('error', pair.binding), at: s.start + m.index,
    formula: '决算−预算', operands: [ref(pair.sentences[0]!, pair.final), ref(s, chosen)],
    expected: diff.isZero() ? '等于' : diff.gt(0) ? '大于' : '小于', actual: word, difference: diff.toString(),
    params: { word, binding: pair.binding },
  });
}

/** “公务接待费支出决算为 0 万元，完成预算的 0%”: the 预算 is the table's. */
function rateOnTableBudget(s: Sentence, P: Token, final: Token, budget: Figure, emit: Emit): void {
  const operands = [ref(s, final), { ref: budget.ref, value: budget.value.toString() }];
  const binding: Binding = budget.binding ?? 'label';
  if (budget.value.lte(0)) {
    if (final.value.isZero() && P.value.isZero()) return; // 0 of 0 stated as 0%: nothing to say
    emit(s, { ruleId: 'N-RATE', code: 'zero_base_percent', severity: bySeverity('error', binding), at: P.start, formula: 'P = 决算/预算',
      cells: [budget.ref], operands, actual: P.value.toFixed(P.decimals), params: { base: budget.value.toString(), binding } });
    return;
  }
  const r = percentOf(interval(final), interval(budget));
  const j = r ? judgePercent({ value: P.value, half: P.half }, r, final.value.div(budget.value).times(100)) : null;
  if (!j || j.verdict === 'pass') return;
  emit(s, { ruleId: 'N-RATE', code: 'percent_mismatch', severity: bySeverity(j.verdict, binding), at: P.start, formula: 'P = 决算/预算', cells: [budget.ref],
    operands, expected: fmt(j.expected), actual: P.value.toFixed(P.decimals), difference: fmt(j.difference, 4), tolerance: fmt(j.tolerance, 4),
    params: { kind: 'completion', budget: 'table', binding } });
}
