// One flat, ordered record per finding, shared by every export (HTML report, CSV, JSON, workbook): where it is
// (table, 行次, code, label, 栏), how it reads (message), its 核实说明 note and whether that note explains it.
import { findingKey, findingPage, SEVERITY_ORDER, type Finding, type ParsedDocument, type Severity } from '../engine/index.ts';
import { describeFinding, placeName, readableFormula, tableNames } from '../ui/messages/index.ts';
import type { ReportLang } from './labels.ts';

export const NARRATIVE_TABLE = 'N';
export const DOCUMENT_TABLE = 'document';
/** cross-year findings not placed on a cell of this report (src/checks/cross-year) */
export const CROSS_YEAR_TABLE = 'cross-year';

export interface FindingRecord {
  readonly key: string;
  readonly finding: Finding;
  /** the table the finding belongs to (Table.id, "N" or "document") */
  readonly tableId: string;
  /** the table as printed ("公开01表 收入支出决算总表"), "情况说明", "全文" */
  readonly tableName: string;
  readonly lineNo: string;
  readonly code: string;
  readonly label: string;
  readonly colNo: string;
  readonly cellText: string;
  /** 1-based line in the pasted source, when known */
  readonly sourceLine: number | null;
  /** 1-based PDF page, for documents read from a PDF */
  readonly page: number | null;
  readonly message: string;
  /** the formula as a reviewer reads it (readableFormula: no internal concept keys) */
  readonly formula: string;
  readonly note: string;
  /** a warning with a 核实说明 note stands as 已说明 (errors must be fixed whatever the note says) */
  readonly explained: boolean;
  /** narrative findings: the quoted sentence */
  readonly sentence: string;
  /** id of the root-cause problem the finding is evidence for ("" when not computed) */
  readonly problem: string;
}

/** Display names of the document's tables (src/ui/messages/report-view.ts), memoised per document and language. */
const NAMES = new WeakMap<ParsedDocument, Map<ReportLang, Map<string, string>>>();

export function namesOf(doc: ParsedDocument, lang: ReportLang): ReadonlyMap<string, string> {
  let byLang = NAMES.get(doc);
  if (!byLang) NAMES.set(doc, (byLang = new Map()));
  let names = byLang.get(lang);
  if (!names) byLang.set(lang, (names = tableNames(doc.tables, lang)));
  return names;
}

/** A table, the narrative, the document or last year's report, named for a reviewer. */
export function tableName(doc: ParsedDocument, tableId: string, lang: ReportLang): string {
  return placeName(tableId, namesOf(doc, lang), lang);
}

/** Narrative findings quote their sentence; fall back to the span of the narrative text. */
export function sentenceOf(doc: ParsedDocument, f: Finding): string {
  const s = f.params?.['sentence'];
  if (typeof s === 'string' && s !== '') return s;
  if (f.table === NARRATIVE_TABLE && f.span) return doc.narrative.text.slice(f.span[0], f.span[1]);
  return '';
}

function sourceLineOf(doc: ParsedDocument, f: Finding): number | null {
  const loc = f.location;
  if (!loc || loc.row < 0) return null;
  if (f.table === NARRATIVE_TABLE) return doc.narrative.lineMap[loc.row] ?? null;
  return doc.tables.find((t) => t.id === loc.table)?.rows[loc.row]?.sourceLine ?? null;
}

/** The workbench keys narrative notes by findingKey plus the sentence offset ("…@123"); plain keys work too. */
function noteOf(notes: Readonly<Record<string, string>>, f: Finding, key: string): string {
  const bySpan = f.span ? notes[`${key}@${f.span[0]}`] : undefined;
  return (bySpan ?? notes[key] ?? '').trim();
}

export function toRecord(doc: ParsedDocument, f: Finding, notes: Readonly<Record<string, string>>, lang: ReportLang, problem = ''): FindingRecord {
  const key = findingKey(f);
  const note = noteOf(notes, f, key);
  const loc = f.table === NARRATIVE_TABLE ? null : f.location;
  return {
    key,
    finding: f,
    tableId: f.table,
    tableName: tableName(doc, f.table, lang),
    lineNo: loc?.lineNo != null ? String(loc.lineNo) : '',
    code: loc?.code ?? '',
    label: loc?.label ?? '',
    colNo: loc?.colNo != null ? String(loc.colNo) : '',
    cellText: loc?.text ?? '',
    sourceLine: sourceLineOf(doc, f),
    page: f.page ?? findingPage(doc, f),
    message: describeFinding(f, lang, namesOf(doc, lang)),
    formula: readableFormula(f, namesOf(doc, lang), lang),
    note,
    explained: f.severity === 'warning' && note !== '',
    sentence: sentenceOf(doc, f),
    problem,
  };
}

/** Position of a table in the report: document-level first, then the document's tables, the narrative last. */
function tableRank(doc: ParsedDocument, tableId: string): number {
  if (tableId === DOCUMENT_TABLE) return -1;
  const i = doc.tables.findIndex((t) => t.id === tableId);
  return i >= 0 ? i : doc.tables.length + (tableId === NARRATIVE_TABLE ? 1 : 0);
}

/** Findings ordered by severity, then table, then row and column; stable otherwise. `problemOf[i]` is finding i's problem id. */
export function findingRecords(
  doc: ParsedDocument, findings: readonly Finding[], notes: Readonly<Record<string, string>> = {}, lang: ReportLang = 'zh',
  problemOf: readonly string[] = [],
): FindingRecord[] {
  const rank = (f: Finding) => tableRank(doc, f.table);
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) =>
      SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || rank(a.f) - rank(b.f) ||
      (a.f.location?.row ?? -1) - (b.f.location?.row ?? -1) || (a.f.location?.col ?? -1) - (b.f.location?.col ?? -1) || a.i - b.i);
  return sorted.map(({ f, i }) => toRecord(doc, f, notes, lang, problemOf[i] ?? ''));
}

export interface SeverityCount {
  readonly severity: Severity;
  readonly count: number;
  readonly explained: number;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function severityCounts(records: readonly FindingRecord[]): SeverityCount[] {
  return SEVERITIES.map((severity) => {
    const of = records.filter((r) => r.finding.severity === severity);
    return { severity, count: of.length, explained: of.filter((r) => r.explained).length };
  });
}
