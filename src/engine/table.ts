// The logical table every parser produces and every rule reads: columns mapped by printed 栏次/header,
// rows keyed by 科目 code, label and printed 行次, and each cell's original text beside its parsed value.
import { parseAmount, type CellValue } from './amount.ts';

/** Printed 栏 number (1-based, as under the header). */
export type ColNo = number & { readonly __brand: 'ColNo' };
/** 0-based row index in Table.rows (the grid row). */
export type RowIndex = number & { readonly __brand: 'RowIndex' };
export const colNo = (n: number) => n as ColNo;
export const rowIndex = (n: number) => n as RowIndex;

/** Semantic table kinds (domain guide): T01–T10, performance tables, or unknown. */
export type TableKind =
  | 'T01' | 'T02' | 'T03' | 'T04' | 'T05' | 'T06' | 'T07' | 'T08' | 'T09' | 'T10'
  | 'P_PROJECT'   // 项目支出绩效自评表
  | 'P_DEPT'      // 部门整体支出绩效评价(自评)表
  | 'P_EVAL'      // 部门评价/第三方评价 指标体系表
  | 'P_SUMMARY'   // 自评情况汇总表
  | BudgetKind
  | 'unknown';

/**
 * 部门预算公开 tables (../shared/budget.md; 江苏 numbering differs by year, so kinds are named, not numbered):
 * B01 收支预算总表, B02 收入预算总表, B03 支出预算总表, B04 财政拨款收支预算总表, B05 财政拨款支出预算表（功能科目）,
 * B06 财政拨款基本支出预算表（经济科目）, B07 一般公共预算支出预算表（功能科目）, B08 一般公共预算基本支出预算表（经济科目）,
 * B09 “三公”经费（会议费、培训费）支出预算表, B10 政府性基金预算（财政拨款）支出预算表, B11 国有资本经营预算支出预算表,
 * B12 一般公共预算机关运行经费支出预算表, B13 政府采购预算表, B14 项目支出预算表.
 */
export type BudgetKind =
  | 'B01' | 'B02' | 'B03' | 'B04' | 'B05' | 'B06' | 'B07' | 'B08' | 'B09' | 'B10' | 'B11' | 'B12' | 'B13' | 'B14';

export const BUDGET_KINDS: readonly BudgetKind[] =
  ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12', 'B13', 'B14'];

export const isBudgetKind = (k: TableKind): k is BudgetKind => (BUDGET_KINDS as readonly string[]).includes(k);

export const TABLE_KIND_NAMES: Readonly<Record<TableKind, string>> = {
  T01: '收入支出决算总表',
  T02: '收入决算表',
  T03: '支出决算表',
  T04: '财政拨款收入支出决算总表',
  T05: '一般公共预算财政拨款支出决算表',
  T06: '一般公共预算财政拨款基本支出决算表',
  T07: '政府性基金预算财政拨款收入支出决算表',
  T08: '国有资本经营预算财政拨款支出决算表',
  T09: '“三公”经费支出决算表',
  T10: '国有资产占用情况表',
  P_PROJECT: '项目支出绩效自评表',
  P_DEPT: '部门整体支出绩效评价表',
  P_EVAL: '部门评价指标体系表',
  P_SUMMARY: '绩效自评情况汇总表',
  B01: '收支预算总表',
  B02: '收入预算总表',
  B03: '支出预算总表',
  B04: '财政拨款收支预算总表',
  B05: '财政拨款支出预算表（功能科目）',
  B06: '财政拨款基本支出预算表（经济科目）',
  B07: '一般公共预算支出预算表（功能科目）',
  B08: '一般公共预算基本支出预算表（经济科目）',
  B09: '“三公”经费支出预算表',
  B10: '政府性基金预算支出预算表',
  B11: '国有资本经营预算支出预算表',
  B12: '机关运行经费支出预算表',
  B13: '政府采购预算表',
  B14: '项目支出预算表',
  unknown: '未识别表格',
};

export type ColumnRole = 'code' | 'label' | 'lineNo' | 'amount' | 'text';

export interface Column {
  /** stable key within the table, e.g. "c1", "code", "label", "lineNo" */
  readonly key: string;
  /** printed 栏 number, when the column is an amount column with one (or one implied by order) */
  readonly colNo: ColNo | null;
  /** header text as printed (joined over wrapped header lines) */
  readonly header: string;
  readonly role: ColumnRole;
  /** for two-pane tables: which pane the column came from (0-based) */
  readonly pane?: number;
}

/**
 * How a parser placed a cell's value in its column: read exactly where it is printed (absent = exact), placed by
 * inference (collapsed blanks resolved by identities/bounds, a 合计 row's columns assumed), or ambiguous (more than
 * one placement remained). The engine never reports an `error` that rests on a non-exact cell.
 */
export type Placement = 'exact' | 'inferred' | 'ambiguous';

export interface Cell {
  /** original text exactly as pasted (trimmed of surrounding whitespace only) */
  readonly text: string;
  readonly value: CellValue;
  /** absent = exact */
  readonly placement?: Placement;
}

export type RowFlag =
  | 'column_ambiguous'  // collapsed blanks: values could not be placed in columns with certainty
  | 'header'            // header/栏次 row kept for display, not data
  | 'total'             // 合计/总计 row
  | 'subtotal'
  | 'note';             // a note line kept inside the table

export interface Row {
  /** 功能/经济分类 code, normalised by concatenation ("201 06 01" → "2010601"), or null */
  readonly code: string | null;
  /** label / 科目名称 / 项目 as printed (wrapped lines joined) */
  readonly label: string;
  /** printed 行次, or null */
  readonly lineNo: number | null;
  /** one cell per Table.columns entry (same order and length) */
  readonly cells: readonly Cell[];
  readonly flags?: readonly RowFlag[];
  /** 1-based line in the source text where the row starts, when known */
  readonly sourceLine?: number;
  /** which pane of a multi-pane table the row came from (0-based) */
  readonly pane?: number;
  /** 1-based PDF page the row is printed on (documents read from a PDF) */
  readonly page?: number;
  /** 绩效 tables: the block the row belongs to ('info' | 'funds' | 'goals' | 'indicator' | 'group' | 'total' | 'grade' | 'item' | 'footer');
   *  政府采购 (B13): the row's level ('total' | 'category' 品目 | 'project' 专项 | 'item' 采购物品) */
  readonly block?: string;
  /** 绩效 tables: 一级/二级 labels in force for the row (carried down from a group's first row; '' when none);
   *  政府采购 (B13): [品目, 专项] the row is under */
  readonly group?: readonly string[];
}

export type Unit = '万元' | '元' | '亿元';

export interface Table {
  readonly id: string;
  readonly kind: TableKind;
  /** recognised layout variant, e.g. "T01.A" (行次 1–62), "T09.W" (12 columns), or null */
  readonly layout: string | null;
  readonly title: string;
  /** the table number printed beside the title ("公开01表", "表一", "表1"), normalised without spaces; absent when none */
  readonly printedNo?: string;
  /** printed amounts on the table's lines that the parser could not place in any cell (text read out of shape, e.g.
   *  a blank line after every line): its identities are then unconfirmed, never errors. Absent or 0 = all placed. */
  readonly unplacedAmounts?: number;
  readonly unit: Unit | null;
  readonly year: number | null;
  readonly department: string | null;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** text printed under/around the table: notes, printed formulas, “本表无数据” statements */
  readonly notes: readonly string[];
  /** 1-based first/last source line of the table block */
  readonly sourceLines?: readonly [number, number];
  /** first and last 1-based PDF page of the table (documents read from a PDF) */
  readonly pages?: readonly [number, number];
}

export function makeCell(text: string): Cell {
  const t = text.trim();
  return { text: t, value: parseAmount(t) };
}

/** A cell placed by a parser; 'exact' gives the plain cell (the field stays absent). */
export function placedCell(text: string, placement: Placement): Cell {
  return placement === 'exact' ? makeCell(text) : { ...makeCell(text), placement };
}

const ROW_PLACEMENT = new WeakMap<Row, Placement>();

/**
 * A row's placement: ambiguous exactly when the row is flagged column_ambiguous (the flag is what the fast path
 * reads); else inferred when any cell is not exact (one inferred cell makes the positions of all the row's printed
 * values an inference; a cell marked ambiguous on an unflagged row counts as inferred); else exact.
 */
export function rowPlacement(row: Row): Placement {
  let p = ROW_PLACEMENT.get(row);
  if (p === undefined) {
    p = row.flags !== undefined && row.flags.includes('column_ambiguous') ? 'ambiguous' : 'exact';
    if (p === 'exact') for (const c of row.cells) if (c.placement !== undefined && c.placement !== 'exact') { p = 'inferred'; break; }
    ROW_PLACEMENT.set(row, p);
  }
  return p;
}

export function columnByColNo(table: Table, n: number): number {
  return table.columns.findIndex((c) => c.colNo === n);
}

export function amountColumns(table: Table): number[] {
  const out: number[] = [];
  table.columns.forEach((c, i) => { if (c.role === 'amount') out.push(i); });
  return out;
}
