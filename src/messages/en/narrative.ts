// English wording of narrative. Keys: 'narrative.*'; placeholders {name}.
import type narrative from '../zh/narrative.ts';

const en: Record<keyof typeof narrative, string> = {
  'narrative.placeholder_left': 'template placeholder "{placeholder}" left in the text: {quote}',
  'narrative.missing_percent_sign': 'percentage {number} lacks “%”: {quote}',
  'narrative.missing_unit': 'amount {number} has no unit: {quote}',
  'narrative.percent_precision': 'percentage {actual}% has {decimals} decimals (usually 2): {quote}',
  'narrative.year_mismatch': 'year {actual} contradicts the report year (expected {expected}): {quote}',
  'narrative.flat_contradiction': 'says “unchanged” but the amount changed: {quote}',
  'narrative.direction_word_mismatch': 'final minus budget is {difference}, so “{expected}”, but the text says “{actual}”: {quote}',
  'narrative.direction_words_disagree': 'direction words disagree ({delta} vs {percent}): {quote}',
  'narrative.binding_ambiguous': '{number} could refer to several figures; not checked automatically: {quote}',
  'narrative.zero_base_percent': 'the base is {base} (zero or negative), so the percentage {actual}% is undefined: {quote}',
  'narrative.yoy_percent_mismatch': 'the change rate on base {base} recomputes to {expected}%, the text says {actual}% (difference {difference}, tolerance ±{tolerance}): {quote}',
  'narrative.rate_basis_mismatch': 'the text names "{stated}" but {actual}% is computed on "{matches}": {quote}',
  'narrative.share_sum_mismatch': 'the shares add up to {actual}%, not 100% (tolerance ±{tolerance}): {quote}',
  'narrative.indicator_two_values': 'the same indicator ({indicator}) was {expected} earlier and is {actual} here: {quote}',
  'narrative.narrative_amount_mismatch': "the text's {actual} differs from the table's {expected} by {difference} ({indicator}): {quote}",
  'narrative.narrative_sum_mismatch': 'the total {actual} differs from the sum of its parts {expected} by {difference}: {quote}',
  'narrative.project_count_mismatch': 'the project count {actual} differs from the itemised count {expected}: {quote}',
  'narrative.narrative_empty_statement_missing': 'the {fund} table is empty but the section does not say the department had none: {quote}',
  'narrative.narrative_empty_statement_contradicted': 'the text says there was no {fund} income or spending, but the tables show some: {quote}',
  'narrative.narrative_subject_name_mismatch': "the {level} name \"{actual}\" differs from T05's {code} \"{expected}\": {quote}",
  'narrative.award_exceeds_total': 'contracts awarded ({actual}) exceed the total they are part of ({expected}) by {difference}: {quote}',
  'narrative.narrative_count_mismatch': "the text's {actual} vehicles differ from the asset table's total of {expected}: {quote}",
  'narrative.sangong_count_mismatch': "the count {actual} in the text differs from the 三公 table's {expected}: {quote}",
  'narrative.rateKind.completion': 'the completion rate',
  'narrative.rateKind.share': 'the share',
  'narrative.rateKind.other': 'the percentage',
  'narrative.fund.T07': 'government-fund appropriations',
  'narrative.fund.T08': 'state-capital appropriations',
  'narrative.binding.position': ' (which figure this number refers to was inferred from its position and could not be confirmed)',
  'narrative.percentMismatch': '{kind} recomputes to {expected}%, the text says {actual}% (difference {difference}, tolerance ±{tolerance}): {quote}',
  'narrative.percentMismatchAdjusted': '{kind} recomputes to {expected}%, the text says {actual}% (difference {difference}, tolerance ±{tolerance}), nudged so the shares add up to 100%: {quote}',
};

export default en;
