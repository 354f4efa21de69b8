// The data of an exercise: the document with errors injected into it, what was injected, where each error
// shows (its cell and the cells/sentences of the findings it causes) and the trainee's marks.
import type { ParsedDocument } from '../engine/document.ts';

export type ErrorKind = 'transposed_digits' | 'dropped_row' | 'wrong_total' | 'wrong_percentage';

export const ERROR_KINDS: readonly ErrorKind[] = ['transposed_digits', 'dropped_row', 'wrong_total', 'wrong_percentage'];

/** The narrative's pseudo table id (as in findings). */
export const NARRATIVE_TABLE = 'N';

export interface CellSpot {
  readonly table: string;
  /** RowIndex in the exercise document's table */
  readonly row: number;
  /** column index; -1 = the whole row */
  readonly col: number;
}

export interface InjectedError {
  readonly kind: ErrorKind;
  /** table id, or "N" for the 说明 */
  readonly table: string;
  /** edited cell; dropped_row: the index the row had (col -1); wrong_percentage: -1, -1 */
  readonly row: number;
  readonly col: number;
  /** printed text before and after (dropped_row: the row's code and label, after "") */
  readonly before: string;
  readonly after: string;
  /** wrong_percentage: offsets of the edited figure in the exercise's narrative text */
  readonly span?: readonly [number, number];
  /** cells a mark may name to find this error: the edited cell and the cells of the findings it causes */
  readonly cells: readonly CellSpot[];
  /** narrative ranges a mark may fall in to find this error */
  readonly spans: readonly (readonly [number, number])[];
  /** findingKey of each error/warning finding the injection causes */
  readonly findings: readonly string[];
}

export interface Exercise {
  readonly title: string;
  /** where the correct document came from (worked example id, file name) */
  readonly source: string;
  readonly seed: number;
  readonly doc: ParsedDocument;
  readonly injected: readonly InjectedError[];
}

/** A cell (or, in the 说明, a character offset) the trainee marked as wrong. */
export interface CellMark {
  readonly table: string;
  readonly row: number;
  readonly col: number;
  /** narrative marks (table "N"): character offset in doc.narrative.text */
  readonly offset?: number;
}

export interface AttemptScore {
  readonly hits: readonly InjectedError[];
  readonly misses: readonly InjectedError[];
  readonly falseMarks: readonly CellMark[];
  /** 0–100: hits / (errors + false marks) */
  readonly score: number;
}
