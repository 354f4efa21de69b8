// Rules → plans: parse (cached by text), format the reviewer formula, bind to the tables. A rule that
// cannot be parsed or bound becomes one finding and a status, never an exception.
import type { Finding } from '../finding.ts';
import type { ParseRuleResult } from '../grammar/ast.ts';
import { formatRule } from '../grammar/format.ts';
import { parseRule } from '../grammar/parser.ts';
import type { CheckContext } from './context.ts';
import { resolveHierarchy } from './hierarchy.ts';
import type { Plan } from './plan.ts';
import { resolveCompare } from './resolve.ts';
import type { BoundRule, RuleStatusKind } from './types.ts';

export interface CompiledRule {
  readonly bound: BoundRule;
  readonly plan: Plan | null;
  /** the rule-level finding when there is no plan */
  readonly finding: Finding | null;
  /** status when there is no plan */
  readonly status: RuleStatusKind;
}

const PARSED = new Map<string, ParseRuleResult>();
const PARSED_MAX = 5000;

export function parseCached(expr: string): ParseRuleResult {
  let r = PARSED.get(expr);
  if (!r) {
    if (PARSED.size >= PARSED_MAX) PARSED.clear();
    r = parseRule(expr);
    PARSED.set(expr, r);
  }
  return r;
}

export function compileRule(bound: BoundRule, ctx: CheckContext): CompiledRule {
  const parsed = parseCached(bound.def.expr);
  if (!parsed.ok) {
    const { code, pos, expected, found } = parsed.reason;
    return ruleLevel(bound, 'rule_syntax', bound.def.expr, { reason: code, pos, expected, found }, 'parse_error');
  }
  const formula = formatRule(parsed.value);
  try {
    const r = parsed.value.kind === 'hierarchy'
      ? resolveHierarchy(bound, parsed.value.lengths, ctx)
      : resolveCompare(bound, parsed.value, ctx, formula);
    if (r.ok) return { bound, plan: r.plan, finding: null, status: 'pass' };
    const status = r.problem.code === 'rule_cycle' ? 'parse_error' : 'not_applicable';
    return ruleLevel(bound, r.problem.code, formula, r.problem.params, status);
  } catch {
    // a bug in binding must not stop the other rules; the status says this rule was not checked
    return ruleLevel(bound, 'execution_error', formula, {}, 'execution_error');
  }
}

export function ruleLevel(
  bound: BoundRule, code: string, formula: string, params: Readonly<Record<string, string | number>>, status: RuleStatusKind,
): CompiledRule {
  const finding: Finding = {
    ruleId: bound.def.id, code, severity: 'warning', table: bound.tableId, location: null, cells: [],
    formula, operands: [], expected: '', actual: '', difference: '', tolerance: '', params,
  };
  return { bound, plan: null, finding, status };
}
