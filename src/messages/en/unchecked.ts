// English wording of unchecked. Keys: 'unchecked.*'; placeholders {name}.
import type unchecked from '../zh/unchecked.ts';

const en: Record<keyof typeof unchecked, string> = {
  'unchecked.document': 'document',
  'unchecked.more': ' and others ({total} in all)',
  'unchecked.rules': ' (rules {shown}{more})',
  'unchecked.reason.no_tables': 'no table recognised: the narrative was not checked against tables',
  'unchecked.reason.no_narrative': 'no narrative: the text checks did not run',
  'unchecked.reason.unrecognised_table': 'table {title} not recognised: only the hierarchy and printed formulas were checked',
  'unchecked.reason.unrecognised_table_untitled': 'a table not recognised: only the hierarchy and printed formulas were checked',
  'unchecked.reason.no_data': 'no numbers in the table: not checked',
  'unchecked.reason.amounts_unplaced': '{count} amounts of the table could not be placed in cells (the text is laid out unlike the usual formats, e.g. a blank line after every line): failures are warnings only; check the original or paste the table from Excel/WPS',
  'unchecked.reason.scrambled_columns': 'most rows fail their column identities: columns appear scrambled, so failures are warnings only',
  'unchecked.reason.duplicate_table': 'same kind as {of} (pasted twice?): cross-table rules use the first one',
  'unchecked.reason.rule_not_applicable': '{cause}: {count} rules not checked{rules}',
  'unchecked.reason.insufficient_data': 'columns uncertain or values missing: {count} rules reached no verdict{rules}',
  'unchecked.reason.placement_cap': 'too many placements of ambiguous rows: {count} checks skipped{rules}',
  'unchecked.reason.rule_failed': '{count} rules could not be parsed or run{rules}',
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
