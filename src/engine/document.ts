// A whole pasted report: its recognised tables, its narrative text and what could not be parsed.
import type { Table, Unit } from './table.ts';

export type ParseProblemCode =
  | 'empty_input'
  | 'binary_input'
  | 'too_large'
  | 'encoding_unsupported'
  | 'no_numbers'
  | 'unknown_table_kind'
  | 'column_ambiguous'
  | 'unparsed_lines'      // lines inside a table block that were not placed in any row
  | 'mixed_units'
  | 'html_stripped'       // scripts/handlers/remote resources removed from pasted HTML
  | 'xlsx_unreadable'
  | 'cancelled'
  | (string & {});

export interface ParseProblem {
  readonly code: ParseProblemCode;
  readonly severity: 'error' | 'warning' | 'info';
  /** 1-based source lines, when known */
  readonly line?: number;
  readonly endLine?: number;
  readonly table?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface Narrative {
  /** the narrative text (情况说明 and other prose), lines joined with "\n" */
  readonly text: string;
  /** source line (1-based) of each line of `text`, same length as text.split("\n") */
  readonly lineMap: readonly number[];
}

export interface ParsedDocument {
  readonly title: string | null;
  readonly department: string | null;
  readonly year: number | null;
  readonly unit: Unit | null;
  readonly tables: readonly Table[];
  readonly narrative: Narrative;
  readonly problems: readonly ParseProblem[];
  /** documents read from a PDF: page count and the 1-based page of every source line (index 0 = line 1; 0 unknown) */
  readonly pages?: DocumentPages;
}

export interface DocumentPages {
  readonly count: number;
  readonly ofLine: readonly number[];
}

/** Paste parsers return a result union, never throw on the user's data. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly problems: readonly ParseProblem[] }
  | { readonly ok: false; readonly reason: ParseProblem };
