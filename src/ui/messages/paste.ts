// Wording for the paste layer's problem codes (decoding, binary/oversized input, HTML stripping, tables that
// could not be placed). Line numbers are appended by index.ts.
import type { ParseProblem } from '../../engine/document.ts';
import { defineMessages, t } from './registry.ts';

const p = (x: ParseProblem, key: string): string => String(x.params?.[key] ?? '');

function megabytes(bytes: string): string {
  if (!/^\d+$/.test(bytes)) return bytes;
  const n = BigInt(bytes); // a byte count, shown with one decimal in MB
  const tenths = (n * 10n) / 1048576n;
  return `${tenths / 10n}.${tenths % 10n} MB`;
}

const FORMAT_NAMES: Record<string, string> = { zip: 'ZIP/Office', pdf: 'PDF', ole: 'Office 97–2003 (.xls/.doc)', png: 'PNG', jpeg: 'JPEG', gzip: 'gzip' };

export default defineMessages({
  problems: {
    empty_input: (_, lang) => t(lang, '输入为空：没有可读取的内容', 'the input is empty'),
    binary_input: (x, lang) => {
      const f = FORMAT_NAMES[p(x, 'format')] ?? '';
      return t(lang, `这是二进制文件${f ? `（${f}）` : ''}，不是文本表格；请粘贴表格文本，或打开 .txt/.csv/.tsv/.html/.xlsx 文件` + (p(x, 'format') === 'pdf' ? '（PDF 请先复制其中的文字）' : ''),
        `binary data${f ? ` (${f})` : ''}, not a text table; paste table text or open a .txt/.csv/.tsv/.html/.xlsx file`);
    },
    too_large: (x, lang) => t(lang, `输入过大：${megabytes(p(x, 'bytes'))}，上限 ${megabytes(p(x, 'maxBytes'))}`,
      `input too large: ${megabytes(p(x, 'bytes'))}, limit ${megabytes(p(x, 'maxBytes'))}`),
    encoding_unsupported: (_, lang) => t(lang, '无法识别文字编码：可读取 UTF-8、UTF-16（带 BOM）和 GBK/GB18030',
      'unrecognised text encoding: UTF-8, UTF-16 (with BOM) and GBK/GB18030 are read'),
    encoding_detected: (x, lang) => t(lang, `按 ${p(x, 'encoding').toUpperCase()}（GBK）编码读取`, `read as ${p(x, 'encoding').toUpperCase()} (GBK)`),
    no_numbers: (_, lang) => t(lang, '表中没有数字，无法核对', 'the table holds no numbers to check'),
    unknown_table_kind: (x, lang) => t(lang, `未能识别表格种类${p(x, 'title') ? `「${p(x, 'title')}」` : ''}，仍可用自定义规则核对`,
      `table kind not recognised${p(x, 'title') ? ` ("${p(x, 'title')}")` : ''}; custom rules still apply`),
    column_ambiguous: (_, lang) => t(lang, '空白单元格被省略，数值无法确定归属哪一栏；涉及该行的勾稽关系按所有可能的排列核对，只有都不成立时才报错误',
      'blank cells collapsed: values could not be placed in columns; identities on the row are tried under every placement and are errors only when all fail'),
    columns_assumed: (x, lang) => t(lang, `合计行的数值位置不唯一，按最左侧的栏（${p(x, 'columns')}）读取`,
      `the 合计 row's values could sit in several columns; read into the leftmost (${p(x, 'columns')})`),
    unparsed_lines: (_, lang) => t(lang, '表格中有未能解析的行', 'lines inside a table could not be parsed'),
    mixed_units: (x, lang) => t(lang, `各表金额单位不一致${p(x, 'units') ? `（${p(x, 'units')}）` : ''}`, `tables use different units${p(x, 'units') ? ` (${p(x, 'units')})` : ''}`),
    html_stripped: (x, lang) => t(lang,
      `已忽略粘贴内容中的脚本 ${p(x, 'scripts') || 0} 处、事件处理 ${p(x, 'handlers') || 0} 处、外部资源 ${p(x, 'remote') || 0} 处（均未执行或加载）`,
      `ignored ${p(x, 'scripts') || 0} scripts, ${p(x, 'handlers') || 0} event handlers and ${p(x, 'remote') || 0} remote resources (none ran or loaded)`),
    xlsx_unreadable: (_, lang) => t(lang, '无法读取该 Excel 文件（仅支持 .xlsx）', 'the Excel file could not be read (only .xlsx is supported)'),
    cancelled: (_, lang) => t(lang, '已取消', 'cancelled'),
    file_unreadable: (x, lang) => t(lang, `无法读取文件${p(x, 'file') ? `「${p(x, 'file')}」` : ''}`, `cannot read file${p(x, 'file') ? ` "${p(x, 'file')}"` : ''}`),
  },
});
