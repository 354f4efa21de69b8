// Rule packs for 部门决算 tables: which rules apply to a parsed document (selectRules, for the checker)
// and why each rule applies or not (listPacks, for the UI's “which rules apply and why” panel).
import type { BoundRule, RuleStatus } from '../engine/check/types.ts';
import type { ParsedDocument } from '../engine/document.ts';
import type { Finding } from '../engine/finding.ts';
import { CROSS_PACKS, TABLE_PACKS } from './packs.ts';
import { planDocument } from './plan.ts';
import { SPECIAL_CHECKS } from './special/index.ts';
import type { ApplyReason, Pack, RuleApplication } from './types.ts';

export type { ApplyReason, Pack, PackRule, RuleApplication } from './types.ts';
export { SPECIAL_CHECKS } from './special/index.ts';
export { CROSS_PACK, TABLE_PACKS } from './packs.ts';

export interface RuleSelection {
  readonly rules: BoundRule[];
  /** `not_applicable` for every pack rule that could not be applied (never reported as passed) */
  readonly statuses: RuleStatus[];
  /** findings of the special checks and printed_formula_differs */
  readonly findings: Finding[];
}

export function selectRules(doc: ParsedDocument): RuleSelection {
  const plan = planDocument(doc);
  const rules: BoundRule[] = [];
  const statuses: RuleStatus[] = [];
  for (const a of plan.applications) {
    if (a.applies) {
      const options = { ...(a.exact ? { exact: true } : {}), ...(a.duplicateChild ? { duplicateChild: a.duplicateChild } : {}) };
      rules.push({ tableId: a.tableId, def: { id: a.ruleId, expr: a.expr, severity: a.severity, note: a.note, source: a.source, origin: a.origin, ...options } });
    } else if (a.reason !== 'variant_not_used') {
      statuses.push({ ruleId: a.ruleId, tableId: a.tableId, status: 'not_applicable', checked: 0, reason: a.reason });
    }
  }
  return { rules, statuses, findings: [...plan.findings] };
}

export interface RuleUse {
  readonly tableId: string;
  readonly applies: boolean;
  readonly reason: ApplyReason;
  /** instance id (forEach instances end in `.code`) */
  readonly ruleId: string;
  /** the expression as handed to the engine */
  readonly expr: string;
  readonly confirmedBy?: string;
}

export interface RuleListing {
  readonly id: string;
  readonly expr: string;
  readonly severity: string;
  readonly note: string;
  readonly source: string;
  /** per table of the document (empty without a document) */
  readonly uses: readonly RuleUse[];
}

export interface PackListing {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly layouts: readonly string[] | null;
  readonly rules: readonly RuleListing[];
}

function useOf(a: RuleApplication): RuleUse {
  return { tableId: a.tableId, applies: a.applies, reason: a.reason, ruleId: a.ruleId, expr: a.expr, ...(a.confirmedBy ? { confirmedBy: a.confirmedBy } : {}) };
}

function listPack(p: Pack, apps: readonly RuleApplication[]): PackListing {
  return {
    id: p.id, title: p.title, kind: p.appliesTo.kind, layouts: p.appliesTo.layouts ?? null,
    rules: p.rules.map((r) => ({
      id: r.id, expr: r.expr, severity: r.severity, note: r.note, source: r.source,
      uses: apps.filter((a) => a.packId === p.id && a.baseId === r.id).map(useOf),
    })),
  };
}

/**
 * Every pack with its rules; given a document, each rule lists the tables it was considered for,
 * whether it applies and why. Printed formulas appear as a pseudo-pack "printed", special checks as "special".
 */
export function listPacks(doc?: ParsedDocument): PackListing[] {
  const apps = doc ? planDocument(doc).applications : [];
  const packs = [...TABLE_PACKS, ...CROSS_PACKS].map((p) => listPack(p, apps));
  const printed = apps.filter((a) => a.origin === 'printed');
  packs.push({
    id: 'printed', title: '表下印制的公式', kind: 'printed', layouts: null,
    rules: printed.map((a) => ({ id: a.ruleId, expr: a.expr, severity: a.severity, note: a.note, source: a.source, uses: [useOf(a)] })),
  });
  packs.push({
    id: 'special', title: '无法用公式表达的检查', kind: 'special', layouts: null,
    rules: SPECIAL_CHECKS.map((c) => ({ id: c.id, expr: '', severity: c.severity, note: c.note, source: c.source, uses: [] })),
  });
  return packs;
}
