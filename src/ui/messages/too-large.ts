// Wording for `too_large`: which limit was hit (params.limit) and its value. Without `limit` it is the input's
// byte size (params.bytes / maxBytes), as the decoder and the CLI report it.
import type { ParseProblem } from '../../engine/document.ts';
import { t, type Lang } from './registry.ts';

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
      return t(lang, `表格展开后的单元格超过 ${max} 个的上限（至少 ${value} 个：合并单元格的 rowspan/colspan 过大），未读取`,
        `the table expands to more than the limit of ${max} cells (at least ${value}: rowspan/colspan too large); not read`);
    case 'xlsx_uncompressed':
      return t(lang, `工作簿解压后超过 ${megabytes(max)} 的上限（至少 ${megabytes(value)}），未解压`,
        `the workbook unpacks to more than the limit of ${megabytes(max)} (at least ${megabytes(value)}); not unpacked`);
    case 'xlsx_entries':
      return t(lang, `工作簿内的文件超过 ${max} 个的上限（${value} 个），未解压`, `the workbook holds ${value} files, over the limit of ${max}; not unpacked`);
    case 'xlsx_rows':
      return t(lang, `工作表${sheet}的行数超过 ${max} 行的上限（至少 ${value} 行），未读取`, `worksheet ${sheet} has more than the limit of ${max} rows (at least ${value}); not read`);
    case 'xlsx_cells':
      return t(lang, `工作表${sheet}的单元格（行数 × 列数）超过 ${max} 个的上限（至少 ${value} 个），未读取`,
        `worksheet ${sheet} spans more than the limit of ${max} cells (rows × columns, at least ${value}); not read`);
    case 'xlsx_shared_strings':
      return t(lang, `工作簿的共享字符串超过 ${max} 条的上限（至少 ${value} 条），未读取`,
        `the workbook has more than the limit of ${max} shared strings (at least ${value}); not read`);
    case 'xlsx_shared_strings_size':
      return t(lang, `工作簿的共享字符串超过 ${megabytes(max)} 的上限（至少 ${megabytes(value)}），未读取`,
        `the workbook's shared strings exceed the limit of ${megabytes(max)} (at least ${megabytes(value)}); not read`);
    case 'xlsx_declared':
      return t(lang, `工作簿中的 ${sheetRaw} 解压后大于其声明的大小（${value} 字节），文件已损坏或被篡改，未读取`,
        `${sheetRaw} in the workbook unpacks to more than its declared ${value} bytes: the file is damaged or forged; not read`);
    default:
      return t(lang, `输入过大：${megabytes(p(x, 'bytes'))}，上限 ${megabytes(p(x, 'maxBytes'))}`,
        `input too large: ${megabytes(p(x, 'bytes'))}, limit ${megabytes(p(x, 'maxBytes'))}`);
  }
}
