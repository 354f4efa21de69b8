// Wording for the paste layer's problem codes (decoding, binary/oversized input, HTML stripping, tables that
// could not be placed). Line numbers are appended by index.ts.
import type { ParseProblem } from '../../engine/document.ts';
import { defineMessages, t } from './registry.ts';
import { tooLargeMessage } from './too-large.ts';

const p = (x: ParseProblem, key: string): string => String(x.params?.[key] ?? '');

const FORMAT_NAMES: Record<string, string> = { zip: 'ZIP/Office', pdf: 'PDF', ole: 'Office 97–2003 (.xls/.doc)', png: 'PNG', jpeg: 'JPEG', gzip: 'gzip' };

export default defineMessages({
  problems: {
    empty_input: (_, lang) => t(lang, '输入为空：没有可读取的内容', 'the input is empty'),
    binary_input: (x, lang) => {
      const f = FORMAT_NAMES[p(x, 'format')] ?? '';
      return t(lang, `这是二进制文件${f ? `（${f}）` : ''}，不是文本表格；请粘贴表格文本，或打开 .pdf/.docx/.txt/.csv/.tsv/.html/.xlsx 文件`,
        `binary data${f ? ` (${f})` : ''}, not a text table; paste table text or open a .txt/.csv/.tsv/.html/.xlsx file`);
    },
    too_large: tooLargeMessage,
    worker_unavailable: (_, lang) => t(lang, '浏览器未能启动后台解析线程，本次在页面内解析：大文件解析期间页面可能暂时无响应，取消要等当前步骤结束',
      'the browser could not start a background parser; this input was parsed on the page, which may pause on large files and cancel only between steps'),
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
    pdf_encrypted: (_, lang) => t(lang, '该 PDF 已加密（需要打开密码），无法读取；请用原文件或去除密码后再打开',
      'the PDF is encrypted (it needs a password to open) and cannot be read; open an unprotected copy'),
    pdf_unreadable: (_, lang) => t(lang, '该 PDF 已损坏或不完整（可能未下载完），无法读取', 'the PDF is damaged or incomplete (perhaps not fully downloaded) and cannot be read'),
    pdf_too_many_pages: (x, lang) => t(lang, `该 PDF 共 ${p(x, 'pages')} 页，超过 ${p(x, 'maxPages')} 页的上限；请只导出部门决算部分再打开`,
      `the PDF has ${p(x, 'pages')} pages, more than the limit of ${p(x, 'maxPages')}; export only the final-accounts part`),
    pdf_no_text: (x, lang) => t(lang, `该 PDF 没有文字层（第 ${p(x, 'pages')} 页为图片，可能是扫描件），无法读取文字；请使用带文字的 PDF 或 Word/Excel 原件`,
      `the PDF has no text layer (pages ${p(x, 'pages')} are images, probably scanned); use a PDF with text or the Word/Excel original`),
    pdf_garbled: (x, lang) => t(lang, `该 PDF 的字体缺少字符映射（第 ${p(x, 'pages')} 页），提取出的文字是乱码；请使用 Word/Excel 原件或重新导出的 PDF`,
      `the PDF's fonts lack a character map (pages ${p(x, 'pages')}); the extracted text is garbled: use the Word/Excel original or a re-exported PDF`),
    pdf_image_pages: (x, lang) => t(lang, `第 ${p(x, 'pages')} 页为图片，无法读取文字；这些页上的表格和说明未核对`,
      `pages ${p(x, 'pages')} are images: their text cannot be read and their tables and text were not checked`),
    pdf_garbled_pages: (x, lang) => t(lang, `第 ${p(x, 'pages')} 页的文字为乱码（字体缺少字符映射），这些页未核对`,
      `the text of pages ${p(x, 'pages')} is garbled (fonts without a character map); those pages were not checked`),
    pdf_no_chinese: (_, lang) => t(lang, 'PDF 中读不出任何汉字：字体可能缺少字符映射（提取出的是乱码），或这不是部门决算文件；请使用 Word/Excel 原件或重新导出的 PDF',
      'not a single Chinese character could be read from the PDF: its fonts may lack a character map (garbled text), or it is not a final-accounts document'),
    pdf_reader_unavailable: (_, lang) => t(lang, 'PDF 读取组件加载失败，请刷新页面后重试', 'the PDF reader could not be loaded; reload the page and try again'),
    legacy_office: (_, lang) => t(lang, '这是旧版 Office/WPS 文件（.doc/.xls/.et/.wps），无法直接读取；请在 Word/Excel/WPS 中另存为 .docx 或 .xlsx 后再打开',
      'this is a legacy Office/WPS file (.doc/.xls/.et/.wps) that cannot be read; save it as .docx or .xlsx and open that'),
    docx_unreadable: (_, lang) => t(lang, '无法读取该 Word 文件（仅支持 .docx）；请在 Word/WPS 中另存为 .docx 后再打开', 'the Word file could not be read (only .docx is supported)'),
    file_unreadable: (x, lang) => t(lang, `无法读取文件${p(x, 'file') ? `「${p(x, 'file')}」` : ''}`, `cannot read file${p(x, 'file') ? ` "${p(x, 'file')}"` : ''}`),
  },
});
