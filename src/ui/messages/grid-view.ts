// Wording of the grid itself: default column names when a report prints none, the 栏 number under a heading, and
// the names over the halves of a table printed side by side (收入 | 支出).
import { type Lang } from './registry.ts';
import type { TableKind } from '../../engine/table.ts';
import { msg } from '../../messages/index.ts';

export interface GridWords {
  readonly code: string;
  /** the name column of a table with 科目 codes */
  readonly codedLabel: string;
  readonly label: string;
  readonly lineNo: string;
  readonly colNo: (n: number) => string;
  /** names of the panes printed side by side, left to right, or null when the kind has none */
  readonly panes: (kind: TableKind) => readonly string[] | null;
}

/** 收支总表 kinds: 收入 on the left, 支出 on the right (决算 T01/T04, 预算 B01/B04). */
const INCOME_EXPENSE = new Set<TableKind>(['T01', 'T04', 'B01', 'B04']);

export function gridWords(lang: Lang): GridWords {
  const sides = [msg(lang, 'grid-view.sides'), msg(lang, 'grid-view.sides_expenditure')] as const;
  return {
    code: msg(lang, 'grid-view.code'),
    codedLabel: msg(lang, 'grid-view.codedLabel'),
    label: msg(lang, 'grid-view.label'),
    lineNo: msg(lang, 'grid-view.lineNo'),
    colNo: (n) => msg(lang, 'grid-view.colNo', { n }),
    panes: (kind) => (INCOME_EXPENSE.has(kind) ? sides : null),
  };
}
