// Reviewer outputs: the printable audit report (HTML), findings as CSV and JSON, and the annotated workbook.
// Pure builders returning strings or bytes; downloading them is the UI's business (src/ui/exports).
export { buildAuditReport, type AuditReportInput } from './audit-html.ts';
export { buildFindingsCsv, CSV_BOM, FINDING_COLUMNS, type FindingsExportOptions } from './csv.ts';
export { buildFindingsJson, FINDINGS_JSON_FORMAT, FINDINGS_JSON_VERSION, type FindingsJsonOptions } from './json.ts';
export { buildAnnotatedWorkbook, type AnnotatedWorkbookOptions } from './annotated-xlsx.ts';
export { SEVERITY_FILL } from './xlsx-cells.ts';
export { neutraliseText, neutraliseNumber, isFormulaLike } from './neutralise.ts';
export { findingRecords, type FindingRecord } from './records.ts';
export type { ReportLang } from './labels.ts';
