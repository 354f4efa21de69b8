// Chinese wording of cross-year. Keys: 'cross-year.*'; placeholders {name}.
export default {
  'cross-year.prevDoc': '{prevYear} 年度报告（{prevFile}）',
  'cross-year.where': '政府性基金表 科目 {slice}',
  'cross-year.cross_year_carryover_mismatch': '{where}：本年年初结转和结余 {actual} ≠ {prevDoc}年末结转和结余 {expected}（{prevCell}），差 {difference}',
  'cross-year.cross_year_balance_absent': '政府性基金 科目 {code} 在{prevDoc}年末结转和结余 {expected} 万元，本年报告未列示该科目，请核实',
  'cross-year.not_a_report_file': '不是可核对的报告文件，已跳过',
  'cross-year.folder_unreadable': '文件夹无法读取',
  'cross-year.check_failed': '核对中断：{reason}',
  'cross-year.fund.T01': '收入支出决算总表',
  'cross-year.fund.T04.total': '财政拨款收支决算总表（合计）',
  'cross-year.fund.T04.gp': '财政拨款收支决算总表 一般公共预算',
  'cross-year.fund.T04.gf': '财政拨款收支决算总表 政府性基金',
  'cross-year.fund.T04.soe': '财政拨款收支决算总表 国有资本经营',
  'cross-year.changeUpTable': '「{subject}」{current} 万元比上年增加 {delta} 万元，推出上年为 {actual} 万元，但{prevDoc}为 {expected} 万元（{prevSource}），差 {difference}',
  'cross-year.changeDownTable': '「{subject}」{current} 万元比上年减少 {delta} 万元，推出上年为 {actual} 万元，但{prevDoc}为 {expected} 万元（{prevSource}），差 {difference}',
  'cross-year.changeUpText': '「{subject}」{current} 万元比上年增加 {delta} 万元，推出上年为 {actual} 万元，但{prevDoc}为 {expected} 万元（说明：「{prevSource}」），差 {difference}；按字面匹配同一指标，请核实',
  'cross-year.changeDownText': '「{subject}」{current} 万元比上年减少 {delta} 万元，推出上年为 {actual} 万元，但{prevDoc}为 {expected} 万元（说明：「{prevSource}」），差 {difference}；按字面匹配同一指标，请核实',
} as const;
