// English wording of grid-view. Keys: 'grid-view.*'; placeholders {name}.
import type gridView from '../zh/grid-view.ts';

const en: Record<keyof typeof gridView, string> = {
  'grid-view.sides': 'Income',
  'grid-view.sides_expenditure': 'Expenditure',
  'grid-view.code': 'Code',
  'grid-view.codedLabel': 'Item',
  'grid-view.label': 'Item',
  'grid-view.lineNo': 'Line',
  'grid-view.colNo': 'col. {n}',
};

export default en;
