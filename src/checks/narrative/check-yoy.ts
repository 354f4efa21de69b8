// “增加/减少 D 万元，增长/下降 P%” (N-YOY, N-ZERO, N-FLAT): the base is current ∓ D, a zero or negative base
// makes any percentage invalid, and the two direction words must agree.
import { directionOf, isDelta, levelForDelta, nextToken } from './bind.ts';
import type { Emit } from './emit.ts';
import type { PreparedNarrative, Sentence, Token } from './model.ts';
import { fmt, interval, judgePercent, mid, percentOf, sub, add } from './tolerance.ts';

const FLAT_RE = /(?:减少为|下降至|减少至|下降为)0(?:\.0+)?万元[，]?(?:与(?:上年|20\d\d年度?))?(?:相比)?(?:基本)?持平/;

export function checkYoy(p: PreparedNarrative, emit: Emit): void {
  for (const s of p.sentences) {
    const flat = FLAT_RE.exec(s.text);
    if (flat) emit(s, { ruleId: 'N-FLAT', code: 'flat_contradiction', severity: 'error', at: s.start + flat.index });
    for (const d of s.tokens) if (isDelta(d)) checkDelta(p, s, d, emit);
  }
}

function checkDelta(p: PreparedNarrative, s: Sentence, d: Token, emit: Emit): void {
  const next = nextToken(s, d);
  const dDir = directionOf(d.label.slice(-4));
  if (next && /持平/.test(next.between) && !d.value.isZero()) {
    emit(s, { ruleId: 'N-FLAT', code: 'flat_contradiction', severity: 'error', at: d.start, actual: d.value.toString() });
  }
  const pct = next && (next.token.kind === 'percent' || next.token.kind === 'bare') && /^[，]?[^，；。]{0,12}$/.test(next.between)
    ? next : null;
  if (!pct) return;
  const P = pct.token;
  const pDir = directionOf(pct.between);
  if (dDir && pDir && dDir !== pDir && !P.value.isZero()) {
    emit(s, { ruleId: 'N-YOY', code: 'direction_word_mismatch', severity: 'error', at: P.start,
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
  const cur = level.token;
  const curI = interval(cur);
  const dI = interval(d);
  // base = last year's value: current − D after an increase, current + D after a decrease
  const baseI = dir === 'up' ? sub(curI, dI) : add(curI, dI);
  const base = dir === 'up' ? cur.value.minus(d.value) : cur.value.plus(d.value);
  const declared = P.value.abs();
  const operands = [
    { ref: { table: 'N', row: level.sentence.index, col: -1, text: cur.text }, value: cur.value.toString() },
    { ref: { table: 'N', row: s.index, col: -1, text: d.text }, value: d.value.toString() },
  ];
  const formula = dir === 'up' ? 'P = D/(当前−D)' : 'P = D/(当前+D)';
  if (base.lte(0)) {
    const trivial = base.isZero() && d.value.isZero() && declared.isZero();
    emit(s, { ruleId: 'N-ZERO', code: 'zero_base_percent', severity: trivial ? 'info' : 'error', at: P.start,
      formula, operands, expected: '', actual: P.value.toFixed(P.decimals), params: { base: base.toString() } });
    return;
  }
  const computed = percentOf(dI, baseI);
  if (!computed) return; // the base could be zero within rounding: cannot judge
  const centre = d.value.div(base).times(100);
  const j = judgePercent({ value: declared, half: P.half }, computed, centre);
  if (j.verdict === 'pass') return;
  emit(s, {
    ruleId: 'N-YOY', code: 'yoy_percent_mismatch', severity: j.verdict === 'info' ? 'info' : j.verdict, at: P.start,
    formula, operands, expected: fmt(j.expected), actual: declared.toFixed(P.decimals), difference: fmt(j.difference, 4),
    tolerance: fmt(j.tolerance, 4), params: { base: fmt(mid(baseI)) },
  });
}
