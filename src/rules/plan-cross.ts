// Cross-table selection: a rule of rules/cross.json (or cross-budget.json) applies when every table it names is present
// and has a layout its `when` accepts; `forEach` rules become one instance per class/code.
import { isBudgetKind, type Table, type TableKind } from '../engine/table.ts';
import { forEachInstances, instantiate } from './expand.ts';
import { CROSS_PACKS } from './packs.ts';
import { CROSS_BUDGET_PACK } from './packs-budget-coded.ts';
import { ruleOptions, SUPPORTED_PROPOSALS } from './plan-tables.ts';
import type { ApplyReason, Pack, PackRule, RuleApplication } from './types.ts';

const TABLE_PREFIX = /\b(T(?:0[1-9]|10)|B(?:0[1-9]|1[0-4]))\./g;

/** Table kinds a cross rule reads (its home first). */
export function kindsOf(rule: PackRule): TableKind[] {
  const kinds = new Set<TableKind>(rule.home ? [rule.home] : []);
  for (const m of rule.expr.matchAll(TABLE_PREFIX)) kinds.add(m[1] as TableKind);
  return [...kinds];
}

function makeApp(pack: Pack, rule: PackRule, tableId: string, applies: boolean, reason: ApplyReason, expr = rule.expr, ruleId = rule.id): RuleApplication {
  return {
    packId: pack.id, ruleId, baseId: rule.id, tableId, applies, reason, expr,
    severity: rule.severity, note: rule.note, source: rule.source, origin: 'pack', ...ruleOptions(rule),
  };
}

/** `layouts`: the effective layout of each table (table.layout or the fitted variant's). */
export function planCross(tables: readonly Table[], layouts: ReadonlyMap<string, string | null>): RuleApplication[] {
  const budget = tables.some((t) => isBudgetKind(t.kind));
  // the 部门预算 pack is for documents with budget tables only (a 决算 report never lists its rules as unchecked)
  return CROSS_PACKS.filter((p) => p !== CROSS_BUDGET_PACK || budget).flatMap((pack) => planCrossPack(pack, tables, layouts));
}

function planCrossPack(pack: Pack, tables: readonly Table[], layouts: ReadonlyMap<string, string | null>): RuleApplication[] {
  const first = (k: TableKind) => tables.find((t) => t.kind === k);
  const make = (rule: PackRule, tableId: string, applies: boolean, reason: ApplyReason, expr?: string, ruleId?: string) =>
    makeApp(pack, rule, tableId, applies, reason, expr, ruleId);
  return pack.rules.flatMap((rule) => {
    const kinds = kindsOf(rule);
    const home = first(rule.home ?? kinds[0]!);
    const homeId = home?.id ?? 'document';
    if (kinds.some((k) => !first(k))) return [make(rule, homeId, false, 'table_missing')];
    if (rule.unless?.some((k) => first(k))) return [make(rule, homeId, false, 'variant_not_used')];
    // an empty budget table that prints no row at all (not even 合计) has nothing to compare: unchecked, not unknown_row
    if (kinds.some((k) => isBudgetKind(k) && first(k)!.rows.length === 0)) return [make(rule, homeId, false, 'no_instances')];
    for (const [kind, accepted] of Object.entries(rule.when ?? {})) {
      const layout = layouts.get(first(kind as TableKind)!.id) ?? null;
      if (layout === null) return [make(rule, homeId, false, 'layout_unrecognised')];
      if (!accepted!.includes(layout)) return [make(rule, homeId, false, 'variant_not_used')];
    }
    if (rule.needs && !SUPPORTED_PROPOSALS.has(rule.needs)) return [make(rule, homeId, false, 'grammar_pending')];
    if (!rule.forEach) return [make(rule, homeId, true, 'cross_tables_present')];
    const source = first('classesOf' in rule.forEach ? rule.forEach.classesOf : rule.forEach.codesOf);
    const instances = source ? forEachInstances(source, rule.forEach) : [];
    if (instances.length === 0) return [make(rule, homeId, false, 'no_instances')];
    return instances.map((inst) =>
      make(rule, homeId, true, 'cross_tables_present', instantiate(rule.expr, inst), `${rule.id}.${inst.code}`));
  });
}
