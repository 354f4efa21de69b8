// The shape of templates.json: shared row lists, column sets and one entry per table kind and layout
// variant. Pure data types; templates.ts expands the row directives into a Table.
import type { ColumnRole, RowFlag, TableKind } from '../engine/table.ts';
import type { Severity } from '../engine/finding.ts';

export interface ColumnSpec {
  readonly key: string;
  readonly header: string;
  readonly role: ColumnRole;
  readonly colNo?: number;
  readonly pane?: number;
}

/** [code, name]; code "" for rows printed without a 科目 code. */
export type ListEntry = readonly [string, string];

interface RowCommon {
  /** fixed marks printed by the form (“---” not applicable, “—” no score), by column key */
  readonly cells?: Readonly<Record<string, string>>;
  readonly block?: string;
}

export type RowDirective =
  | (RowCommon & { readonly label: string; readonly code?: string; readonly flag?: RowFlag; readonly aliases?: readonly string[] })
  /** a shared list: "numbered" prints 一、二、… before the name (T01/T04), "coded" puts the code in its column */
  | (RowCommon & { readonly list: string; readonly style: 'numbered' | 'coded' | 'plain' })
  /** rows left blank for the trainee (款/项 codes, empty 行次 of the printed form) */
  | (RowCommon & { readonly blank: number })
  /** 绩效 indicator rows of one 一级/二级 group, 三级指标 left for the trainee */
  | (RowCommon & { readonly slot: number; readonly group: readonly string[] });

/** A check the template's kind runs outside the rule packs (绩效 tables), shown beside the table. */
export interface TemplateCheck {
  readonly id: string;
  readonly expr: string;
  readonly severity: Severity;
  readonly note: string;
}

export interface TemplateSpec {
  readonly id: string;
  readonly kind: TableKind;
  readonly layout: string | null;
  /** which printed form this is (Chinese, shown in the template picker) */
  readonly variant: string;
  /** a column set name, or a list mixing set names and columns */
  readonly columns: string | readonly (string | ColumnSpec)[];
  /** 行次 1, 2, … in row order (pane 0 first) */
  readonly lineNumbers?: boolean;
  readonly rows?: readonly RowDirective[];
  /** side-by-side panes of two-pane tables (T01, T04) and T06 */
  readonly panes?: readonly (readonly RowDirective[])[];
  readonly checks?: readonly TemplateCheck[];
  /** standing notes printed under the form (the conditional “当此表数据为空时…” of T07–T09) */
  readonly notes?: readonly string[];
}

export interface TemplateFile {
  readonly lists: Readonly<Record<string, readonly ListEntry[]>>;
  readonly columns: Readonly<Record<string, readonly ColumnSpec[]>>;
  readonly templates: readonly TemplateSpec[];
}
