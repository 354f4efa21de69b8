// The evaluator's public contract: a rule bound to its home table, per-rule statuses, the result.
import type { Finding } from '../finding.ts';
import type { RuleDef } from '../rule.ts';

/** A rule and the table it is checked against; `T01.`-style refs reach other tables. */
export interface BoundRule {
  readonly def: RuleDef;
  /** Table.id of the home table */
  readonly tableId: string;
}

export type RuleStatusKind =
  | 'pass'
  | 'fail'
  | 'not_applicable'
  | 'insufficient_data'
  | 'parse_error'
  | 'execution_error';

export interface RuleStatus {
  readonly ruleId: string;
  readonly tableId: string;
  readonly status: RuleStatusKind;
  /** rule instances evaluated to a verdict (pass, residue or failure) */
  readonly checked: number;
  /** not_applicable from rule selection: why (an ApplyReason such as layout_unrecognised, table_missing) */
  readonly reason?: string;
}

export interface CheckResult {
  readonly findings: Finding[];
  readonly statuses: RuleStatus[];
}

export interface CheckOptions {
  /** use the scaled-integer fast path where every operand allows it (default true) */
  readonly fastPath?: boolean;
}

/** What a single-cell edit changed. */
export interface FindingDelta {
  readonly added: Finding[];
  readonly removed: Finding[];
}
