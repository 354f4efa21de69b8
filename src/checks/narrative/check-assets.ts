// Counts and awards the 说明 states in its 其他重要事项: 车辆 (N-CAR: the total = Σ categories, exactly, and = T10
// 车辆数合计 where the report has T10) and 政府采购 awards (N-GP: 授予中小企业 ≤ 总额, 小微 ≤ 中小; 上海: awards to
// 中小企业 in reserved and other projects together ≤ 总额).
import type { ParsedDocument } from '../../engine/document.ts';
import { Decimal, ZERO } from '../../engine/decimal.ts';
import type { Emit } from './emit.ts';
import { findRows, rowValue, tablesOf } from './lookup.ts';
import type { PreparedNarrative, Sentence, Token } from './model.ts';
import { blockBefore } from './segment.ts';
import { fmt, interval, sumPrinted } from './tolerance.ts';

const isCars = (t: Token) => t.kind === 'count' && t.unit.startsWith('辆');
const GP_TOTAL_RE = /(?:政府采购(?:支出)?(?:总额|金额)|以合同签订为准）)(?:为)?$/;
const SME_RE = /授予(?:中小|中型)企业合同金额(?:为)?$/;
const MICRO_RE = /授予小微企业合同金额(?:为)?$/;
const AWARD_WINDOW = 400;
const SH_AWARD_RE = /由中小企业供应商中标或成交的[，,]?采购金额(?:为)?$/;

export function checkAssets(doc: ParsedDocument, p: PreparedNarrative, emit: Emit): void {
  for (const s of p.sentences) {
    vehicles(doc, s, emit);
    awards(p, s, emit);
  }
}

function note(s: Sentence, t: Token) {
  return { ref: { table: 'N', row: s.index, col: -1, text: t.text }, value: t.value.toString() };
}

function vehicles(doc: ParsedDocument, s: Sentence, emit: Emit): void {
  const total = s.tokens.find((t) => isCars(t) && /共有车辆$/.test(t.label));
  if (!total) return;
  const parts = s.tokens.filter((t) => t.start > total.start && isCars(t));
  // counts are exact: a category list one vehicle off is an error, not a rounding residue
  const sum = parts.reduce((a, t) => a.plus(t.value), ZERO);
  if (parts.length >= 2 && !sum.eq(total.value)) {
    emit(s, { ruleId: 'N-CAR', code: 'narrative_sum_mismatch', severity: 'error', at: total.start, formula: 'N = Σ',
      expected: sum.toString(), actual: total.value.toString(), difference: total.value.minus(sum).toString(), tolerance: '0',
      operands: parts.map((t) => note(s, t)) });
  }
  for (const t10 of tablesOf(doc, 'T10')) {
    const rows = findRows(t10, /^车辆数合计/);
    const fig = rows.length === 1 ? rowValue(t10, rows[0]!) : null;
    if (!fig || fig.value.eq(total.value)) continue;
    emit(s, { ruleId: 'N-CAR', code: 'narrative_count_mismatch', severity: 'error', at: total.start, cells: [fig.ref],
      operands: [{ ref: fig.ref, value: fig.value.toString() }], expected: fig.value.toString(), actual: total.value.toString(),
      difference: total.value.minus(fig.value).toString(), params: { indicator: 'T10.车辆数合计' } });
  }
}

/** The procurement total of the award sentence's block (it may close the sentence before). */
function procurementTotal(p: PreparedNarrative, s: Sentence, before: number): Token | null {
  for (const scope of [s, ...blockBefore(p, s)]) {
    const totals = scope.tokens.filter((t) => t.kind === 'amount' && t.end <= before && GP_TOTAL_RE.test(t.label));
    if (totals.length > 0) return totals[totals.length - 1]!;
  }
  return null;
}

function awards(p: PreparedNarrative, s: Sentence, emit: Emit): void {
  const amounts = s.tokens.filter((t) => t.kind === 'amount');
  const sme = amounts.find((t) => SME_RE.test(t.label));
  const micro = amounts.find((t) => MICRO_RE.test(t.label));
  const total = procurementTotal(p, s, (sme ?? micro ?? s.tokens[0])?.start ?? s.start);
  if (sme && total) exceeds(s, sme, [sme], total, 'error', emit);
  if (micro && sme) exceeds(s, micro, [micro], sme, 'error', emit);
  else if (micro && total) exceeds(s, micro, [micro], total, 'error', emit);
  // 上海: one sentence lists the awards to 中小企业 suppliers in reserved and in other projects; the 小微
  // reservation is part of the 中小 one, so its award is not added again
  const shanghai = amounts.filter((t) => SH_AWARD_RE.test(awardText(s, t)));
  const last = shanghai[shanghai.length - 1];
  const gp = last ? procurementTotal(p, s, last.start) : null;
  if (last && gp && shanghai.length >= 2) exceeds(s, last, shanghai, gp, 'warning', emit);
}

/** Text of the award clause: “…由中小企业供应商中标或成交的，采购金额”. */
function awardText(s: Sentence, t: Token): string {
  const rel = t.start - s.start;
  // SH_AWARD_RE reads only the clause's last words: a bounded window keeps a sentence with thousands of amounts linear
  const floor = Math.max(0, rel - AWARD_WINDOW);
  const window = s.text.slice(floor, rel);
  const from = Math.max(window.lastIndexOf('；'), window.lastIndexOf('。')) + 1;
  return window.slice(from).replace(/\s/g, '');
}

function exceeds(s: Sentence, at: Token, parts: readonly Token[], whole: Token, severity: 'error' | 'warning', emit: Emit): void {
  const sum = parts.reduce((a, t) => a.plus(t.value), new Decimal(0));
  const envelope = sumPrinted(parts).hi.minus(sum).plus(interval(whole).hi.minus(whole.value));
  const over = sum.minus(whole.value);
  if (over.lte(0)) return;
  const residue = over.lte(envelope);
  emit(s, { ruleId: 'N-GP', code: residue ? 'rounding_residue' : 'award_exceeds_total', severity: residue ? 'info' : severity, at: at.start,
    formula: 'A ≤ T', expected: whole.value.toString(), actual: sum.toString(), difference: over.toString(), tolerance: fmt(envelope, 3),
    operands: [...parts, whole].map((t) => note(s, t)) });
}
