// Public barrel of the pure engine: amounts, tables, findings, the rule grammar and the evaluator.
// Other layers (paste, rule packs, CLI, UI) import from here.
export * from './decimal.ts';
export * from './amount.ts';
export * from './table.ts';
export * from './finding.ts';
export * from './document.ts';
export * from './rule.ts';
export type * from './grammar/ast.ts';
export * from './grammar/operators.ts';
export type * from './check/types.ts';
export { parseRule } from './grammar/parser.ts';
export { formatRule, ruleReads, type RuleReads } from './grammar/format.ts';
export { flattenSide, expandSide } from './grammar/flatten.ts';
export { normaliseLabel, normaliseCode } from './check/labels.ts';
export { checkRules } from './check/check-rules.ts';
export { IncrementalChecker, diffFindings } from './check/incremental.ts';
export * from './pages.ts';
