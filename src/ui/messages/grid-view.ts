// Wording of the grid itself: default column names when a report prints none, the 栏 number under a heading, and
// the names over the halves of a table printed side by side (收入 | 支出).
import { t, type Lang } from './registry.ts';
import type { TableKind } from '../../engine/table.ts';

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
  const sides = [t(lang, '收入', 'Income'), t(lang, '支出', 'Expenditure')] as const;
  return {
    code: t(lang, '科目编码', 'Code'),
    codedLabel: t(lang, '科目名称', 'Item'),
    label: t(lang, '项目', 'Item'),
    lineNo: t(lang, '行次', 'Line'),
    colNo: (n) => t(lang, `${n}栏`, `col. ${n}`),
    panes: (kind) => (INCOME_EXPENSE.has(kind) ? sides : null),
  };
}
