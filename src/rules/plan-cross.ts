// Cross-table selection: a rule of a cross pack (rules/cross.json, rules/cross-budget-totals.json) applies when every table it names is present
// and has a layout its `when` accepts; `forEach` rules become one instance per class/code.
import { familyOfKind, type DocKindValue } from '../engine/doc-kind.ts';
import { isBudgetKind, type Table, type TableKind } from '../engine/table.ts';
import { forEachInstances, instantiate } from './expand.ts';
import { CROSS_PACKS } from './packs.ts';
import { ruleOptions, SUPPORTED_PROPOSALS } from './plan-tables.ts';
import type { ApplyReason, Pack, PackRule, RuleApplication } from './types.ts';

const TABLE_PREFIX = /\b(T(?:0[1-9]|10)|B(?:0[1-9]|1[0-4]))\./g;

/** Table kinds a cross rule reads (its home first). */
export function kindsOf(rule: PackRule): TableKind[] {
  const kinds = new Set<TableKind>(rule.home ? [rule.home] : []);
  for (const m of rule.expr.matchAll(TABLE_PREFIX)) kinds.add(m[1] as TableKind);
  return [...kinds];
}

function makeOne(pack: Pack, rule: PackRule, tableId: string, applies: boolean, reason: ApplyReason, expr = rule.expr, ruleId = rule.id): RuleApplication {
  return {
    packId: pack.id, ruleId, baseId: rule.id, tableId, applies, reason, expr,
    severity: rule.severity, note: rule.note, source: rule.source, origin: 'pack', ...ruleOptions(rule),
  };
}

/** A cross rule between tables of one family only concerns documents of that family (or of unknown kind). */
function ruleFitsKind(kinds: readonly TableKind[], docKind: DocKindValue): boolean {
  if (docKind === 'unknown' || docKind === 'ambiguous') return true;
  return kinds.every((k) => { const f = familyOfKind(k); return f === null || f === docKind; });
}

/**
 * `layouts`: the effective layout of each table (table.layout or the fitted variant's). A pack none of whose
 * tables is present (the 预算 pack on a 决算 document, and the other way round) is left out; a rule whose tables
 * belong to the other family than the document's kind is not planned.
 */
export function planCross(tables: readonly Table[], layouts: ReadonlyMap<string, string | null>, docKind: DocKindValue = 'unknown'): RuleApplication[] {
  const first = (k: TableKind) => tables.find((t) => t.kind === k);
  return CROSS_PACKS.flatMap((pack) => planPack(pack, first, layouts, docKind));
}

function planPack(
  pack: Pack, first: (k: TableKind) => Table | undefined, layouts: ReadonlyMap<string, string | null>, docKind: DocKindValue,
): RuleApplication[] {
  const make = (rule: PackRule, tableId: string, applies: boolean, reason: ApplyReason, expr?: string, ruleId?: string) =>
    makeOne(pack, rule, tableId, applies, reason, expr, ruleId);
  // a pack none of whose tables the document has is for another kind of document (决算 vs 预算): not listed
  if (!pack.rules.some((rule) => kindsOf(rule).some((k) => first(k)))) return [];
  return pack.rules.flatMap((rule) => {
    const kinds = kindsOf(rule);
    if (!ruleFitsKind(kinds, docKind)) return [];
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
