// Findings are plain read-only data with a stable snake_case code and no prose; wording lives in
// src/ui/messages.ts (and the CLI reuses it).
export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'sum_mismatch'        // an identity fails beyond the rounding envelope
  | 'rounding_residue'    // sides differ but their rounding intervals overlap (尾数误差)
  | 'inequality_violated' // ≤ ≥ < > fails
  | 'hierarchy_mismatch'  // parent code ≠ Σ children
  | 'unknown_column'      // a rule names a 栏 the table lacks
  | 'unknown_row'         // a rule names a 行/label/code the table lacks
  | 'unknown_table'       // a cross-table rule names a table the document lacks
  | 'rule_syntax'         // a rule could not be parsed
  | 'rule_cycle'          // rules define a value in terms of itself
  | 'not_applicable'      // a pack rule could not be applied to this layout
  | 'insufficient_data'   // inputs could not be bound (e.g. column_ambiguous rows)
  | 'not_a_number'        // a cell the rule reads holds text
  | (string & {});        // packs, narrative and 绩效 checks add their own stable codes

/** One cell a finding involves. */
export interface CellRef {
  readonly table: string;
  readonly row: number;        // RowIndex in table.rows (-1 if not a cell)
  readonly col: number;        // index in table.columns (-1 if whole row)
  readonly lineNo?: number | null;
  readonly code?: string | null;
  readonly label?: string;
  readonly colNo?: number | null;
  /** printed text of the cell */
  readonly text?: string;
  /** 1-based PDF page of the cell (documents read from a PDF) */
  readonly page?: number;
}

export interface Operand {
  readonly ref: CellRef;
  readonly value: string; // decimal string ("" when blank)
}

export interface Finding {
  readonly ruleId: string;
  readonly code: FindingCode;
  readonly severity: Severity;
  /** table id of the primary cell ("N" for narrative, document-level findings use "document") */
  readonly table: string;
  /** the primary cell (the one to highlight first), and all cells involved */
  readonly location: CellRef | null;
  readonly cells: readonly CellRef[];
  /** rule text in reviewer notation, instantiated where useful (e.g. "1栏=2+3+4+5+6+7栏") */
  readonly formula: string;
  readonly operands: readonly Operand[];
  /** decimal strings; "" when not applicable */
  readonly expected: string;
  readonly actual: string;
  readonly difference: string;
  readonly tolerance: string;
  /** typed parameters for the messages layer (no prose here) */
  readonly params?: Readonly<Record<string, string | number>>;
  /** narrative findings: character offsets of the sentence in the narrative text */
  readonly span?: readonly [number, number];
  /** 1-based PDF page of the finding (documents read from a PDF; also on `location` when there is one) */
  readonly page?: number;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Stable identity of a finding, used by incremental re-checks and by 核实说明 notes. */
export function findingKey(f: Finding): string {
  const loc = f.location ? `${f.location.table}:${f.location.row}:${f.location.col}` : f.table;
  return `${f.ruleId}|${f.code}|${loc}`;
}
