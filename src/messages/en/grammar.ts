// English wording of the rule grammar: token names and syntax errors of a typed rule. Keys: 'grammar.*'; placeholders {name}.
import type grammar from '../zh/grammar.ts';

const en: Record<keyof typeof grammar, string> = {
  'grammar.expected.term': 'a number, a 栏/行 reference or a bracket',
  'grammar.expected.comparison': 'a comparison (= ≤ ≥ < > ≠)',
  'grammar.expected.end': 'the end of the rule',
  'grammar.expected.INT': 'an integer',
  'grammar.expected.ascending INT': 'an ascending integer',
  'grammar.expected.INT|[key]': 'an integer or [row label]',
  'grammar.expected.栏|行': '栏 (column) or 行 (row)',
  'grammar.expected.行|栏': '行 (row) or 栏 (column)',
  'grammar.expected.key': 'a row label or code',
  'grammar.expected.token': 'a known symbol',
  'grammar.expected.range end': 'the end of the range',
  'grammar.expected.number before range': 'a number before the range',
  'grammar.expected.nesting limit': 'brackets nested at most 16 deep',
  'grammar.expected.range limit': 'a range of at most 1000 items',
  'grammar.unknownToken': '"{token}"',
  'grammar.ambiguousUnit': 'At character {at}: say whether the numbers are 行 (rows) or 栏 (columns), e.g. 1栏=（2+3）栏',
  'grammar.syntaxFound': 'Rule syntax error at character {at}: expected {words}, found “{found}”',
  'grammar.syntaxEnded': 'Rule syntax error at character {at}: expected {words}, but the rule ends here',
};

export default en;
