// Chinese wording of budget-coded. Keys: 'budget-coded.*'; placeholders {name}.
export default {
  'budget-coded.project_sum_mismatch': '{where}项目支出合计({actual}) ≠ 各项目之和({expected})，差 {difference}（{children} 个项目）',
  'budget-coded.procurement_sum_mismatch': '{where}政府采购总计({actual}) ≠ 其下各行之和({expected})，差 {difference}（{children} 行）',
} as const;
