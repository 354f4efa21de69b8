// UI chrome strings (buttons, headings, hints) in Chinese with an English toggle. Wording of findings and
// parse problems lives in src/ui/messages/; this file holds only the workbench's own labels.
export type Lang = 'zh' | 'en';

const ZH = {
  appTitle: '勾稽 · 部门决算表格勾稽检查',
  hint: '粘贴一张表格或整份决算报告（Ctrl+V），或打开文件（.txt .tsv .csv .xlsx .html）。下面是一份示例报告。',
  hintUser: '粘贴表格或报告（Ctrl+V）会加入工作簿；也可以打开或拖入文件。',
  openFile: '打开文件',
  addTable: '新增空白表',
  loadSample: '载入示例',
  undo: '撤销',
  redo: '重做',
  langToggle: 'English',
  sheets: '工作表',
  narrativeTab: '说明',
  tableKind: '表格类型',
  findings: '检查结果',
  noFindings: '没有发现问题。',
  error: '错误',
  warning: '提示',
  info: '尾数误差',
  explained: '已说明',
  explain: '核实说明',
  explainPlaceholder: '写下核实说明，例如差异原因',
  save: '保存',
  cancel: '取消',
  clear: '清除',
  documentLevel: '全文',
  rules: '规则',
  sidePanel: '检查与工具',
  exportsTab: '导出',
  trainerTab: '培训',
  exportsIntro: '导出当前工作簿的检查结果：打印审核报告（浏览器打印可存为 PDF），或下载问题清单和标注工作簿。',
  noTableRules: '规则按表格列出：请先选择一张表格。',
  markedCell: '已标记',
  rulesFor: '适用于本表的规则',
  customRule: '自定义规则',
  customRulePlaceholder: '例如 1栏=2+3+6',
  addRule: '添加',
  severity: '级别',
  ruleOk: '规则可用',
  ruleEnabled: '启用',
  remove: '删除',
  origin_pack: '规则包',
  origin_printed: '表下印制公式',
  origin_custom: '自定义',
  origin_cli: '命令行',
  status_pass: '通过',
  status_fail: '未通过',
  status_not_applicable: '不适用',
  status_insufficient_data: '数据不足',
  status_parse_error: '规则有误',
  status_execution_error: '执行出错',
  status_disabled: '已停用',
  status_pending: '未检查',
  parsing: '正在解析…',
  cancelled: '已取消，工作簿未改变。',
  pasteFailed: '无法识别粘贴的内容：',
  noTablesFound: '没有识别出表格，内容已放入“说明”。',
  restorePrevious: '恢复之前的工作簿',
  replacedWorkbook: '已用粘贴的内容替换工作簿。',
  addedSheets: '已加入工作表：',
  dropHere: '松开以打开文件',
  cellFindings: '当前单元格',
  noCellFindings: '当前单元格没有问题。',
  grid: '表格',
  rowsCols: '行 × 列',
  filterBy: '按级别筛选',
  nextFinding: '下一个问题 (F8)',
  prevFinding: '上一个问题 (Shift+F8)',
  unit: '单位',
  blankTableTitle: '空白表',
  unknownKindHint: '未识别的表格：可用自定义规则检查。',
  problems: '解析提示',
  close: '关闭',
  emptyNarrative: '（没有说明文字）',
  reason_kind_matched: '适用于该类表格',
  reason_layout_matched: '符合识别出的表式',
  reason_layout_fitted: '表式未识别，但本表具备规则所需的行和栏',
  reason_printed_formula: '表下印制的公式',
  reason_printed_confirms: '与表下印制的公式一致',
  reason_cross_tables_present: '所涉及的表格都在',
  reason_layout_unrecognised: '表式与该类表格的任何格式都不符',
  reason_requires_missing: '本表缺少规则所需的行或栏',
  reason_table_missing: '规则涉及的表格不在本报告中',
  reason_no_instances: '没有可检查的行',
  reason_grammar_pending: '规则写法暂不支持',
  reason_variant_not_used: '已用该规则的另一表式版本',
} as const;

export type MessageKey = keyof typeof ZH;

const EN: Record<MessageKey, string> = {
  appTitle: 'Gouji · final-accounts table checker',
  hint: 'Paste a table or a whole report (Ctrl+V), or open a file (.txt .tsv .csv .xlsx .html). A sample report is shown below.',
  hintUser: 'Pasting a table or report (Ctrl+V) adds it to the workbook; you can also open or drop files.',
  openFile: 'Open file',
  addTable: 'Add blank table',
  loadSample: 'Load sample',
  undo: 'Undo',
  redo: 'Redo',
  langToggle: '中文',
  sheets: 'Sheets',
  narrativeTab: 'Notes',
  tableKind: 'Table kind',
  findings: 'Findings',
  noFindings: 'No problems found.',
  error: 'Error',
  warning: 'Warning',
  info: 'Rounding',
  explained: 'Explained',
  explain: 'Explanation',
  explainPlaceholder: 'Explain the difference',
  save: 'Save',
  cancel: 'Cancel',
  clear: 'Clear',
  documentLevel: 'Document',
  rules: 'Rules',
  sidePanel: 'Checks and tools',
  exportsTab: 'Export',
  trainerTab: 'Training',
  exportsIntro: 'Export the checks of this workbook: print the audit report (the browser can save it as PDF), or download the findings and the annotated workbook.',
  noTableRules: 'Rules are listed per table: select a table first.',
  markedCell: 'Marked',
  rulesFor: 'Rules that apply to this table',
  customRule: 'Custom rule',
  customRulePlaceholder: 'e.g. 1栏=2+3+6',
  addRule: 'Add',
  severity: 'Severity',
  ruleOk: 'Rule is valid',
  ruleEnabled: 'Enabled',
  remove: 'Remove',
  origin_pack: 'rule pack',
  origin_printed: 'printed formula',
  origin_custom: 'custom',
  origin_cli: 'command line',
  status_pass: 'pass',
  status_fail: 'fail',
  status_not_applicable: 'not applicable',
  status_insufficient_data: 'insufficient data',
  status_parse_error: 'invalid rule',
  status_execution_error: 'execution error',
  status_disabled: 'disabled',
  status_pending: 'not checked',
  parsing: 'Parsing…',
  cancelled: 'Cancelled; the workbook is unchanged.',
  pasteFailed: 'Could not read the pasted content: ',
  noTablesFound: 'No table recognised; the text went to Notes.',
  restorePrevious: 'Restore the previous workbook',
  replacedWorkbook: 'The workbook was replaced by the pasted content.',
  addedSheets: 'Sheets added: ',
  dropHere: 'Drop to open',
  cellFindings: 'Current cell',
  noCellFindings: 'No problem in this cell.',
  grid: 'Table',
  rowsCols: 'rows × columns',
  filterBy: 'Filter by severity',
  nextFinding: 'Next finding (F8)',
  prevFinding: 'Previous finding (Shift+F8)',
  unit: 'Unit',
  blankTableTitle: 'Blank table',
  unknownKindHint: 'Unrecognised table: check it with custom rules.',
  problems: 'Parse notes',
  close: 'Close',
  emptyNarrative: '(no narrative text)',
  reason_kind_matched: 'applies to this kind of table',
  reason_layout_matched: 'matches the recognised layout',
  reason_layout_fitted: 'layout unrecognised, but the table has every row and column the rule needs',
  reason_printed_formula: 'formula printed under the table',
  reason_printed_confirms: 'same as the formula printed under the table',
  reason_cross_tables_present: 'every table it names is present',
  reason_layout_unrecognised: 'the table fits no known layout of its kind',
  reason_requires_missing: 'the table lacks a row or column the rule needs',
  reason_table_missing: 'a table it names is not in this report',
  reason_no_instances: 'nothing to check',
  reason_grammar_pending: 'notation not supported yet',
  reason_variant_not_used: 'another layout variant of the rule applies',
};

const DICTS: Record<Lang, Record<MessageKey, string>> = { zh: ZH, en: EN };

export function t(lang: Lang, key: MessageKey): string {
  return DICTS[lang][key];
}

/** What parseRule reports for a rule typed wrong (shape of the engine's syntax error). */
export interface RuleSyntaxReason {
  readonly code: string;
  readonly pos: number;
  readonly expected?: string;
  readonly found?: string;
}

/** The grammar's token names (RuleSyntaxError.expected) in words. */
const EXPECTED_ZH: Readonly<Record<string, string>> = {
  term: '数字、栏/行引用或括号',
  comparison: '比较符号（= ≤ ≥ < > ≠）',
  end: '规则结尾',
  INT: '整数',
  'ascending INT': '递增的整数',
  'INT|[key]': '整数或 [行名称]',
  '栏|行': '“栏”或“行”',
  '行|栏': '“行”或“栏”',
  key: '行名称或科目编码',
  token: '可识别的符号',
  'range end': '范围的终点',
  'number before range': '范围前的数字',
  'nesting limit': '不超过 16 层的括号（括号嵌套过深）',
  'range limit': '不超过 1000 项的范围（范围过大）',
};
const EXPECTED_EN: Readonly<Record<string, string>> = {
  term: 'a number, a 栏/行 reference or a bracket',
  comparison: 'a comparison (= ≤ ≥ < > ≠)',
  end: 'the end of the rule',
  INT: 'an integer',
  'ascending INT': 'an ascending integer',
  'INT|[key]': 'an integer or [row label]',
  key: 'a row label or code',
  token: 'a known symbol',
  'range end': 'the end of the range',
  'number before range': 'a number before the range',
  'nesting limit': 'brackets nested at most 16 deep',
  'range limit': 'a range of at most 1000 items',
};

/** A grammar token name (RuleSyntaxError.expected) in the reviewer's words. */
export function expectedWords(lang: Lang, expected: string): string {
  return (lang === 'zh' ? EXPECTED_ZH : EXPECTED_EN)[expected] ?? `“${expected}”`;
}

export function ruleSyntaxMessage(lang: Lang, r: RuleSyntaxReason): string {
  const at = r.pos + 1;
  if (r.code === 'ambiguous_unit') {
    return lang === 'zh'
      ? `第 ${at} 个字符处：数字没有写明是“行”还是“栏”，例如写成 1栏=（2+3）栏`
      : `At character ${at}: say whether the numbers are 行 (rows) or 栏 (columns), e.g. 1栏=（2+3）栏`;
  }
  const words = (lang === 'zh' ? EXPECTED_ZH : EXPECTED_EN)[r.expected ?? ''] ?? `“${r.expected ?? ''}”`;
  const found = r.found ? (lang === 'zh' ? `，实际是“${r.found}”` : `, found “${r.found}”`) : (lang === 'zh' ? '，但规则在此处结束' : ', but the rule ends here');
  return lang === 'zh' ? `规则写法有误，第 ${at} 个字符处应为${words}${found}` : `Rule syntax error at character ${at}: expected ${words}${found}`;
}
