// Root-cause problems: one per group of findings that share a culprit. Plain data with stable codes, like
// findings; wording lives in the messages layer (src/ui/messages/problems.ts).
import type { CellRef, Severity } from '../../engine/finding.ts';

/** What kind of slip the suggested value is, when it is a recognisable one. */
export type SuggestionKind =
  | 'transposition'  // two adjacent digits swapped (2,430.92 for 2,403.92)
  | 'dropped_digit'  // one digit left out (240.92 for 2,403.92)
  | 'extra_digit'    // one digit too many (24,033.92 for 2,403.92)
  | 'digit_off'      // one digit wrong (2,413.92 for 2,403.92)
  | 'decimal_shift'; // ×10 or ÷10 (24,039.20 or 240.39 for 2,403.92)

/**
 * Why a problem has no single culprit, or why a culprit is only a warning:
 * - `ambiguous`: several cells would each explain every failing identity;
 * - `corroborated`: several would, but another finding (a narrative amount, a cross-check outside the group)
 *   states exactly the corrected value for one of them, and for that one only;
 * - `pair`: no single cell does, two cells together do (the problem is one of the two);
 * - `unexplained`: neither one cell nor a pair explains the group;
 * - `too_large`: the group has too many cells to search;
 * - `uncertain_cell`: the culprit's value was placed by inference (or its row is ambiguous);
 * - `single`: a finding that is not an identity stands alone (narrative, wording, inequality…).
 */
export type ProblemBasis = 'cell' | 'corroborated' | 'ambiguous' | 'pair' | 'unexplained' | 'too_large' | 'uncertain_cell' | 'single';

export interface Problem {
  /** "P1", "P2"… in report order (errors first, then by first finding) */
  readonly id: string;
  readonly severity: Severity;
  /** the cell whose correction explains the findings; null when none can be named */
  readonly culprit: CellRef | null;
  /** the corrected value (plain decimal string with the cell's printed decimals), when one is computed */
  readonly suggested: string | null;
  readonly kind?: SuggestionKind;
  readonly basis: ProblemBasis;
  /** indices into the document's findings array: the evidence */
  readonly findings: readonly number[];
  /** failing identities the correction satisfies */
  readonly explains: number;
  /** `ambiguous`: the cells that would each explain the group */
  readonly candidates?: readonly CellRef[];
  /** `corroborated`: the index of the finding that states the corrected value */
  readonly corroboratedBy?: number;
  /** `pair`: the id of the problem naming the other cell */
  readonly partner?: string;
}
