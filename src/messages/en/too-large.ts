// English wording of too-large. Keys: 'too-large.*'; placeholders {name}.
import type tooLarge from '../zh/too-large.ts';

const en: Record<keyof typeof tooLarge, string> = {
  'too-large.tooLargeMessage': 'the table expands to more than the limit of {max} cells (at least {value}: rowspan/colspan too large); not read',
  'too-large.tooLargeMessage_the_workbook_unpacks': 'the workbook unpacks to more than the limit of {megabytes} (at least {megabytes2}); not unpacked',
  'too-large.tooLargeMessage_the_workbook_holds': 'the workbook holds {value} files, over the limit of {max}; not unpacked',
  'too-large.tooLargeMessage_worksheet_has_more': 'worksheet {sheet} has more than the limit of {max} rows (at least {value}); not read',
  'too-large.tooLargeMessage_worksheet_spans_more': 'worksheet {sheet} spans more than the limit of {max} cells (rows × columns, at least {value}); not read',
  'too-large.tooLargeMessage_the_workbook_has': 'the workbook has more than the limit of {max} shared strings (at least {value}); not read',
  'too-large.tooLargeMessage_the_workbook_s': "the workbook's shared strings exceed the limit of {megabytes} (at least {megabytes2}); not read",
  'too-large.tooLargeMessage_in_the_workbook': '{sheetRaw} in the workbook unpacks to more than its declared {value} bytes: the file is damaged or forged; not read',
  'too-large.tooLargeMessage_input_too_large': 'input too large: {megabytes}, limit {megabytes2}',
};

export default en;
