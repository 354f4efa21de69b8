// A rule is one object: id, the expression exactly as a reviewer writes it, severity, a note.
// The same grammar reads rule packs, rules typed in the UI and formulas printed under tables.
import type { Severity } from './finding.ts';

export interface RuleDef {
  readonly id: string;
  /** reviewer notation, e.g. "1栏各行=（2+3+4+5+6+7）栏各行", "27行=（1+2+…+8）行", "T01.[本年收入合计]=T02.[合计]1栏" */
  readonly expr: string;
  readonly severity: Severity;
  /** one-line Chinese explanation */
  readonly note?: string;
  /** printed formula, domain guide section, or reviewer practice */
  readonly source?: string;
  /** counts (团组数, 人次, 辆): operands printed without decimals are exact, not ±0.5 (rules/README.md) */
  readonly exact?: boolean;
  /** hierarchy rules: a child restating its parent's total (Σ children = 2 × parent) gets this severity
   *  and the code `hierarchy_duplicate_child` instead of `hierarchy_mismatch` */
  readonly duplicateChild?: Severity;
  /** where the rule came from at run time */
  readonly origin?: 'pack' | 'printed' | 'custom' | 'cli';
}
