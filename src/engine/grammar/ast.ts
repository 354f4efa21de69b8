// The rule AST: what parseRule returns once bare numbers have their unit. Pure data, no behaviour;
// operators are referred to by name and described in operators.ts.
import type { TableKind } from '../table.ts';
import type { AddOpName, CompareOpName } from './operators.ts';

export type Dim = '栏' | '行';

/** A row chosen by printed 行次, or by label/code keys tried in order (`[a|b]`); `after` = `[a>b]`: the
 *  first row matching `keys` that follows the row the anchor keys select, in the anchor's pane. */
export type RowSel =
  | { readonly kind: 'line'; readonly lineNo: number }
  | { readonly kind: 'key'; readonly keys: readonly string[]; readonly after?: readonly string[] };

/** A cell, a row (every amount column), or a column (every data row) of one table. */
export interface RefNode {
  readonly kind: 'ref';
  /** cross-table prefix (`T01.`), null = the rule's home table */
  readonly table: TableKind | null;
  readonly row: RowSel | null;
  readonly col: number | null;
  /** character offset of the ref in the rule text */
  readonly pos: number;
}

/** A literal: `0.00`, or a bare integer in a rule that uses no unit. Constants are exact. */
export interface ConstNode {
  readonly kind: 'const';
  /** normalised decimal text, e.g. "0.00" */
  readonly text: string;
  readonly decimals: number;
  readonly pos: number;
}

/** `31+32+…+56` or `1～8`: every number from..to along one dimension, other fields shared. */
export interface RangeNode {
  readonly kind: 'range';
  readonly from: RefNode;
  readonly to: RefNode;
  readonly dim: Dim;
  readonly pos: number;
}

/** `（2+3+6）栏`: kept for formatting; evaluation flattens it. */
export interface GroupNode {
  readonly kind: 'group';
  readonly body: SideNode;
  readonly unit: Dim | null;
  readonly pos: number;
}

export type TermNode = RefNode | ConstNode | RangeNode | GroupNode;

export interface SignedTerm {
  readonly op: AddOpName;
  readonly node: TermNode;
}

/** One side of a comparison; the first term's op is always 'plus'. */
export interface SideNode {
  readonly kind: 'side';
  readonly terms: readonly SignedTerm[];
}

export interface CompareRule {
  readonly kind: 'compare';
  readonly op: CompareOpName;
  readonly left: SideNode;
  readonly right: SideNode;
}

/** `层级` / `层级(3,5)`: parent code = Σ children by prefix, in every amount column. */
export interface HierarchyRule {
  readonly kind: 'hierarchy';
  readonly lengths: readonly number[];
}

export type RuleAst = CompareRule | HierarchyRule;

export type RuleSyntaxCode = 'rule_syntax' | 'ambiguous_unit';

export interface RuleSyntaxError {
  readonly code: RuleSyntaxCode;
  /** character offset into the rule text */
  readonly pos: number;
  /** what the parser expected there (a token description, not prose) */
  readonly expected: string;
  /** what it found ("" at the end of input) */
  readonly found: string;
}

export type ParseRuleResult =
  | { readonly ok: true; readonly value: RuleAst }
  | { readonly ok: false; readonly reason: RuleSyntaxError };
