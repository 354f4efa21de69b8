// Wording for the paste layer's problem codes (decoding, binary/oversized input, HTML stripping, tables that
// could not be placed). Line numbers are appended by index.ts.
import type { ParseProblem } from '../../engine/document.ts';
import { defineMessages } from './registry.ts';
import { tooLargeMessage } from './too-large.ts';
import { msg } from '../../messages/index.ts';

const p = (x: ParseProblem, key: string): string => String(x.params?.[key] ?? '');

const FORMAT_NAMES: Record<string, string> = { zip: 'ZIP/Office', pdf: 'PDF', ole: 'Office 97–2003 (.xls/.doc)', png: 'PNG', jpeg: 'JPEG', gzip: 'gzip' };

export default defineMessages({
  problems: {
    empty_input: (_, lang) => msg(lang, 'paste.empty_input'),
    binary_input: (x, lang) => {
      const f = FORMAT_NAMES[p(x, 'format')] ?? '';
      return (f ? msg(lang, 'paste.binary_input', { f }) : msg(lang, 'paste.binary_input_unnamed'));
    },
    too_large: tooLargeMessage,
    worker_unavailable: (_, lang) => msg(lang, 'paste.worker_unavailable'),
    encoding_unsupported: (_, lang) => msg(lang, 'paste.encoding_unsupported'),
    encoding_detected: (x, lang) => msg(lang, 'paste.encoding_detected', { toUpperCase: p(x, 'encoding').toUpperCase() }),
    no_numbers: (_, lang) => msg(lang, 'paste.no_numbers'),
    unknown_table_kind: (x, lang) => (p(x, 'title') ? msg(lang, 'paste.unknown_table_kind', { title: p(x, 'title') }) : msg(lang, 'paste.unknown_table_kind_untitled')),
    column_ambiguous: (_, lang) => msg(lang, 'paste.column_ambiguous'),
    columns_assumed: (x, lang) => msg(lang, 'paste.columns_assumed', { columns: p(x, 'columns') }),
    unparsed_lines: (_, lang) => msg(lang, 'paste.unparsed_lines'),
    amounts_unplaced: (x, lang) => msg(lang, 'paste.amounts_unplaced', { count: p(x, 'count'), sample: p(x, 'sample') }),
    year_inferred: (x, lang) => msg(lang, p(x, 'source') === 'pdf_metadata' ? 'paste.year_inferred_pdf' : 'paste.year_inferred_title', { year: p(x, 'year'), text: p(x, 'text') }),
    year_unread: (_x, lang) => msg(lang, 'paste.year_unread'),
    mixed_units: (x, lang) => (p(x, 'units') ? msg(lang, 'paste.mixed_units', { units: p(x, 'units') }) : msg(lang, 'paste.mixed_units_unnamed')),
    html_stripped: (x, lang) => msg(lang, 'paste.html_stripped', { scripts: p(x, 'scripts') || 0, handlers: p(x, 'handlers') || 0, remote: p(x, 'remote') || 0 }),
    xlsx_unreadable: (_, lang) => msg(lang, 'paste.xlsx_unreadable'),
    cancelled: (_, lang) => msg(lang, 'paste.cancelled'),
    pdf_encrypted: (_, lang) => msg(lang, 'paste.pdf_encrypted'),
    pdf_unreadable: (_, lang) => msg(lang, 'paste.pdf_unreadable'),
    pdf_too_many_pages: (x, lang) => msg(lang, 'paste.pdf_too_many_pages', { pages: p(x, 'pages'), maxPages: p(x, 'maxPages') }),
    pdf_no_text: (x, lang) => msg(lang, 'paste.pdf_no_text', { pages: p(x, 'pages') }),
    pdf_garbled: (x, lang) => msg(lang, 'paste.pdf_garbled', { pages: p(x, 'pages') }),
    pdf_image_pages: (x, lang) => msg(lang, 'paste.pdf_image_pages', { pages: p(x, 'pages') }),
    pdf_garbled_pages: (x, lang) => msg(lang, 'paste.pdf_garbled_pages', { pages: p(x, 'pages') }),
    pdf_no_chinese: (_, lang) => msg(lang, 'paste.pdf_no_chinese'),
    pdf_reader_unavailable: (_, lang) => msg(lang, 'paste.pdf_reader_unavailable'),
    legacy_office: (_, lang) => msg(lang, 'paste.legacy_office'),
    docx_unreadable: (_, lang) => msg(lang, 'paste.docx_unreadable'),
    file_unreadable: (x, lang) => (p(x, 'file') ? msg(lang, 'paste.file_unreadable', { file: p(x, 'file') }) : msg(lang, 'paste.file_unreadable_unnamed')),
  },
});
