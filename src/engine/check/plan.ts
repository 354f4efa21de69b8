// A plan is one rule bound to concrete tables: how many instances it has, which cells each instance
// reads (bind), and which instances read a given cell (the incremental index). Compare rules and the
// hierarchy rule both compile to plans; the evaluator only sees this interface.
import type { Decimal } from '../decimal.ts';
import type { CompareOpMeta } from '../grammar/operators.ts';
import type { Severity } from '../finding.ts';
import type { BoundRule } from './types.ts';
import type { Scratch } from './context.ts';

export interface Plan {
  readonly bound: BoundRule;
  readonly homeTab: number;
  readonly op: CompareOpMeta;
  /** finding code when an instance fails beyond the rounding envelope */
  readonly failCode: string;
  readonly instanceCount: number;
  /** Σ left constants − Σ right constants */
  readonly constLeft: Decimal;
  readonly constRight: Decimal;
  /** (constLeft − constRight)·10^5 as an exact integer, or null when the fast path cannot hold it */
  readonly constScaled: number | null;
  readonly constDecimals: number;
  readonly hasConst: boolean;
  /** Write instance i's operands into the scratch buffers; returns their number. Row −1 = absent (blank). */
  bind(i: number, out: Scratch): number;
  /** Instances that read cell (tab, row, col). */
  instancesReading(tab: number, row: number, col: number): Iterable<number>;
  /** reviewer notation for instance i */
  formula(i: number): string;
  params(i: number): Readonly<Record<string, string | number>> | undefined;
  /** A failure that matches a known misprint pattern: another code and severity (left/right = side sums). */
  refineFailure?(i: number, left: Decimal, right: Decimal): { readonly code: string; readonly severity: Severity } | null;
  /** The column-identity shape (every operand on the iterated row, fixed columns): what the hot loop runs. */
  hotColumns?(): HotColumns | null;
  /** The parent = Σ children shape over fixed columns: what the tree hot loop runs. */
  hotTree?(): HotTree | null;
}

/** Instance x·cols.length + k: row parents[x] = Σ rows children[childStart[x] .. childStart[x+1]) in column cols[k]. */
export interface HotTree {
  readonly tab: number;
  readonly cols: readonly number[];
  readonly parents: Int32Array;
  readonly childStart: Int32Array;
  readonly children: Int32Array;
}

/** Instance i reads row rows[i] of each operand's column; sign is ±1 with the right side negated. */
export interface HotColumns {
  readonly tab: number;
  readonly rows: Int32Array;
  readonly cols: readonly number[];
  readonly signs: readonly number[];
}

/** A rule that could not be bound to the tables: one finding, status not_applicable (or parse_error). */
export interface PlanProblem {
  readonly code: 'unknown_column' | 'unknown_row' | 'unknown_table' | 'rule_cycle';
  readonly params: Readonly<Record<string, string | number>>;
}

export type PlanResult = { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly problem: PlanProblem };
