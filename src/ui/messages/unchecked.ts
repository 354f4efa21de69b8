// Wording for the 未能核对 list (src/checks/unchecked.ts): what could not be checked and why, one sentence each.
import type { Unchecked } from '../../checks/unchecked.ts';
import { TABLE_KIND_NAMES, type TableKind } from '../../engine/table.ts';
import { type Lang } from './registry.ts';
import { isMessageKey, msg } from '../../messages/index.ts';
import { tableWords } from './engine.ts';
import { ruleName } from './rule-name.ts';
import { describeKindUnchecked } from './budget-narrative.ts';

const cause = (code: string, lang: Lang) => {
  const key = `unchecked.cause.${code}`;
  return isMessageKey(key) ? msg(lang, key) : code;
};

/** "T03 支出决算表" or the table id when the kind is not known. */
export function uncheckedWhere(u: Unchecked, lang: Lang): string {
  if (u.kind === 'document') return msg(lang, 'unchecked.document');
  if (u.kind === 'unknown') return tableWords(u.table, lang);
  return `${u.kind} ${TABLE_KIND_NAMES[u.kind as TableKind] ?? ''}`.trim();
}

function rules(u: Unchecked, lang: Lang): string {
  const ids = String(u.params?.['rules'] ?? '').split(',').filter(Boolean);
  if (ids.length === 0) return '';
  // rules by their one-line names, never their ids
  const shown = ids.slice(0, 4).map((ruleId) => ruleName({ ruleId, code: '', formula: '' }, lang)).join(msg(lang, 'common.listSep'));
  const more = ids.length > 4 ? msg(lang, 'unchecked.more', { total: ids.length }) : '';
  return msg(lang, 'unchecked.rules', { shown, more });
}

export function describeUnchecked(u: Unchecked, lang: Lang): string {
  const p = (k: string) => String(u.params?.[k] ?? '');
  switch (u.reason) {
    case 'no_tables': return msg(lang, 'unchecked.reason.no_tables');
    case 'no_narrative': return msg(lang, 'unchecked.reason.no_narrative');
    case 'unrecognised_table': return msg(lang, p('title') ? 'unchecked.reason.unrecognised_table' : 'unchecked.reason.unrecognised_table_untitled', { title: p('title') });
    case 'no_data': return msg(lang, 'unchecked.reason.no_data');
    case 'scrambled_columns': return msg(lang, 'unchecked.reason.scrambled_columns');
    case 'amounts_unplaced': return msg(lang, 'unchecked.reason.amounts_unplaced', { count: p('count') });
    case 'duplicate_table': return msg(lang, 'unchecked.reason.duplicate_table', { of: p('of') });
    case 'rule_not_applicable': return msg(lang, 'unchecked.reason.rule_not_applicable', { cause: cause(p('cause'), lang), count: p('count'), rules: rules(u, lang) });
    case 'insufficient_data': return msg(lang, 'unchecked.reason.insufficient_data', { count: p('count'), rules: rules(u, lang) });
    case 'placement_cap': return msg(lang, 'unchecked.reason.placement_cap', { count: p('count'), rules: rules(u, lang) });
    case 'rule_failed': return msg(lang, 'unchecked.reason.rule_failed', { count: p('count'), rules: rules(u, lang) });
    case 'kind_ambiguous':
    case 'kind_conflict': return describeKindUnchecked(u, lang)!;
  }
}
