// Wording of the exports' own chrome (headings, column names, severity and status names) in Chinese with an
// English twin. Findings themselves are worded by src/ui/messages (describeFinding), shared with UI and CLI.
import type { RuleStatusKind } from '../engine/index.ts';
import type { Severity } from '../engine/finding.ts';

export type ReportLang = 'zh' | 'en';

const ZH = {
  reportTitle: '部门决算勾稽审核报告',
  generatedAt: '生成时间',
  document: '文档',
  docTitle: '标题',
  department: '部门',
  year: '年度',
  unit: '金额单位',
  tables: '识别的表格',
  tableId: '表',
  kind: '类型',
  tableTitle: '表名',
  layout: '表式',
  rows: '行数',
  columns: '列数',
  sourceLines: '源文件行',
  problems: '解析提示',
  summary: '核对结果汇总',
  count: '数量',
  explainedCount: '其中已说明',
  findings: '核对结果',
  noFindings: '没有发现问题。',
  place: '位置',
  rule: '规则',
  formula: '公式',
  operands: '数值',
  expected: '期望',
  actual: '实际',
  difference: '差额',
  tolerance: '容差',
  message: '说明',
  note: '核实说明',
  explained: '已说明',
  sentence: '原句',
  coverage: '规则覆盖',
  total: '合计',
  noStatuses: '未提供规则状态。',
  narrative: '情况说明',
  documentLevel: '全文',
  severity: '级别',
  code: '代码',
  lineNo: '行次',
  subjectCode: '科目编码',
  label: '项目',
  colNo: '栏次',
  cellText: '单元格原文',
  sourceLine: '源文件行',
  page: '页码',
  blank: '空',
  none: '无',
  error: '错误',
  warning: '提示',
  info: '尾数误差',
  status_pass: '通过',
  status_fail: '未通过',
  status_not_applicable: '不适用',
  status_insufficient_data: '数据不足',
  status_parse_error: '规则有误',
  status_execution_error: '执行出错',
  findingsSheet: '核对结果',
  narrativeSheet: '说明',
} as const;

export type LabelKey = keyof typeof ZH;

const EN: Record<LabelKey, string> = {
  reportTitle: 'Final-accounts reconciliation audit report',
  generatedAt: 'Generated',
  document: 'Document',
  docTitle: 'Title',
  department: 'Department',
  year: 'Year',
  unit: 'Unit',
  tables: 'Tables recognised',
  tableId: 'Table',
  kind: 'Kind',
  tableTitle: 'Title',
  layout: 'Layout',
  rows: 'Rows',
  columns: 'Columns',
  sourceLines: 'Source lines',
  problems: 'Parse problems',
  summary: 'Summary',
  count: 'Count',
  explainedCount: 'of which explained',
  findings: 'Findings',
  noFindings: 'No problems found.',
  place: 'Place',
  rule: 'Rule',
  formula: 'Formula',
  operands: 'Operands',
  expected: 'Expected',
  actual: 'Actual',
  difference: 'Difference',
  tolerance: 'Tolerance',
  message: 'Message',
  note: 'Note',
  explained: 'Explained',
  sentence: 'Sentence',
  coverage: 'Rule coverage',
  total: 'Total',
  noStatuses: 'No rule statuses supplied.',
  narrative: 'Narrative',
  documentLevel: 'Document',
  severity: 'Severity',
  code: 'Code',
  lineNo: 'Line no.',
  subjectCode: 'Subject code',
  label: 'Item',
  colNo: 'Column no.',
  cellText: 'Cell text',
  sourceLine: 'Source line',
  page: 'Page',
  blank: 'blank',
  none: 'none',
  error: 'Error',
  warning: 'Warning',
  info: 'Rounding',
  status_pass: 'pass',
  status_fail: 'fail',
  status_not_applicable: 'not applicable',
  status_insufficient_data: 'insufficient data',
  status_parse_error: 'invalid rule',
  status_execution_error: 'execution error',
  findingsSheet: 'Findings',
  narrativeSheet: 'Narrative',
};

export function label(lang: ReportLang, key: LabelKey): string {
  return lang === 'zh' ? ZH[key] : EN[key];
}

export const severityLabel = (lang: ReportLang, s: Severity): string => label(lang, s);

export const STATUS_KINDS: readonly RuleStatusKind[] = ['pass', 'fail', 'not_applicable', 'insufficient_data', 'parse_error', 'execution_error'];

export const statusLabel = (lang: ReportLang, s: RuleStatusKind): string => label(lang, `status_${s}`);

/** "第 3 页" / "p. 3"; "第 3–4 页" for a range. */
export function pageLabel(lang: ReportLang, first: number, last = first): string {
  const span = last > first ? `${first}–${last}` : String(first);
  return lang === 'zh' ? `第 ${span} 页` : `p. ${span}`;
}
