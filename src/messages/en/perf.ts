// English wording of perf. Keys: 'perf.*'; placeholders {name}.
import type perf from '../zh/perf.ts';

const en: Record<keyof typeof perf, string> = {
  'perf.exec_rate_mismatch': '{at} execution rate {actual}% ≠ executed / budget = {expected}%',
  'perf.exec_rate_capped': '{at} execution rate shown as {actual}% but is {expected}% (capped at 100%)',
  'perf.exec_score_mismatch': 'execution-rate score {actual} differs from points × rate = {expected} (a local scoring rule?)',
  'perf.funds_sum_mismatch': '{formula}: {actual} ≠ {expected}{diff} (some numbers were placed in columns by inference; unconfirmed)',
  'perf.funds_sum_mismatch_text': '{formula}: {actual} ≠ {expected}{diff}',
  'perf.weights_not_100': 'points of the rows read with certainty add up to {expected}; rows at lines {rows} are uncertain, but no placement of their numbers makes the points add up to {actual}',
  'perf.weights_not_100_group_and_execution': 'group and execution points add up to {expected}, expected {actual}',
  'perf.weights_not_100_points_add_up': 'points add up to {expected}, expected {actual}',
  'perf.group_score_mismatch': 'group "{group}" is labelled {actual} but its rows add up to {expected}{possibleSpanText2}',
  'perf.group_membership_unclear': 'group labels ({groups}) are not next to their rows; not checked',
  'perf.score_out_of_range': '{at} score {actual} outside 0–{expected}',
  'perf.total_score_mismatch': 'total {actual}: scores read with certainty add up to {expected}; rows at lines {rows} are uncertain, but no placement of their numbers gives both the points and this total',
  'perf.total_score_mismatch_total_sum_of': 'total {actual} ≠ sum of scores {expected}',
  'perf.grade_mismatch': 'grade "{actual}" but a total of {score} is "{expected}"',
  'perf.deviation_reason_missing': '{at} scored {actual} of {expected} without a deviation reason',
  'perf.summary_sum_mismatch': 'summary {at}: {formula}, {actual} ≠ {expected}',
  'perf.summary_detail_mismatch': 'summary row "{project}" {column} {actual} ≠ its self-evaluation table {expected}',
  'perf.average_score_mismatch': 'average score {actual} ≠ mean of the scores {expected}',
  'perf.formula_year_mismatch': 'year {actual} in the formula label contradicts the report year {expected}',
  'perf.coverage_ratio_mismatch': 'coverage ratio {actual}% ≠ computed {expected}%',
  'perf.narrative_score_mismatch': 'the text says "{project}" {quote}, the table total is {expected}',
  'perf.narrative_grade_mismatch': 'the text grades "{project}" "{actual}", a total of {score} is "{expected}"',
  'perf.markup_removed': 'markup removed from {lines} line(s) of a performance table',
};

export default en;
