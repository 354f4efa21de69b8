// Sums and counts stated in the text: 政府采购 parts (N-GP), 基本支出 = 人员经费 + 公用经费 (N-BASIC), 绩效
// project counts and listed names (N-PERF), 三公 counts against T09 (N-SG-CNT). 车辆 (N-CAR): check-assets.ts.
import type { ParsedDocument } from '../../engine/document.ts';
import { Decimal, ZERO } from '../../engine/decimal.ts';
import { isLevel, subjectOf } from './bind.ts';
import type { Emit } from './emit.ts';
import { bySeverity, type PreparedNarrative, type Sentence, type Token } from './model.ts';
import { sangongCount, type SangongCount } from './sangong.ts';
import { fmt, interval, judgeAmount, sumPrinted } from './tolerance.ts';

const GP_TOTAL_RE = /(?:政府采购(?:支出)?(?:总额|金额)|以合同签订为准）)(?:为)?$/;
const GP_PART_RE = /(?:货物|工程|服务)(?:采购)?(?:支出|金额)(?:为)?$/;
const GRADE_RE = /(\d+)个项目(?:的)?(?:评价结果|绩效评级|评价等级|自评结果)?为“(优|良|中|差|合格|不合格)”|为“(优|良|中|差|合格|不合格)”的项目(\d+)个/g;
const LISTED_RE = /组织对(\d+)个项目开展了(?:部门|重点)?评价[，]?分别(?:为|是)：(.+)$/;

export function checkSums(doc: ParsedDocument, p: PreparedNarrative, emit: Emit): void {
  for (const s of p.sentences) {
    partsSum(s, s.tokens.find((t) => isLevel(t) && GP_TOTAL_RE.test(t.label)), (t) => isLevel(t) && GP_PART_RE.test(t.label), 'N-GP', emit);
    grades(p, s, emit);
    listed(s, emit);
    counts(doc, s, emit);
  }
  basic(p, emit);
}

function partsSum(s: Sentence, total: Token | undefined, isPart: (t: Token) => boolean, ruleId: string, emit: Emit): void {
  if (!total) return;
  const parts = s.tokens.filter((t) => t.start > total.start && t !== total && isPart(t));
  if (parts.length < 2) return;
  const sum = parts.reduce((a, t) => a.plus(t.value), ZERO);
  const j = judgeAmount(interval(total), sumPrinted(parts), total.value, sum);
  if (j.verdict === 'pass') return;
  emit(s, { ruleId, code: j.verdict === 'info' ? 'rounding_residue' : 'narrative_sum_mismatch',
    severity: j.verdict === 'info' ? 'info' : 'error', at: total.start, formula: 'T = Σ', expected: sum.toString(),
    actual: total.value.toString(), difference: total.value.minus(sum).toString(), tolerance: fmt(j.tolerance, 3),
    operands: parts.map((t) => ({ ref: { table: 'N', row: s.index, col: -1, text: t.text }, value: t.value.toString() })) });
}

function basic(p: PreparedNarrative, emit: Emit): void {
  for (const sec of p.sections) {
    if (!/基本支出/.test(sec.title)) continue;
    const toks = p.sentences.filter((s) => s.section === sec.index).flatMap((s) => s.tokens.map((t) => ({ s, t })));
    const all = (re: RegExp) => toks.filter(({ t }) => isLevel(t) && re.test(subjectOf(t.label)));
    const [xs, as, bs] = [all(/基本支出$/), all(/人员经费$/), all(/公用经费$/)];
    // several different amounts under one name in the section: which three belong together is a guess
    const distinct = (l: typeof toks) => new Set(l.map(({ t }) => t.value.toString())).size;
    const binding = [xs, as, bs].some((l) => distinct(l) > 1) ? 'position' : 'label';
    if (xs[0] && as[0] && bs[0]) partsSumOf(xs[0], [as[0].t, bs[0].t], binding, emit);
  }
}

function partsSumOf(x: { s: Sentence; t: Token }, parts: Token[], binding: 'label' | 'position', emit: Emit): void {
  const sum = parts.reduce((acc, t) => acc.plus(t.value), ZERO);
  const j = judgeAmount(interval(x.t), sumPrinted(parts), x.t.value, sum);
  if (j.verdict === 'pass') return;
  emit(x.s, { ruleId: 'N-BASIC', code: j.verdict === 'info' ? 'rounding_residue' : 'narrative_sum_mismatch',
    severity: j.verdict === 'info' ? 'info' : bySeverity('error', binding), at: x.t.start, formula: '基本支出 = 人员经费 + 公用经费',
    expected: sum.toString(), actual: x.t.value.toString(), difference: x.t.value.minus(sum).toString(), tolerance: fmt(j.tolerance, 3),
    params: { binding } });
}

function grades(p: PreparedNarrative, s: Sentence, emit: Emit): void {
  const found = [...s.text.matchAll(GRADE_RE)];
  if (found.length < 2) return;
  const first = found[0]!.index;
  const sum = found.reduce((acc, m) => acc + Number(m[1] ?? m[4]), 0); // small integer counts, not amounts
  // the count's sentence text up to it ends with 项目 (only the last two characters are read: linear in tokens)
  const projectCount = (t: Token, from: number) => t.kind === 'count' && t.unit === '个' && p.clean.slice(Math.max(from, t.start - 2), t.start) === '项目';
  const before = s.tokens.filter((t) => t.start - s.start < first && projectCount(t, s.start));
  let total = before[before.length - 1];
  if (!total) {
    const prev = p.sentences[s.index - 1];
    if (prev && prev.block === s.block) total = prev.tokens.filter((t) => projectCount(t, prev.start)).pop();
  }
  if (!total || total.value.eq(sum)) return;
  emit(s, { ruleId: 'N-PERF', code: 'project_count_mismatch', severity: 'error', at: total.start, formula: 'N = 优+良+中+差',
    expected: String(sum), actual: total.value.toString(), difference: total.value.minus(sum).toString() });
}

function listed(s: Sentence, emit: Emit): void {
  const m = LISTED_RE.exec(s.text.replace(/[。\n]+$/, ''));
  if (!m) return;
  const names = m[2]!.split(/、(?![^“]*”)/).filter((n) => n.trim() !== '');
  if (names.length === Number(m[1])) return; // small integer count, not an amount
  emit(s, { ruleId: 'N-PERF', code: 'project_count_mismatch', severity: 'error', at: s.start + m.index,
    expected: String(names.length), actual: m[1]!, params: { listed: names.length } });
}

const COUNT_PATTERNS: readonly [RegExp, SangongCount, SangongCount | null][] = [
  [/团组(\d+)个[，、]?累计(\d+)人次/, 'groups', 'groupPersons'],
  [/购置(?:（更新）)?公务用车(\d+)辆/, 'carsBought', null],
  [/保有(?:量)?(?:为)?(\d+)辆/, 'carsHeld', null],
  [/国内公务接待(\d+)批(?:次)?[，、]?(?:累计)?(?:接待)?(\d+)人次/, 'receptions', 'receptionPersons'],
  [/外事接待(\d+)批(?:次)?[，、]?(?:累计)?(?:接待)?(\d+)人次/, 'foreignReceptions', 'foreignPersons'],
];

function counts(doc: ParsedDocument, s: Sentence, emit: Emit): void {
  for (const [re, k1, k2] of COUNT_PATTERNS) {
    const m = re.exec(s.text.replace(/,/g, ''));
    if (!m) continue;
    for (const [i, key] of [[1, k1], [2, k2]] as const) {
      if (!key || m[i] === undefined) continue;
      const fig = sangongCount(doc, key);
      if (!fig || fig === 'ambiguous') continue;
      const stated = new Decimal(m[i]);
      if (stated.eq(fig.value)) continue;
      const binding = fig.binding ?? 'label';
      emit(s, { ruleId: 'N-SG-CNT', code: 'narrative_count_mismatch', severity: bySeverity('error', binding), at: s.start + m.index + i,
        cells: [fig.ref], expected: fig.value.toString(), actual: stated.toString(), difference: stated.minus(fig.value).toString(),
        params: { indicator: key, binding } });
    }
  }
}
