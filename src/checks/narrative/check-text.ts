// Checks that need only the text: template placeholders left in (N-PH), percentages without “%” and
// amounts without a unit (N-PCTUNIT), over-precise percentages, and years that contradict the report year (N-YEAR).
import type { Emit } from './emit.ts';
import type { PreparedNarrative, Sentence, Token } from './model.ts';

const PLACEHOLDER_RE = /[X×]{2,}|增加（减少）|减少（增加）|增长（下降）|下降（增长）|大于（小于）|小于（大于）|（如持平作持平表述）/g;
const PERCENT_CONTEXT_RE = /(?:占|增长|下降|降低|完成(?:年初|全年)?预算(?:数)?的?|[^利]率(?:为|达到?)?|占比(?:为)?)$/;
const AMOUNT_CONTEXT_RE = /(?:增加|减少|为|金额|决算数|预算数|支出|收入|合计|总计)$/;
const REPORT_HEADING_RE = /部门决算|决算情况说明/;
const FOLLOW_RE = /^(?:收入|支出|财政拨款|一般公共|“三公”|机关运行|政府采购|部门决算|预算绩效|无)/;

/** The report year and whether it was only inferred from the text (then a contradicting year is a warning). */
export interface ReportYear {
  readonly year: number;
  readonly inferred: boolean;
}

export function checkText(p: PreparedNarrative, reportYear: ReportYear | null, emit: Emit): void {
  for (const s of p.sentences) {
    const found = [...s.text.matchAll(PLACEHOLDER_RE)];
    if (found.length > 0) {
      // wording: the template text is visible to any reader; it is not arithmetic
      emit(s, { ruleId: 'N-PH', code: 'placeholder_left', severity: 'warning', at: s.start + found[0]!.index,
        params: { placeholder: found[0]![0], count: found.length } });
    }
    // many unit-less numbers in one “sentence” are a table remnant, not prose
    const tabular = s.tokens.filter((t) => t.kind === 'bare').length > 2;
    for (const t of s.tokens) checkToken(p, s, t, tabular, emit);
    if (reportYear !== null) checkYears(s, reportYear, emit);
  }
}

function checkToken(p: PreparedNarrative, s: Sentence, t: Token, tabular: boolean, emit: Emit): void {
  const before = p.clean.slice(Math.max(s.start, t.start - 12), t.start);
  if (t.kind === 'percent' && t.decimals > 2) {
    emit(s, { ruleId: 'N-PCTUNIT', code: 'percent_precision', severity: 'info', at: t.start,
      actual: t.value.toString(), params: { decimals: t.decimals } });
  }
  if (t.kind !== 'bare' || tabular) return;
  if (PERCENT_CONTEXT_RE.test(before)) {
    emit(s, { ruleId: 'N-PCTUNIT', code: 'missing_percent_sign', severity: 'warning', at: t.start,
      actual: t.value.toString(), params: { number: t.text } });
  } else if (t.decimals > 0 || AMOUNT_CONTEXT_RE.test(before)) {
    emit(s, { ruleId: 'N-PCTUNIT', code: 'missing_unit', severity: 'warning', at: t.start,
      actual: t.value.toString(), params: { number: t.text } });
  }
}

function checkYears(s: Sentence, { year, inferred }: ReportYear, emit: Emit): void {
  const heading = REPORT_HEADING_RE.test(s.text) && /第[一二三四五六七八九十]+部分/.test(s.text);
  for (const t of s.tokens) {
    if (t.kind !== 'year') continue;
    const y = t.value.toNumber(); // a 4-digit integer, not an amount
    const rel = t.start - s.start;
    const before = s.text.slice(Math.max(0, rel - 3), rel);
    const after = s.text.slice(rel + t.text.length);
    let expected: number | null = null;
    if (heading) expected = year;
    else if (/(?:截至|截止)$/.test(before) && /^\d{1,2}月\d{1,2}日/.test(after)) expected = year;
    else if (/(?:与|比|较)$/.test(before)) expected = year - 1;
    else if (t.text.endsWith('年度') && FOLLOW_RE.test(after)) expected = year;
    if (expected !== null && y !== expected) {
      emit(s, { ruleId: 'N-YEAR', code: 'year_mismatch', severity: inferred ? 'warning' : 'error', at: t.start,
        expected: String(expected), actual: String(y), params: { binding: inferred ? 'position' : 'label' } });
    }
  }
}

/** The report year: the document's, else the year most often written as “YYYY年度” in the narrative. */
export function inferReportYear(p: PreparedNarrative, docYear: number | null): ReportYear | null {
  if (docYear !== null) return { year: docYear, inferred: false };
  const counts = new Map<number, number>();
  for (const s of p.sentences) {
    // a comparison year (“比2023年度”) says nothing about the report's own year
    for (const t of s.tokens) if (t.kind === 'year' && t.text.endsWith('年度') && !/(?:与|比|较)$/.test(t.label)) {
      const y = t.value.toNumber();
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && best !== null && y > best)) { best = y; n = c; }
  return best === null ? null : { year: best, inferred: true };
}
