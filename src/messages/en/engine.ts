// English wording of engine. Keys: 'engine.*'; placeholders {name}.
import type engine from '../zh/engine.ts';

const en: Record<keyof typeof engine, string> = {
  'engine.rowNo': 'row {row}',
  'engine.lineNo': '(line no. {lineNo})',
  'engine.proven': " (the row's columns are uncertain, but it fails under all {n} possible placements)",
  'engine.unknown_column': 'rule {formula} names column {col} which table {table} lacks',
  'engine.unknown_row': 'rule {formula} names row "{row}" which table {table} lacks',
  'engine.unknown_table': 'rule {formula} names table {tb} which the document lacks',
  'engine.rule_syntax': 'rule "{formula}" does not parse: expected {what} at character {pos}, found "{found}"',
  'engine.rule_syntax_at_end': 'rule "{formula}" does not parse: expected {what} at character {pos}, found "end"',
  'engine.execution_error': 'rule {formula} failed to run: not checked',
  'engine.rule_cycle': 'rule {formula} is circular: its left side also appears on the right',
  'engine.not_applicable': "rule {formula} does not apply to this table's layout",
  'engine.insufficient_data_cap': '{prefix}columns uncertain and {placementCount} placements exceed the cap: {formula} not checked',
  'engine.insufficient_data': '{prefix}not enough data to check {formula}',
  'engine.not_a_number': '{prefix}rule {formula} reads a cell that is not a number: "{text}"',
  'engine.not_a_number_no_text': '{prefix}rule {formula} reads a cell that is not a number',
  'engine.identity': '{where}{left}({actual}) {op} {right}({expected}), difference {difference}',
  'engine.longSide': '{first}+…+{last} ({n} terms)',
  'engine.hierarchy': '{where}parent({actual}) ≠ {children}({expected}), difference {difference}',
  'engine.children': 'Σ of {n} {level}',
  'engine.level.class': 'classes',
  'engine.level.section': 'sections',
  'engine.level.item': 'items',
  'engine.level.other': 'children',
  'engine.rounding_residue': '{where}{left}({actual}) ≈ {right}({expected}), rounding residue {difference} (tolerance ±{tolerance})',
  'engine.rounding_residue_alone': '{where}rounding residue {difference} (tolerance ±{tolerance})',
  'engine.hierarchy_duplicate_child': "{where}sum of children({expected}) is twice the parent({actual}): a child restates the parent's total; please check",
  'engine.unknown_column_unnamed': 'rule {formula} names a column which table {table} lacks',
  'engine.unknown_row_unnamed': 'rule {formula} names a row which table {table} lacks',
  'engine.unknown_table_unnamed': 'rule {formula} names a table the document lacks',
};

export default en;
