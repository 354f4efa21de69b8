// Chinese wording of unchecked. Keys: 'unchecked.*'; placeholders {name}.
export default {
  'unchecked.uncheckedWhere': '全文',
  'unchecked.more': ' 等 {length} 条',
  'unchecked.rules': '（规则 {shown}{more}）',
  'unchecked.describeUnchecked': '未识别出任何表格：只核对了情况说明的内部一致性，未与表格核对',
  'unchecked.describeUnchecked_no_narrative_the': '没有情况说明：文字部分未核对',
  'unchecked.describeUnchecked_table_not_recognised': '表格「{title}」的类型未能识别：只核对了科目层级和表下印出的公式',
  'unchecked.describeUnchecked_2': '表格的类型未能识别：只核对了科目层级和表下印出的公式',
  'unchecked.describeUnchecked_no_numbers_in': '表中没有任何数值，未核对',
  'unchecked.describeUnchecked_most_rows_fail': '多数行的栏间关系不成立，数值的栏位置可能错乱（列被打乱或错位）：本表的勾稽结果只作提示，未作为错误',
  'unchecked.describeUnchecked_same_kind_as': '本表与 {of} 为同一种表（重复粘贴？）：跨表核对只使用第一张',
  'unchecked.describeUnchecked_rules_not_checked': '{CAUSE_ZH}，{count} 条规则未核对{rules}',
  'unchecked.describeUnchecked_columns_uncertain_or': '数值的栏位置不确定或缺少数值，{count} 条规则未能得出结论{rules}',
  'unchecked.describeUnchecked_too_many_placements': '列位置不确定的行可能的排列过多，超出枚举上限，{count} 处未核对{rules}',
  'unchecked.describeUnchecked_rules_could_not': '{count} 条规则无法解析或执行{rules}',
} as const;
