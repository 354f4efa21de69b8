// N-YOY-SUM: a total's change against the changes of its parts stated nearby (budget.md “Narrative”). In one
// section, a run of consecutive amounts that each state their change on last year (增加/减少 D, or 与上年一致/持平 = 0)
// and whose amounts add up to a stated total that also states its change: the parts' changes must add up to the
// total's. Always a warning: a part that is zero this year and had money last year is often not listed at all.
import { ZERO, type Decimal } from '../../engine/decimal.ts';
import { directionOf, isDelta, isLevel, levelForDelta } from './bind.ts';
import type { Emit } from './emit.ts';
import type { PreparedNarrative, Sentence, Token } from './model.ts';
import { fmt, interval, judgeAmount, sumPrinted, type Printed } from './tolerance.ts';

interface Entry {
  readonly level: Token;
  readonly sentence: Sentence;
  /** signed change on last year, with half its printed precision */
  readonly change: Printed;
  /** the delta token (null for 与上年一致/持平) */
  readonly delta: Token | null;
}

const FLAT_AFTER_RE = /^[^，。；\d]{0,4}[，]?(?:与|比)上年(?:预算)?(?:数)?(?:相比)?(?:一致|持平|相同)/;
const MIN_PARTS = 2;

function entriesOf(p: PreparedNarrative, section: number): Entry[] {
  const out = new Map<Token, Entry>();
  for (const s of p.sentences.filter((x) => x.section === section)) {
    for (const t of s.tokens) {
      if (isLevel(t)) {
        const after = s.text.slice(t.end - s.start);
        if (FLAT_AFTER_RE.test(after)) out.set(t, { level: t, sentence: s, change: { value: ZERO, half: ZERO }, delta: null });
        continue;
      }
      if (!isDelta(t)) continue;
      const dir = directionOf(t.label.slice(-4));
      const level = dir ? levelForDelta(p, s, t) : null;
      if (!level || level === 'ambiguous' || level.binding === 'position' || out.has(level.token)) continue;
      const value = dir === 'down' ? t.value.neg() : t.value;
      out.set(level.token, { level: level.token, sentence: level.sentence, change: { value, half: t.half }, delta: t });
    }
  }
  return [...out.values()].sort((a, b) => a.level.start - b.level.start);
}

/** A run of consecutive entries after `i` whose amounts add up to entry i's amount: starts at a non-zero amount, ends
 *  where the sum first fits; the zero amounts right after it may belong to it or to the next run, so each reading
 *  (without, then with each further zero) is returned. Runs do not overlap; at least two entries per reading. */
function runsOf(entries: readonly Entry[], i: number): Entry[][][] {
  const total = entries[i]!.level;
  const out: Entry[][][] = [];
  let start = i + 1;
  while (start < entries.length) {
    if (entries[start]!.level.value.isZero()) { start++; continue; }
    const run: Entry[] = [];
    let k = start;
    let fitted = false;
    for (; k < entries.length; k++) {
      const e = entries[k]!;
      if (e.level.value.gt(total.value)) break;
      run.push(e);
      const runI = sumPrinted(run.map((x) => x.level));
      if (runI.lo.gt(interval(total).hi)) break;
      const sum = run.reduce((a, x) => a.plus(x.level.value), ZERO);
      if (judgeAmount(runI, interval(total), sum, total.value).verdict !== 'error') { fitted = true; break; }
    }
    if (!fitted) { start++; continue; }
    const readings = [run.slice()];
    for (let z = k + 1; z < entries.length && entries[z]!.level.value.isZero(); z++) readings.push([...readings[readings.length - 1]!, entries[z]!]);
    const usable = readings.filter((r) => r.length >= MIN_PARTS);
    if (usable.length > 0) out.push(usable);
    start = k + 1;
  }
  return out;
}

const changeOf = (parts: readonly Entry[]): Decimal => parts.reduce((a, e) => a.plus(e.change.value), ZERO);
const fitsChange = (parts: readonly Entry[], total: Entry): boolean =>
  judgeAmount(sumPrinted(parts.map((e) => e.change)), interval(total.change), changeOf(parts), total.change.value).verdict !== 'error';

export function checkChangeSums(p: PreparedNarrative, emit: Emit): void {
  for (const section of p.sections) {
    const entries = entriesOf(p, section.index);
    entries.forEach((total, i) => {
      if (!total.delta || total.level.value.isZero()) return;
      // an equal amount stated before it (收支总计 = 一般公共预算收入): the parts that follow could be either's
      if (entries.slice(0, i).some((e) => e.level.value.eq(total.level.value))) return;
      for (const readings of runsOf(entries, i)) {
        if (readings.some((parts) => fitsChange(parts, total))) continue;
        report(p, total, readings[0]!, emit);
      }
    });
  }
}

function report(p: PreparedNarrative, total: Entry, parts: readonly Entry[], emit: Emit): void {
  const sum = changeOf(parts);
  const j = judgeAmount(sumPrinted(parts.map((e) => e.change)), interval(total.change), sum, total.change.value);
  const d = total.delta!;
  const s = p.sentences.find((x) => x.start <= d.start && d.end <= x.end) ?? total.sentence;
  emit(s, {
    ruleId: 'N-YOY-SUM', code: 'change_sum_mismatch', severity: 'warning', at: d.start,
    formula: 'Σ 分项增减 = 总增减', expected: fmt(sum), actual: fmt(total.change.value), difference: fmt(j.difference), tolerance: fmt(j.tolerance, 3),
    operands: parts.map((e) => ({ ref: { table: 'N', row: e.sentence.index, col: -1, text: e.delta?.text ?? e.level.text }, value: e.change.value.toString() })),
    params: { total: total.level.text, parts: parts.length, partsSum: fmt(parts.reduce((a, e) => a.plus(e.level.value), ZERO)), binding: 'position' },
  });
}
