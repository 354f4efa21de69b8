// Checks a whole parsed document: narrative (情况说明) and 绩效 checks, and the rule packs chosen for its recognised tables (src/rules) and any extra rules
// (CLI `--rule`, rules typed in the UI, applied to every table) are evaluated together by the engine, so
// cross-table references resolve; the packs' own special-check findings and not-applicable statuses are kept.
// Rules listed in `disabled` are skipped. The result lists what could not be checked (未能核对, ./unchecked.ts).
import { checkRules, type BoundRule, type CheckResult, type Finding, type ParsedDocument, type RuleDef } from '../engine/index.ts';
import { withFindingPages } from '../engine/pages.ts';
import { selectRules } from '../rules/index.ts';
import { checkableDocument } from '../rules/plan.ts';
import { checkNarrative } from './narrative/index.ts';
import { checkPerformance } from './perf/index.ts';
import { calibrate, type Unchecked } from './unchecked.ts';

export type { Unchecked, UncheckedReason } from './unchecked.ts';
export { calibrate } from './unchecked.ts';

/** A checked document: findings (calibrated), rule statuses, and what could not be checked (未能核对). */
export interface DocumentCheckResult extends CheckResult {
  readonly unchecked: Unchecked[];
}

export interface CheckDocumentOptions {
  /** applied to every table of the document */
  readonly extraRules?: readonly RuleDef[];
  /** rule ids to skip */
  readonly disabled?: ReadonlySet<string>;
}

export function extraBindings(doc: ParsedDocument, rules: readonly RuleDef[]): BoundRule[] {
  return doc.tables.flatMap((t) => rules.map((def) => ({ def, tableId: t.id })));
}

/**
 * The findings that are not rule evaluation: the packs' special checks, the narrative and the 绩效 checks.
 * The workbench re-runs only these after an edit (its incremental checker does the rules).
 */
export function documentLevelFindings(doc: ParsedDocument, disabled?: ReadonlySet<string>, packs = selectRules(doc)): Finding[] {
  // the narrative is only compared with tables of the document's own kind (部门预算 vs 部门决算)
  const fit = checkableDocument(doc);
  const all = [...packs.findings, ...checkNarrative(fit), ...checkPerformance(fit)];
  return disabled ? all.filter((f) => !disabled.has(f.ruleId)) : all;
}

export function checkDocument(doc: ParsedDocument, opts: CheckDocumentOptions = {}): DocumentCheckResult {
  const disabled = opts.disabled;
  const enabled = (id: string) => !disabled?.has(id);
  const packs = selectRules(doc);
  const bound = [...packs.rules, ...extraBindings(doc, opts.extraRules ?? [])].filter((b) => enabled(b.def.id));
  const checked = checkRules(doc.tables, bound);
  const statuses = [...packs.statuses.filter((s) => enabled(s.ruleId)), ...checked.statuses];
  const { findings, unchecked } = calibrate(doc, [...documentLevelFindings(doc, disabled, packs), ...checked.findings], statuses);
  return { findings: withFindingPages(doc, findings), statuses, unchecked };
}
