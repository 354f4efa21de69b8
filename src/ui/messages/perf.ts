// Wording for the 绩效 (performance-table) codes of src/checks/perf and src/paste/perf. Numbers come from
// expected/actual/difference/tolerance; the project, group and quote from params.
import type { Finding } from '../../engine/finding.ts';
import { defineMessages, type Lang } from './registry.ts';
import { isMessageKey, msg } from '../../messages/index.ts';

const p = (f: Finding, key: string): string => String(f.params?.[key] ?? '');
const at = (f: Finding) => (f.location?.label ? `「${f.location.label}」` : '');
/** "，差 0.5" after a comparison, when there is a difference. */
const diff = (f: Finding, lang: Lang) => (f.difference ? msg(lang, 'perf.diff', { difference: f.difference }) : '');
const column = (f: Finding, lang: Lang) => {
  const key = `perf.column.${p(f, 'column')}`;
  return isMessageKey(key) ? msg(lang, key) : p(f, 'column');
};

export default defineMessages({
  findings: {
    exec_rate_mismatch: (f, lang) => msg(lang, 'perf.exec_rate_mismatch', { at: at(f), actual: f.actual, expected: f.expected }),
    exec_rate_capped: (f, lang) => msg(lang, 'perf.exec_rate_capped', { at: at(f), actual: f.actual, expected: f.expected }),
    exec_score_mismatch: (f, lang) => msg(lang, 'perf.exec_score_mismatch', { actual: f.actual, expected: f.expected }),
    funds_sum_mismatch: (f, lang) => (p(f, 'unconfirmed') ? msg(lang, 'perf.funds_sum_mismatch_unconfirmed', { formula: f.formula, actual: f.actual, expected: f.expected, diff: diff(f, lang) }) : msg(lang, 'perf.funds_sum_mismatch', { formula: f.formula, actual: f.actual, expected: f.expected, diff: diff(f, lang) })),
    weights_not_100: (f, lang) => (p(f, 'placements') === 'all'
      ? msg(lang, 'perf.weights_not_100', { expected: f.expected, rows: p(f, 'rows'), actual: f.actual })
      : p(f, 'scope') === 'groups'
        ? msg(lang, 'perf.weights_not_100_group_and_execution', { expected: f.expected, actual: f.actual, diff: diff(f, lang) })
        : msg(lang, 'perf.weights_not_100_points_add_up', { expected: f.expected, actual: f.actual, diff: diff(f, lang) })),
    group_score_mismatch: (f, lang) => msg(lang, p(f, 'possibleSpan') ? 'perf.group_score_mismatch_span' : 'perf.group_score_mismatch',
      { group: p(f, 'group'), actual: f.actual, expected: f.expected, diff: diff(f, lang), span: p(f, 'possibleSpan') }),
    group_membership_unclear: (f, lang) => msg(lang, 'perf.group_membership_unclear', { groups: p(f, 'groups') }),
    score_out_of_range: (f, lang) => msg(lang, 'perf.score_out_of_range', { at: at(f), actual: f.actual, expected: f.expected }),
    total_score_mismatch: (f, lang) => (p(f, 'placements') === 'all'
      ? msg(lang, 'perf.total_score_mismatch', { actual: f.actual, expected: f.expected, rows: p(f, 'rows') })
      : msg(lang, 'perf.total_score_mismatch_total_sum_of', { actual: f.actual, expected: f.expected, diff: diff(f, lang) })),
    grade_mismatch: (f, lang) => msg(lang, 'perf.grade_mismatch', { actual: f.actual, score: p(f, 'score'), expected: f.expected }),
    deviation_reason_missing: (f, lang) => msg(lang, 'perf.deviation_reason_missing', { at: at(f), actual: f.actual, expected: f.expected }),
    summary_sum_mismatch: (f, lang) => msg(lang, 'perf.summary_sum_mismatch', { at: at(f), formula: f.formula, actual: f.actual, expected: f.expected, diff: diff(f, lang) }),
    summary_detail_mismatch: (f, lang) => msg(lang, 'perf.summary_detail_mismatch', { project: p(f, 'project'), column: column(f, lang), actual: f.actual, expected: f.expected, diff: diff(f, lang) }),
    average_score_mismatch: (f, lang) => msg(lang, 'perf.average_score_mismatch', { actual: f.actual, expected: f.expected }),
    formula_year_mismatch: (f, lang) => msg(lang, 'perf.formula_year_mismatch', { actual: f.actual, expected: f.expected }),
    coverage_ratio_mismatch: (f, lang) => msg(lang, 'perf.coverage_ratio_mismatch', { actual: f.actual, expected: f.expected }),
    narrative_score_mismatch: (f, lang) => msg(lang, 'perf.narrative_score_mismatch', { project: p(f, 'project'), quote: p(f, 'quote'), expected: f.expected }),
    narrative_grade_mismatch: (f, lang) => msg(lang, 'perf.narrative_grade_mismatch', { project: p(f, 'project'), actual: f.actual, score: p(f, 'score'), expected: f.expected }),
  },
  problems: {
    markup_removed: (pr, lang) => msg(lang, 'perf.markup_removed', { lines: pr.params?.lines ?? '' }),
  },
});
