// The whole-document plan: every table's packs and printed formulas, the cross-table rules, and the
// special checks. selectRules and listPacks are two views of it.
import type { Finding } from '../engine/finding.ts';
import type { ParsedDocument } from '../engine/document.ts';
import { planCross } from './plan-cross.ts';
import { planPrinted, planTable } from './plan-tables.ts';
import { runSpecialChecks } from './special/index.ts';
import type { RuleApplication } from './types.ts';

export interface DocumentPlan {
  readonly applications: readonly RuleApplication[];
  /** effective layout per table id (the applied variant's), null when no variant fits */
  readonly layouts: ReadonlyMap<string, string | null>;
  readonly findings: readonly Finding[];
}

export function planDocument(doc: ParsedDocument): DocumentPlan {
  const applications: RuleApplication[] = [];
  const findings: Finding[] = [];
  const layouts = new Map<string, string | null>();
  for (const table of doc.tables) {
    const plan = planTable(table);
    layouts.set(table.id, plan.layout);
    const printed = planPrinted(table, plan.applications);
    applications.push(...plan.applications, ...printed.applications);
    findings.push(...printed.findings);
  }
  applications.push(...planCross(doc.tables, layouts));
  findings.push(...runSpecialChecks(doc));
  return { applications, layouts, findings };
}
