// Chinese wording of budget-narrative. Keys: 'budget-narrative.*'; placeholders {name}.
export default {
  'budget-narrative.describeKindUnchecked': '无法确定本文件是部门预算还是部门决算（预算迹象 {budget} 处，决算迹象 {final} 处）：只核对了标题写明“预算”或“决算”的表格，请分开核对或确认文件',
  'budget-narrative.describeKindUnchecked_table_does_not': '表格{title}的标题未写明是预算表还是决算表，而本文件的类型无法确定：未套用任何规则，未核对',
  'budget-narrative.describeKindUnchecked_table_reads_as': '表格{title}被识别为{docKindName}表，但本文件是{doc}：未套用{docKindName}的规则，未核对',
  'budget-narrative.joined': '（与表格文件 {companion} 一并核对）',
  'budget-narrative.docKindCaption': '文件类型',
  'budget-narrative.change_sum_mismatch': '{total}的比上年增减为 {actual} 万元，而其后 {parts} 项（合计 {partsSum} 万元，正好等于该总额）的增减之和为 {expected} 万元，差 {difference}；若有本年为零、上年有数而未列出的项目，请核实',
  'budget-narrative.kind.final': '部门决算',
  'budget-narrative.kind.budget': '部门预算',
  'budget-narrative.kind.ambiguous': '无法确定（预算、决算两种迹象都有）',
  'budget-narrative.kind.unknown': '未识别',
  'budget-narrative.kind.unitFinal': '单位决算',
  'budget-narrative.kind.unitBudget': '单位预算',
  'budget-narrative.kindLine': '{caption}：{kind}{joined}',
} as const;
