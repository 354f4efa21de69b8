// Wording for the 未能核对 list (src/checks/unchecked.ts): what could not be checked and why, one sentence each.
import type { Unchecked } from '../../checks/unchecked.ts';
import { TABLE_KIND_NAMES, type TableKind } from '../../engine/table.ts';
import { t, type Lang } from './registry.ts';
import { describeKindUnchecked } from './budget-narrative.ts';

const CAUSE_ZH: Readonly<Record<string, string>> = {
  layout_unrecognised: '表格格式未识别', requires_missing: '表中缺少规则所需的行或栏', table_missing: '所需的另一张表不存在',
  no_instances: '表中没有可适用的行', grammar_pending: '规则所需的记法尚未支持', unknown_column: '规则引用的栏不存在',
  unknown_row: '规则引用的行不存在', unknown_table: '规则引用的表不存在', not_applicable: '不适用于此表格式',
  layout_mismatch: '表格格式与规则不符',
};

/** "T03 支出决算表" or the table id when the kind is not known. */
export function uncheckedWhere(u: Unchecked, lang: Lang): string {
  if (u.kind === 'document') return t(lang, '全文', 'document');
  if (u.kind === 'unknown') return u.table;
  return `${u.kind} ${lang === 'zh' ? TABLE_KIND_NAMES[u.kind as TableKind] ?? '' : ''}`.trim();
}

function rules(u: Unchecked, lang: Lang): string {
  const ids = String(u.params?.['rules'] ?? '').split(',').filter(Boolean);
  if (ids.length === 0) return '';
  const shown = ids.slice(0, 4).join('、');
  const more = ids.length > 4 ? t(lang, ` 等 ${ids.length} 条`, ` and ${ids.length - 4} more`) : '';
  return t(lang, `（规则 ${shown}${more}）`, ` (rules ${shown}${more})`);
}

export function describeUnchecked(u: Unchecked, lang: Lang): string {
  const p = (k: string) => String(u.params?.[k] ?? '');
  switch (u.reason) {
    case 'no_tables': return t(lang, '未识别出任何表格：只核对了情况说明的内部一致性，未与表格核对', 'no table recognised: the narrative was not checked against tables');
    case 'no_narrative': return t(lang, '没有情况说明：文字部分未核对', 'no narrative: the text checks did not run');
    case 'unrecognised_table': return t(lang, `表格${p('title') ? `「${p('title')}」` : ''}的类型未能识别：只核对了科目层级和表下印出的公式`, `table ${p('title')} not recognised: only the hierarchy and printed formulas were checked`);
    case 'no_data': return t(lang, '表中没有任何数值，未核对', 'no numbers in the table: not checked');
    case 'scrambled_columns': return t(lang, '多数行的栏间关系不成立，数值的栏位置可能错乱（列被打乱或错位）：本表的勾稽结果只作提示，未作为错误', 'most rows fail their column identities: columns appear scrambled, so failures are warnings only');
    case 'duplicate_table': return t(lang, `本表与 ${p('of')} 为同一种表（重复粘贴？）：跨表核对只使用第一张`, `same kind as ${p('of')} (pasted twice?): cross-table rules use the first one`);
    case 'rule_not_applicable': return t(lang, `${CAUSE_ZH[p('cause')] ?? p('cause')}，${p('count')} 条规则未核对${rules(u, lang)}`, `${p('cause')}: ${p('count')} rules not checked${rules(u, lang)}`);
    case 'insufficient_data': return t(lang, `数值的栏位置不确定或缺少数值，${p('count')} 条规则未能得出结论${rules(u, lang)}`, `columns uncertain or values missing: ${p('count')} rules reached no verdict${rules(u, lang)}`);
    case 'placement_cap': return t(lang, `列位置不确定的行可能的排列过多，超出枚举上限，${p('count')} 处未核对${rules(u, lang)}`, `too many placements of ambiguous rows: ${p('count')} checks skipped${rules(u, lang)}`);
    case 'rule_failed': return t(lang, `${p('count')} 条规则无法解析或执行${rules(u, lang)}`, `${p('count')} rules could not be parsed or run${rules(u, lang)}`);
    case 'kind_ambiguous':
    case 'kind_conflict': return describeKindUnchecked(u, lang)!;
  }
}
