// Chinese wording of common. Keys: 'common.*'; placeholders {name}.
export default {
  'common.values': '：期望 {expected}，实际 {actual}，差 {difference}',
  'common.unplacedSuffix': '（所涉表格有金额未能放入单元格，数值位置可能读错：未能确认，未作为错误）',
  'common.unconfirmedSuffix': '（所涉表格多数行的栏间关系不成立，栏位置可能错乱：未能确认，未作为错误）',
  'common.lineSuffix': '（第 {range} 行）',
  'common.percentPoints': '{n} 个百分点',
  'common.colNo': '{n}栏',
  'common.blank': '空',
  'common.operand': '{where} = {value}',
  'common.tableOfKind': '表 {kind}（{name}）',
  'common.unknownTable': '未识别的表格',
  'common.listSep': '、',
} as const;
