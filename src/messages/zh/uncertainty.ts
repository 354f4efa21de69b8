// Chinese wording of uncertainty. Keys: 'uncertainty.*'; placeholders {name}.
export default {
  'uncertainty.describePlacement': '按当前显示的列位置',
  'uncertainty.describePlacement_values_in_columns': '{row} 的数值依次位于 {cols} 栏',
  'uncertainty.describePlacement_text': '；',
  'uncertainty.sides': '本级',
  'uncertainty.sides_sum_of_children': '下级科目之和',
  'uncertainty.sides_difference': '，差 ',
  'uncertainty.reason': '；但{describePlacement}时该关系成立，无法确认是数据错误',
  'uncertainty.reason_amounts_unplaced': '；本表有金额未能放入单元格，数值的位置可能读错，未作为错误报告',
  'uncertainty.reason_most_rows_of': '；本表多数行的栏间关系都不成立，数值的栏位置可能错乱，未作为错误报告',
  'uncertainty.reason_possible_placements_exceed': '；可能的排列有 {placementCount} 种，超出枚举上限，未逐一核对',
  'uncertainty.reason_the_columns_of': '；{rows} 数值的栏位置是推断的（空白栏被省略），无法确认',
  'uncertainty.reason_2': '；所涉数值的栏位置是推断的（空白栏被省略），无法确认',
  'uncertainty.unconfirmed': '{where}{sides}（未能确认）{reason}',
  'uncertainty.placement_fits': '{where}{formula}：该行空白栏被省略，列位置不确定；{describePlacement}时该关系成立，未作为错误报告',
} as const;
