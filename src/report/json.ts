// Findings as JSON for other tools: the document's identity, the counts, every finding exactly as the engine
// produced it plus its key, place, message, note and 已说明 flag, and the rule statuses when given.
// No neutralisation here: JSON is data, not a spreadsheet.
import type { Finding, ParsedDocument, RuleStatus } from '../engine/index.ts';
import type { ReportLang } from './labels.ts';
import { findingRecords, severityCounts } from './records.ts';

export const FINDINGS_JSON_FORMAT = 'gouji.findings';
export const FINDINGS_JSON_VERSION = 1;

export interface FindingsJsonOptions {
  readonly notes?: Readonly<Record<string, string>>;
  readonly statuses?: readonly RuleStatus[];
  readonly lang?: ReportLang;
  readonly generatedAt?: Date;
}

export function buildFindingsJson(doc: ParsedDocument, findings: readonly Finding[], opts: FindingsJsonOptions = {}): string {
  const lang = opts.lang ?? 'zh';
  const records = findingRecords(doc, findings, opts.notes, lang);
  const body = {
    format: FINDINGS_JSON_FORMAT,
    version: FINDINGS_JSON_VERSION,
    generatedAt: (opts.generatedAt ?? new Date()).toISOString(),
    document: { title: doc.title, department: doc.department, year: doc.year, unit: doc.unit },
    tables: doc.tables.map((t) => ({ id: t.id, kind: t.kind, layout: t.layout, title: t.title, rows: t.rows.length, columns: t.columns.length, ...(t.pages ? { pages: t.pages } : {}) })),
    counts: Object.fromEntries(severityCounts(records).map((c) => [c.severity, { count: c.count, explained: c.explained }])),
    findings: records.map((r) => ({
      ...r.finding,
      key: r.key,
      tableName: r.tableName,
      sourceLine: r.sourceLine,
      ...(r.page !== null ? { page: r.page } : {}),
      message: r.message,
      note: r.note,
      explained: r.explained,
      ...(r.sentence ? { sentence: r.sentence } : {}),
    })),
    ...(opts.statuses ? { statuses: opts.statuses } : {}),
  };
  return JSON.stringify(body, null, 2) + '\n';
}
