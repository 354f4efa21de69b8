// Wording for `too_large`: which limit was hit (params.limit) and its value. Without `limit` it is the input's
// byte size (params.bytes / maxBytes), as the decoder and the CLI report it.
import type { ParseProblem } from '../../engine/document.ts';
import { type Lang } from './registry.ts';
import { msg } from '../../messages/index.ts';

const p = (x: ParseProblem, key: string): string => String(x.params?.[key] ?? '');

export function megabytes(bytes: string): string {
  if (!/^\d+$/.test(bytes)) return bytes;
  const n = BigInt(bytes); // a byte count, shown with one decimal in MB
  const tenths = (n * 10n) / 1048576n;
  return `${tenths / 10n}.${tenths % 10n} MB`;
}

export function tooLargeMessage(x: ParseProblem, lang: Lang): string {
  const value = p(x, 'value');
  const max = p(x, 'max');
  const sheetRaw = p(x, 'sheet');
  const sheet = sheetRaw ? `（${sheetRaw}）` : '';
  switch (p(x, 'limit')) {
    case 'html_cells':
      return msg(lang, 'too-large.tooLargeMessage', { max, value });
    case 'xlsx_uncompressed':
      return msg(lang, 'too-large.tooLargeMessage_the_workbook_unpacks', { megabytes: megabytes(max), megabytes2: megabytes(value) });
    case 'xlsx_entries':
      return msg(lang, 'too-large.tooLargeMessage_the_workbook_holds', { max, value });
    case 'xlsx_rows':
      return msg(lang, 'too-large.tooLargeMessage_worksheet_has_more', { sheet, max, value });
    case 'xlsx_cells':
      return msg(lang, 'too-large.tooLargeMessage_worksheet_spans_more', { sheet, max, value });
    case 'xlsx_shared_strings':
      return msg(lang, 'too-large.tooLargeMessage_the_workbook_has', { max, value });
    case 'xlsx_shared_strings_size':
      return msg(lang, 'too-large.tooLargeMessage_the_workbook_s', { megabytes: megabytes(max), megabytes2: megabytes(value) });
    case 'xlsx_declared':
      return msg(lang, 'too-large.tooLargeMessage_in_the_workbook', { sheetRaw, value });
    default:
      return msg(lang, 'too-large.tooLargeMessage_input_too_large', { megabytes: megabytes(p(x, 'bytes')), megabytes2: megabytes(p(x, 'maxBytes')) });
  }
}
