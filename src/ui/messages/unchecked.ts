// Wording for the 未能核对 list (src/checks/unchecked.ts): what could not be checked and why, one sentence each.
import type { Unchecked } from '../../checks/unchecked.ts';
import { TABLE_KIND_NAMES, type TableKind } from '../../engine/table.ts';
import { type Lang } from './registry.ts';
import { msg } from '../../messages/index.ts';
import { describeKindUnchecked } from './budget-narrative.ts';

const CAUSE_ZH: Readonly<Record<string, string>> = {
  layout_unrecognised: '表格格式未识别', requires_missing: '表中缺少规则所需的行或栏', table_missing: '所需的另一张表不存在',
  no_instances: '表中没有可适用的行', grammar_pending: '规则所需的记法尚未支持', unknown_column: '规则引用的栏不存在',
  unknown_row: '规则引用的行不存在', unknown_table: '规则引用的表不存在', not_applicable: '不适用于此表格式',
  layout_mismatch: '表格格式与规则不符',
};

/** "T03 支出决算表" or the table id when the kind is not known. */
export function uncheckedWhere(u: Unchecked, lang: Lang): string {
  if (u.kind === 'document') return msg(lang, 'unchecked.uncheckedWhere');
  if (u.kind === 'unknown') return u.table;
  return `${u.kind} ${TABLE_KIND_NAMES[u.kind as TableKind] ?? ''}`.trim();
}

function rules(u: Unchecked, lang: Lang): string {
  const ids = String(u.params?.['rules'] ?? '').split(',').filter(Boolean);
  if (ids.length === 0) return '';
  const shown = ids.slice(0, 4).join('、');
  const more = ids.length > 4 ? msg(lang, 'unchecked.more', { length: ids.length, length2: ids.length - 4 }) : '';
  return msg(lang, 'unchecked.rules', { shown, more });
}

export function describeUnchecked(u: Unchecked, lang: Lang): string {
  const p = (k: string) => String(u.params?.[k] ?? '');
  switch (u.reason) {
    case 'no_tables': return msg(lang, 'unchecked.describeUnchecked');
    case 'no_narrative': return msg(lang, 'unchecked.describeUnchecked_no_narrative_the');
    case 'unrecognised_table': return (p('title') ? msg(lang, 'unchecked.describeUnchecked_table_not_recognised', { title: p('title') }) : msg(lang, 'unchecked.describeUnchecked_2', { title: p('title') }));
    case 'no_data': return msg(lang, 'unchecked.describeUnchecked_no_numbers_in');
    case 'scrambled_columns': return msg(lang, 'unchecked.describeUnchecked_most_rows_fail');
    case 'duplicate_table': return msg(lang, 'unchecked.describeUnchecked_same_kind_as', { of: p('of') });
    case 'rule_not_applicable': return msg(lang, 'unchecked.describeUnchecked_rules_not_checked', { CAUSE_ZH: CAUSE_ZH[p('cause')] ?? p('cause'), count: p('count'), rules: rules(u, lang), cause: p('cause') });
    case 'insufficient_data': return msg(lang, 'unchecked.describeUnchecked_columns_uncertain_or', { count: p('count'), rules: rules(u, lang) });
    case 'placement_cap': return msg(lang, 'unchecked.describeUnchecked_too_many_placements', { count: p('count'), rules: rules(u, lang) });
    case 'rule_failed': return msg(lang, 'unchecked.describeUnchecked_rules_could_not', { count: p('count'), rules: rules(u, lang) });
    case 'kind_ambiguous':
    case 'kind_conflict': return describeKindUnchecked(u, lang)!;
  }
}
