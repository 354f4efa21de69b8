// The workbench's full check of a freshly opened workbook, as plain data: what Workbench.load computes on the
// page (a CheckSession's rule findings, statuses and rule list, the document-level findings, and the root
// causes), computed here once — in the parse worker, or on the page when no worker could start. Everything in
// it survives structured cloning, so it crosses from the worker as is.
import type { ParsedDocument } from '../../engine/document.ts';
import type { Finding } from '../../engine/finding.ts';
import type { BoundRule, RuleStatus } from '../../engine/index.ts';
import { calibrate } from '../../checks/unchecked.ts';
import { findProblems } from '../../checks/problems/index.ts';
import { CheckSession, documentLevelFindings } from './check-session.ts';
import type { ProblemSnapshot } from './problems-view.ts';
import type { RuleUseInfo } from './rule-rows.ts';

export interface FullCheck {
  /** the rule ids that were switched off when it was computed (it is valid only for the same switches) */
  readonly disabled: readonly string[];
  readonly ruleFindings: readonly Finding[];
  readonly docFindings: readonly Finding[];
  readonly statuses: readonly RuleStatus[];
  readonly ruleList: readonly BoundRule[];
  readonly ruleUses: readonly RuleUseInfo[];
  readonly problemSnapshot: ProblemSnapshot;
}

/** The full check of a workbook without custom rules, with the given rules switched off. */
export function fullCheck(doc: ParsedDocument, disabled: readonly string[]): FullCheck {
  const off = new Set(disabled);
  const session = new CheckSession(doc, [], off);
  const ruleFindings = session.findings();
  const docFindings = documentLevelFindings(doc, off);
  const { findings } = calibrate(doc, [...ruleFindings, ...docFindings], session.statuses);
  const rules = session.allRules.filter((r) => !off.has(r.def.id));
  return {
    disabled: [...disabled],
    ruleFindings,
    docFindings,
    statuses: session.statuses,
    ruleList: session.allRules,
    ruleUses: session.uses,
    problemSnapshot: { findings, result: findProblems(findings, doc.tables, rules) },
  };
}

/** Whether a check computed with `check.disabled` switched off stands for a workbook with `disabled` off. */
export function checkApplies(check: FullCheck, disabled: ReadonlySet<string>): boolean {
  return check.disabled.length === disabled.size && check.disabled.every((id) => disabled.has(id));
}
