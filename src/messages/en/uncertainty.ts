// English wording of uncertainty. Keys: 'uncertainty.*'; placeholders {name}.
import type uncertainty from '../zh/uncertainty.ts';

const en: Record<keyof typeof uncertainty, string> = {
  'uncertainty.describePlacement': 'as shown',
  'uncertainty.describePlacement_values_in_columns': '{row} values in columns {cols}',
  'uncertainty.describePlacement_text': '; ',
  'uncertainty.sides': 'parent',
  'uncertainty.sides_sum_of_children': 'sum of children',
  'uncertainty.sides_difference': ', difference ',
  'uncertainty.reason': '; but it holds with {describePlacement}, so it is not confirmed',
  'uncertainty.reason_amounts_unplaced': '; some amounts of the table could not be placed in cells, so values may have been read out of place: not reported as an error',
  'uncertainty.reason_most_rows_of': '; most rows of the table fail, so its columns were probably read out of place: not reported as an error',
  'uncertainty.reason_possible_placements_exceed': '; {placementCount} possible placements exceed the enumeration cap',
  'uncertainty.reason_the_columns_of': '; the columns of {rows} were inferred (blanks collapsed) and cannot be confirmed',
  'uncertainty.reason_2': '; the columns of the values involved were inferred (blanks collapsed) and cannot be confirmed',
  'uncertainty.unconfirmed': '{where}{sides} (unconfirmed){reason}',
  'uncertainty.placement_fits': '{where}{formula}: blanks collapsed, columns uncertain; it holds with {describePlacement}, not reported as an error',
};

export default en;
