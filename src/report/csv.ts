// Findings as CSV for Excel: UTF-8 with a BOM (so Excel reads the Chinese), CRLF, every field quoted, one row per
// finding. Neutralisation: every free-text field that starts like a formula gets a leading apostrophe; numeric
// fields (行次, 栏, expected, actual, difference, tolerance, the cell's printed amount) are kept as they are when
// they match a strict number pattern, so "-12.50" stays a readable negative number (see neutralise.ts).
// The CSV is for people in Excel: headers and 级别 are worded, tables are named as printed; table ids, rule ids and
// finding codes are in the JSON only.
import type { ProblemsResult } from '../checks/problems/index.ts';
import type { Finding, ParsedDocument } from '../engine/index.ts';
import { label, severityLabel, type LabelKey, type ReportLang } from './labels.ts';
import { neutraliseNumber, neutraliseText } from './neutralise.ts';
import { problemsFor } from './problems.ts';
import { findingRecords, type FindingRecord } from './records.ts';

export const CSV_BOM = '\uFEFF';

export interface FindingsExportOptions {
  readonly notes?: Readonly<Record<string, string>>;
  readonly lang?: ReportLang;
  /** root-cause problems of exactly these findings; computed with the document's rules when absent */
  readonly problems?: ProblemsResult;
}

type Kind = 'text' | 'number';

/** The columns of the findings table (CSV and the workbook's findings sheet share them). */
export const FINDING_COLUMNS: readonly { readonly key: LabelKey; readonly kind: Kind; readonly get: (r: FindingRecord, lang: ReportLang) => string }[] = [
  { key: 'tableTitle', kind: 'text', get: (r) => r.tableName },
  { key: 'lineNo', kind: 'number', get: (r) => r.lineNo },
  { key: 'subjectCode', kind: 'text', get: (r) => r.code },
  { key: 'label', kind: 'text', get: (r) => r.label },
  { key: 'colNo', kind: 'number', get: (r) => r.colNo },
  { key: 'cellText', kind: 'number', get: (r) => r.cellText },
  { key: 'severity', kind: 'text', get: (r, lang) => severityLabel(lang, r.finding.severity) },
  { key: 'formula', kind: 'text', get: (r) => r.formula },
  { key: 'expected', kind: 'number', get: (r) => r.finding.expected },
  { key: 'actual', kind: 'number', get: (r) => r.finding.actual },
  { key: 'difference', kind: 'number', get: (r) => r.finding.difference },
  { key: 'tolerance', kind: 'number', get: (r) => r.finding.tolerance },
  { key: 'message', kind: 'text', get: (r) => r.message },
  { key: 'note', kind: 'text', get: (r) => r.note },
  { key: 'explained', kind: 'text', get: (r, lang) => (r.explained ? label(lang, 'explained') : '') },
  { key: 'sourceLine', kind: 'number', get: (r) => (r.sourceLine === null ? '' : String(r.sourceLine)) },
  { key: 'page', kind: 'number', get: (r) => (r.page === null ? '' : String(r.page)) },
  { key: 'problemId', kind: 'text', get: (r) => r.problem },
];

/** A field as written to the CSV, before quoting. */
export function csvField(value: string, kind: Kind): string {
  return kind === 'number' ? neutraliseNumber(value) : neutraliseText(value);
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export function buildFindingsCsv(doc: ParsedDocument, findings: readonly Finding[], opts: FindingsExportOptions = {}): string {
  const lang = opts.lang ?? 'zh';
  const header = FINDING_COLUMNS.map((c) => quote(label(lang, c.key)));
  const problemOf = problemsFor(doc, findings, opts.problems).problemOf;
  const lines = findingRecords(doc, findings, opts.notes, lang, problemOf).map((r) =>
    FINDING_COLUMNS.map((c) => quote(csvField(c.get(r, lang), c.kind))).join(','));
  return CSV_BOM + [header.join(','), ...lines].join('\r\n') + '\r\n';
}
