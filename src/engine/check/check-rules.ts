// checkRules: a full run of bound rules over a set of tables, with one status per rule.
import type { Finding } from '../finding.ts';
import type { Table } from '../table.ts';
import { compileRule, type CompiledRule } from './compile.ts';
import { CheckContext, Scratch } from './context.ts';
import { evaluateInstance, runHotLoop, type Outcome } from './evaluate.ts';
import { runHotTree } from './hot-tree.ts';
import type { BoundRule, CheckOptions, CheckResult, RuleStatus, RuleStatusKind } from './types.ts';

export interface PlanRun {
  /** outcomes of the instances that did not simply pass */
  readonly outcomes: Map<number, Outcome>;
  fail: number;
  unsure: number;
}

export function checkRules(tables: readonly Table[], rules: readonly BoundRule[], options: CheckOptions = {}): CheckResult {
  const ctx = new CheckContext(tables);
  const scratch = new Scratch();
  const findings: Finding[] = [];
  const statuses: RuleStatus[] = [];
  for (const bound of rules) {
    const compiled = compileRule(bound, ctx);
    const run = runCompiled(compiled, ctx, scratch, options.fastPath ?? true);
    // a loop, not push(...): one rule over a huge table can yield more findings than the stack holds
    for (const f of findingsOf(compiled, run)) findings.push(f);
    statuses.push(statusOf(compiled, run));
  }
  return { findings, statuses };
}

/** Evaluate every instance of a compiled rule; an unexpected exception marks the run as an error. */
export function runCompiled(c: CompiledRule, ctx: CheckContext, scratch: Scratch, fast: boolean): PlanRun | 'error' | null {
  if (!c.plan) return null;
  const run: PlanRun = { outcomes: new Map(), fail: 0, unsure: 0 };
  const record = (i: number, o: Outcome) => {
    run.outcomes.set(i, o);
    if (o.verdict === 'fail') run.fail++;
    else if (o.verdict === 'unsure') run.unsure++;
  };
  try {
    const hot = fast && c.plan.constScaled !== null ? c.plan.hotColumns?.() : null;
    const tree = fast && !hot && c.plan.constScaled === 0 && !c.plan.hasConst ? c.plan.hotTree?.() : null;
    if (hot) {
      runHotLoop(c.plan, hot, ctx, scratch, record);
    } else if (tree) {
      // instances come out column by column; the map is re-ordered below so findings keep instance order
      runHotTree(c.plan, tree, ctx, scratch, record);
      sortOutcomes(run);
    } else {
      for (let i = 0; i < c.plan.instanceCount; i++) {
        const o = evaluateInstance(c.plan, i, ctx, scratch, fast);
        if (o.verdict !== 'pass') record(i, o);
      }
    }
  } catch {
    return 'error';
  }
  return run;
}

function sortOutcomes(run: PlanRun): void {
  if (run.outcomes.size < 2) return;
  const sorted = [...run.outcomes].sort((a, b) => a[0] - b[0]);
  run.outcomes.clear();
  for (const [i, o] of sorted) run.outcomes.set(i, o);
}

export function findingsOf(c: CompiledRule, run: PlanRun | 'error' | null): Finding[] {
  if (c.finding) return [c.finding];
  if (run === 'error') return [errorFinding(c)];
  if (!run) return [];
  const out: Finding[] = [];
  for (const o of run.outcomes.values()) if (o.finding) out.push(o.finding);
  return out;
}

export function statusOf(c: CompiledRule, run: PlanRun | 'error' | null): RuleStatus {
  const base = { ruleId: c.bound.def.id, tableId: c.bound.tableId };
  if (!c.plan || !run) return { ...base, status: c.status, checked: 0 };
  if (run === 'error') return { ...base, status: 'execution_error', checked: 0 };
  const checked = c.plan.instanceCount - run.unsure;
  const status: RuleStatusKind = run.fail > 0 ? 'fail' : checked > 0 ? 'pass'
    : run.unsure > 0 ? 'insufficient_data' : 'not_applicable';
  return { ...base, status, checked };
}

export function errorFinding(c: CompiledRule): Finding {
  return {
    ruleId: c.bound.def.id, code: 'execution_error', severity: 'warning', table: c.bound.tableId, location: null,
    cells: [], formula: c.bound.def.expr, operands: [], expected: '', actual: '', difference: '', tolerance: '',
  };
}
