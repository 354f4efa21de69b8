// English wording of unchecked. Keys: 'unchecked.*'; placeholders {name}.
import type unchecked from '../zh/unchecked.ts';

const en: Record<keyof typeof unchecked, string> = {
  'unchecked.uncheckedWhere': 'document',
  'unchecked.more': ' and {length2} more',
  'unchecked.rules': ' (rules {shown}{more})',
  'unchecked.describeUnchecked': 'no table recognised: the narrative was not checked against tables',
  'unchecked.describeUnchecked_no_narrative_the': 'no narrative: the text checks did not run',
  'unchecked.describeUnchecked_table_not_recognised': 'table {title} not recognised: only the hierarchy and printed formulas were checked',
  'unchecked.describeUnchecked_2': 'table {title} not recognised: only the hierarchy and printed formulas were checked',
  'unchecked.describeUnchecked_no_numbers_in': 'no numbers in the table: not checked',
  'unchecked.describeUnchecked_most_rows_fail': 'most rows fail their column identities: columns appear scrambled, so failures are warnings only',
  'unchecked.describeUnchecked_same_kind_as': 'same kind as {of} (pasted twice?): cross-table rules use the first one',
  'unchecked.describeUnchecked_rules_not_checked': '{cause}: {count} rules not checked{rules}',
  'unchecked.describeUnchecked_columns_uncertain_or': 'columns uncertain or values missing: {count} rules reached no verdict{rules}',
  'unchecked.describeUnchecked_too_many_placements': 'too many placements of ambiguous rows: {count} checks skipped{rules}',
  'unchecked.describeUnchecked_rules_could_not': '{count} rules could not be parsed or run{rules}',
};

export default en;
