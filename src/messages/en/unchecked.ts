// English wording of unchecked. Keys: 'unchecked.*'; placeholders {name}.
import type unchecked from '../zh/unchecked.ts';

const en: Record<keyof typeof unchecked, string> = {
  'unchecked.uncheckedWhere': 'document',
  'unchecked.more': ' and others ({total} in all)',
  'unchecked.rules': ' (rules {shown}{more})',
  'unchecked.describeUnchecked': 'no table recognised: the narrative was not checked against tables',
  'unchecked.describeUnchecked_no_narrative_the': 'no narrative: the text checks did not run',
  'unchecked.describeUnchecked_table_not_recognised': 'table {title} not recognised: only the hierarchy and printed formulas were checked',
  'unchecked.describeUnchecked_2': 'a table not recognised: only the hierarchy and printed formulas were checked',
  'unchecked.describeUnchecked_no_numbers_in': 'no numbers in the table: not checked',
  'unchecked.describeUnchecked_most_rows_fail': 'most rows fail their column identities: columns appear scrambled, so failures are warnings only',
  'unchecked.describeUnchecked_same_kind_as': 'same kind as {of} (pasted twice?): cross-table rules use the first one',
  'unchecked.describeUnchecked_rules_not_checked': '{cause}: {count} rules not checked{rules}',
  'unchecked.describeUnchecked_columns_uncertain_or': 'columns uncertain or values missing: {count} rules reached no verdict{rules}',
  'unchecked.describeUnchecked_too_many_placements': 'too many placements of ambiguous rows: {count} checks skipped{rules}',
  'unchecked.describeUnchecked_rules_could_not': '{count} rules could not be parsed or run{rules}',
  'unchecked.cause.layout_unrecognised': 'layout not recognised',
  'unchecked.cause.requires_missing': 'the table lacks a row or column the rules need',
  'unchecked.cause.table_missing': 'another table the rules need is absent',
  'unchecked.cause.no_instances': 'no row the rules apply to',
  'unchecked.cause.grammar_pending': 'the rules need a notation not supported yet',
  'unchecked.cause.unknown_column': 'a column the rules name is absent',
  'unchecked.cause.unknown_row': 'a row the rules name is absent',
  'unchecked.cause.unknown_table': 'a table the rules name is absent',
  'unchecked.cause.not_applicable': 'does not apply to this layout',
  'unchecked.cause.layout_mismatch': 'the layout does not match the rules',
};

export default en;
