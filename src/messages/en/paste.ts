// English wording of paste. Keys: 'paste.*'; placeholders {name}.
import type paste from '../zh/paste.ts';

const en: Record<keyof typeof paste, string> = {
  'paste.empty_input': 'the input is empty',
  'paste.binary_input': 'binary data ({f}), not a text table; paste table text or open a .txt/.csv/.tsv/.html/.xlsx file',
  'paste.binary_input_unnamed': 'binary data, not a text table; paste table text or open a .txt/.csv/.tsv/.html/.xlsx file',
  'paste.worker_unavailable': 'the browser could not start a background parser; this input was parsed on the page, which may pause on large files and cancel only between steps',
  'paste.encoding_unsupported': 'unrecognised text encoding: UTF-8, UTF-16 (with BOM) and GBK/GB18030 are read',
  'paste.encoding_detected': 'read as {toUpperCase} (GBK)',
  'paste.no_numbers': 'the table holds no numbers to check',
  'paste.unknown_table_kind': 'table kind not recognised ("{title}"); custom rules still apply',
  'paste.unknown_table_kind_untitled': 'table kind not recognised; custom rules still apply',
  'paste.column_ambiguous': 'blank cells collapsed: values could not be placed in columns; identities on the row are tried under every placement and are errors only when all fail',
  'paste.columns_assumed': "the 合计 row's values could sit in several columns; read into the leftmost ({columns})",
  'paste.amounts_unplaced': '{count} amounts of the table could not be placed in cells (e.g. {sample}): the text is laid out irregularly, so the table\'s failures are warnings only',
  'paste.unparsed_lines': 'lines inside a table could not be parsed',
  'paste.mixed_units': 'tables use different units ({units})',
  'paste.mixed_units_unnamed': 'tables use different units',
  'paste.html_stripped': 'ignored {scripts} scripts, {handlers} event handlers and {remote} remote resources (none ran or loaded)',
  'paste.xlsx_unreadable': 'the Excel file could not be read (only .xlsx is supported)',
  'paste.cancelled': 'cancelled',
  'paste.pdf_encrypted': 'the PDF is encrypted (it needs a password to open) and cannot be read; open an unprotected copy',
  'paste.pdf_unreadable': 'the PDF is damaged or incomplete (perhaps not fully downloaded) and cannot be read',
  'paste.pdf_too_many_pages': 'the PDF has {pages} pages, more than the limit of {maxPages}; export only the final-accounts part',
  'paste.pdf_no_text': 'the PDF has no text layer (pages {pages} are images, probably scanned); use a PDF with text or the Word/Excel original',
  'paste.pdf_garbled': "the PDF's fonts lack a character map (pages {pages}); the extracted text is garbled: use the Word/Excel original or a re-exported PDF",
  'paste.pdf_image_pages': 'pages {pages} are images: their text cannot be read and their tables and text were not checked',
  'paste.pdf_garbled_pages': 'the text of pages {pages} is garbled (fonts without a character map); those pages were not checked',
  'paste.pdf_no_chinese': 'not a single Chinese character could be read from the PDF: its fonts may lack a character map (garbled text), or it is not a final-accounts document',
  'paste.pdf_reader_unavailable': 'the PDF reader could not be loaded; reload the page and try again',
  'paste.legacy_office': 'this is a legacy Office/WPS file (.doc/.xls/.et/.wps) that cannot be read; save it as .docx or .xlsx and open that',
  'paste.docx_unreadable': 'the Word file could not be read (only .docx is supported)',
  'paste.file_unreadable': 'cannot read file "{file}"',
  'paste.file_unreadable_unnamed': 'cannot read file',
};

export default en;
