// English wording of problems. Keys: 'problems.*'; placeholders {name}.
import type problems from '../zh/problems.ts';

const en: Record<keyof typeof problems, string> = {
  'problems.col': ' col. {colNo}',
  'problems.was': 'printed {text}; ',
  'problems.was_printed_blank': 'printed blank; ',
  'problems.kind': '; {describeSuggestionKind}',
  'problems.head': '{describeCulprit} is most likely {groupDigits}',
  'problems.tail': ' ({was}explains {explains} failing identities{kind})',
  'problems.pair': '; together with {partner}',
  'problems.unsure': '; the cell was placed by inference, not confirmed',
  'problems.confirmed': '; the corrected value is the one stated elsewhere',
  'problems.shown': ', ',
  'problems.cells': '{shown} and others ({total} in all)',
  'problems.rootProblemSentence': '{n} related identities fail; a correction of any of {cells} would explain them, it cannot be told which',
  'problems.rootProblemSentence_related_identities_fail': '{n} related identities fail; too many to search (columns may be misplaced), no culprit inferred',
  'problems.rootProblemSentence_2': '{n} related identities fail; no single cell or pair of cells explains them all',
  'problems.kind.transposition': 'two adjacent digits swapped',
  'problems.kind.dropped_digit': 'a digit dropped',
  'problems.kind.extra_digit': 'a digit too many',
  'problems.kind.digit_off': 'one digit wrong',
  'problems.kind.decimal_shift': 'decimal point shifted (×10)',
  'problems.basis.cell': 'one cell explains every failing identity',
  'problems.basis.corroborated': 'several cells would, another figure confirms one',
  'problems.basis.pair': 'two cells together explain the group',
  'problems.basis.uncertain_cell': 'the cell was placed by inference and could not be confirmed',
  'problems.basis.ambiguous': 'several cells would each explain it',
  'problems.basis.unexplained': 'no single cell or pair explains it',
  'problems.basis.too_large': 'too many related identities to search',
  'problems.basis.single': 'a finding on its own',
};

export default en;
