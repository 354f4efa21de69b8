// Chinese wording of grid-view. Keys: 'grid-view.*'; placeholders {name}.
export default {
  'grid-view.sides': '收入',
  'grid-view.sides_expenditure': '支出',
  'grid-view.code': '科目编码',
  'grid-view.codedLabel': '科目名称',
  'grid-view.label': '项目',
  'grid-view.lineNo': '行次',
  'grid-view.colNo': '{n}栏',
} as const;
