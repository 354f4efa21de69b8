// Wording for the narrative (情况说明) finding codes of src/checks/narrative. The quoted sentence is in
// params.sentence; numbers come from expected/actual/difference/tolerance.
import type { Finding } from '../../engine/finding.ts';
import { defineMessages, type FindingWording, type Lang } from './registry.ts';
import { isMessageKey, msg } from '../../messages/index.ts';
import { percentGap } from './points.ts';
import { describeCell } from './engine.ts';

/** The table cell a narrative figure was compared with: "T09@434 公务接待费 2栏" (the id is named for people by
 *  humaniseIds, report-view.ts); '' when the finding names none. */
function tableCell(f: Finding, lang: Lang): string {
  const ref = f.operands[0]?.ref;
  if (!ref || ref.table === 'N' || ref.row < 0) return '';
  return `${ref.table} ${describeCell(ref, lang)}${ref.colNo != null ? msg(lang, 'problems.col', { colNo: ref.colNo }) : ''}`;
}

const p = (f: Finding, key: string): string => String(f.params?.[key] ?? '');
const quote = (f: Finding) => {
  const s = p(f, 'sentence');
  return s.length > 60 ? `「${s.slice(0, 60)}…」` : `「${s}」`;
};
const rateKind = (f: Finding, lang: Lang) => {
  const key = `narrative.rateKind.${p(f, 'kind')}`;
  return msg(lang, isMessageKey(key) ? key : 'narrative.rateKind.other');
};
const fund = (f: Finding, lang: Lang) => {
  const key = `narrative.fund.${p(f, 'kind')}`;
  return isMessageKey(key) ? msg(lang, key) : p(f, 'kind');
};
/** The percentage findings' gap and tolerance, in percentage points. */
const gap = (f: Finding, lang: Lang) => percentGap(f.difference, f.tolerance, lang);

/** What a positional binding leaves unconfirmed (params.binding, src/checks/narrative/model.ts). */
const withBinding = (fns: Record<string, FindingWording>): Record<string, FindingWording> => Object.fromEntries(
  Object.entries(fns).map(([code, fn]) => [code, (f: Finding, lang: Lang) => {
    const key = `narrative.binding.${p(f, 'binding')}`;
    return isMessageKey(key) ? fn(f, lang) + msg(lang, key) : fn(f, lang);
  }]));

export default defineMessages({
  findings: withBinding({
    placeholder_left: (f, lang) => msg(lang, 'narrative.placeholder_left', { placeholder: p(f, 'placeholder'), quote: quote(f) }),
    missing_percent_sign: (f, lang) => msg(lang, 'narrative.missing_percent_sign', { number: p(f, 'number'), quote: quote(f) }),
    missing_unit: (f, lang) => msg(lang, 'narrative.missing_unit', { number: p(f, 'number'), quote: quote(f) }),
    percent_precision: (f, lang) => msg(lang, 'narrative.percent_precision', { actual: f.actual, decimals: p(f, 'decimals'), quote: quote(f) }),
    year_mismatch: (f, lang) => msg(lang, 'narrative.year_mismatch', { actual: f.actual, expected: f.expected, quote: quote(f) }),
    flat_contradiction: (f, lang) => msg(lang, 'narrative.flat_contradiction', { quote: quote(f) }),
    direction_word_mismatch: (f, lang) => f.ruleId === 'N-DIR'
      ? msg(lang, 'narrative.direction_word_mismatch', { difference: f.difference, expected: f.expected, actual: f.actual, quote: quote(f) })
      : msg(lang, 'narrative.direction_words_disagree', { delta: p(f, 'delta'), percent: p(f, 'percent'), quote: quote(f) }),
    binding_ambiguous: (f, lang) => msg(lang, 'narrative.binding_ambiguous', { number: p(f, 'number'), quote: quote(f) }),
    zero_base_percent: (f, lang) => msg(lang, 'narrative.zero_base_percent', { base: p(f, 'base'), actual: f.actual, quote: quote(f) }),
    yoy_percent_mismatch: (f, lang) => msg(lang, 'narrative.yoy_percent_mismatch', { base: p(f, 'base'), expected: f.expected, actual: f.actual, ...gap(f, lang), quote: quote(f) }),
    percent_mismatch: (f, lang) => msg(lang, p(f, 'adjusted') ? 'narrative.percentMismatchAdjusted' : 'narrative.percentMismatch',
      { kind: rateKind(f, lang), expected: f.expected, actual: f.actual, ...gap(f, lang), quote: quote(f) }),
    rate_basis_mismatch: (f, lang) => msg(lang, 'narrative.rate_basis_mismatch', { stated: p(f, 'stated'), actual: f.actual, matches: p(f, 'matches'), quote: quote(f) }),
    share_sum_mismatch: (f, lang) => msg(lang, 'narrative.share_sum_mismatch', { actual: f.actual, tolerance: f.tolerance, quote: quote(f) }),
    indicator_two_values: (f, lang) => msg(lang, 'narrative.indicator_two_values', { indicator: p(f, 'indicator'), expected: f.expected, actual: f.actual, quote: quote(f) }),
    narrative_amount_mismatch: (f, lang) => msg(lang, 'narrative.narrative_amount_mismatch', { actual: f.actual, expected: f.expected, difference: f.difference, indicator: tableCell(f, lang) || p(f, 'indicator'), quote: quote(f) }),
    narrative_sum_mismatch: (f, lang) => msg(lang, 'narrative.narrative_sum_mismatch', { actual: f.actual, expected: f.expected, difference: f.difference, quote: quote(f) }),
    project_count_mismatch: (f, lang) => msg(lang, 'narrative.project_count_mismatch', { actual: f.actual, expected: f.expected, quote: quote(f) }),
    narrative_empty_statement_missing: (f, lang) => msg(lang, 'narrative.narrative_empty_statement_missing', { fund: fund(f, lang), quote: quote(f) }),
    narrative_empty_statement_contradicted: (f, lang) => msg(lang, 'narrative.narrative_empty_statement_contradicted', { fund: fund(f, lang), quote: quote(f) }),
    narrative_subject_name_mismatch: (f, lang) => msg(lang, 'narrative.narrative_subject_name_mismatch', { level: p(f, 'level'), actual: f.actual, code: p(f, 'code'), expected: f.expected, quote: quote(f) }),
    award_exceeds_total: (f, lang) => msg(lang, 'narrative.award_exceeds_total', { actual: f.actual, expected: f.expected, difference: f.difference, quote: quote(f) }),
    narrative_count_mismatch: (f, lang) => f.ruleId === 'N-CAR'
      ? msg(lang, 'narrative.narrative_count_mismatch', { actual: f.actual, expected: f.expected, quote: quote(f) })
      : msg(lang, 'narrative.sangong_count_mismatch', { actual: f.actual, expected: f.expected, quote: quote(f) }),
  }),
});
