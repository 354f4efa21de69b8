// The rule-pack format (rules/*.json) as types: packs, their rules, where they apply, and the
// 科目 dictionaries. Pure data; the loader (select.ts) reads these, the engine never does.
import type { Severity } from '../engine/finding.ts';
import type { TableKind } from '../engine/table.ts';

/** A table that `forEach` walks: its class rows (3-digit codes / class names) or all its codes. */
export type ForEach = { readonly classesOf: TableKind } | { readonly codesOf: TableKind };

export interface PackRule {
  readonly id: string;
  /** reviewer notation; may contain pack macros `{类}`, `{有:…}`, `{code}`, `{names}` (README) */
  readonly expr: string;
  readonly severity: Severity;
  readonly note: string;
  readonly source: string;
  /** cross-table rules: the table kind that receives the finding */
  readonly home?: TableKind;
  /** cross-table rules: layouts the named tables must have */
  readonly when?: Readonly<Partial<Record<TableKind, readonly string[]>>>;
  readonly forEach?: ForEach;
  /** cross-table rules: not applied when the document has any of these tables (a variant naming them applies) */
  readonly unless?: readonly TableKind[];
  /** a grammar feature from README "Proposed additions" that the rule relies on */
  readonly needs?: 'row-after';
  /** counts printed as integers are exact (no ±0.5 envelope); see README “Rule options” */
  readonly exact?: boolean;
  /** hierarchy rules: severity when a child restates its parent's total (README “Rule options”) */
  readonly duplicateChild?: Severity;
}

/** `requires` entries: printed 栏 numbers, `"27行"`, `"[label]"`, or `"codes"` (rows with 科目 codes). */
export type Requirement = number | string;

export interface AppliesTo {
  readonly kind: TableKind | 'cross';
  /** layout ids (table.layout) this variant is for; absent = every layout of the kind */
  readonly layouts?: readonly string[];
  readonly requires?: readonly Requirement[];
}

export interface Pack {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly appliesTo: AppliesTo;
  readonly rules: readonly PackRule[];
}

export interface DictionaryEntry {
  readonly code: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  /** former names and the last year they were in force */
  readonly formerly?: readonly { readonly name: string; readonly until: number }[];
  readonly since?: number;
  readonly until?: number;
}

export interface Dictionary {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly entries: readonly DictionaryEntry[];
}

/** Why a pack rule does or does not apply to a table (wording in src/ui/messages/rules.ts). */
export type ApplyReason =
  | 'kind_matched'         // pack for every layout of the table's kind
  | 'layout_matched'       // table.layout is one of the pack's layouts
  | 'layout_fitted'        // layout unknown, but the table has every row/column the pack requires
  | 'printed_formula'      // formula printed under the table
  | 'printed_confirms'     // printed formula identical to this pack rule
  | 'cross_tables_present' // every table a cross-table rule names is present
  | 'layout_unrecognised'  // no variant of the kind fits the table
  | 'requires_missing'     // the table lacks a row/column the pack requires
  | 'table_missing'        // a cross-table rule names a table the document lacks
  | 'no_instances'         // a macro or forEach found nothing to check
  | 'grammar_pending'      // relies on a proposed grammar addition the engine does not read yet
  | 'variant_not_used';    // another layout variant of the same rule/pack applies instead

/** One decision of the selector: a pack or printed rule, for one table, applied or not and why. */
export interface RuleApplication {
  readonly packId: string;
  /** pack rule id (forEach instances add `.code`; printed rules are `<table>.printed.<n>`) */
  readonly ruleId: string;
  /** the pack rule id the application came from (same as ruleId except for forEach instances) */
  readonly baseId: string;
  readonly tableId: string;
  readonly applies: boolean;
  readonly reason: ApplyReason;
  /** the expression handed to the engine (macros expanded), or the pack text when not applied */
  readonly expr: string;
  readonly severity: Severity;
  readonly note: string;
  readonly source: string;
  readonly origin: 'pack' | 'printed';
  /** printed formula text that restates this pack rule */
  readonly confirmedBy?: string;
  /** rule options passed on to the engine's RuleDef */
  readonly exact?: boolean;
  readonly duplicateChild?: Severity;
}
