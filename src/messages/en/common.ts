// English wording of common. Keys: 'common.*'; placeholders {name}.
import type common from '../zh/common.ts';

const en: Record<keyof typeof common, string> = {
  'common.values': ': expected {expected}, actual {actual}, difference {difference}',
  'common.unplacedSuffix': ' (a table it reads has amounts that could not be placed in cells: unconfirmed, not an error)',
  'common.unconfirmedSuffix': ' (a table it reads appears to have its columns out of place: unconfirmed, not an error)',
  'common.lineSuffix': ' (line {range})',
  'common.percentPoints': '{n} percentage points',
  'common.colNo': 'col. {n}',
  'common.blank': 'blank',
  'common.operand': '{where} = {value}',
  'common.tableOfKind': 'table {kind} ({name})',
  'common.unknownTable': 'an unrecognised table',
  'common.listSep': ', ',
};

export default en;
