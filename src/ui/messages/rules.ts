// Wording for the rule packs' own finding codes (special checks, printed formulas) and for the reasons
// a pack rule does or does not apply (the “which rules apply and why” panel).
import type { Finding } from '../../engine/finding.ts';
import type { ApplyReason } from '../../rules/types.ts';
import { TABLE_KIND_NAMES } from '../../engine/table.ts';
import { defineMessages, type Lang } from './registry.ts';
import { msg } from '../../messages/index.ts';

const p = (f: Finding, key: string): string => String(f.params?.[key] ?? '');
const where = (f: Finding) => (f.location?.code ? `${f.location.code} ` : '') + (f.location?.label ?? '');

/** Codes named in a sentence: a table of generated or unknown codes can list tens of thousands (the finding's
 *  params keep them all, and the sentence gives their count); one sentence names the first few. */
const CODES_NAMED = 20;
const someCodes = (f: Finding): string => {
  const all = p(f, 'codes');
  let at = -1;
  for (let n = 0; n < CODES_NAMED; n++) {
    at = all.indexOf('、', at + 1);
    if (at < 0) return all;
  }
  return `${all.slice(0, at)}、…`;
};

const kindName = (k: string) => (TABLE_KIND_NAMES as Readonly<Record<string, string>>)[k] ?? k;

export default defineMessages({
  findings: {
    printed_formula_differs: (f, lang) => msg(lang, 'rules.printed_formula_differs', { printed: p(f, 'printed'), packExpr: p(f, 'packExpr') }),
    required_table_missing: (f, lang) => msg(lang, 'rules.required_table_missing', { kindName: kindName(p(f, 'kind')), kind: p(f, 'kind') }),
    empty_table_statement_missing: (f, lang) => msg(lang, 'rules.empty_table_statement_missing', { kindName: kindName(p(f, 'kind')), kind: p(f, 'kind') }),
    empty_statement_contradicted: (f, lang) => p(f, 'against') === f.table
      ? msg(lang, 'rules.empty_statement_contradicted', { kindName: kindName(p(f, 'kind')), kind: p(f, 'kind') })
      : msg(lang, 'rules.empty_statement_contradicted_by_t04', { kindName: kindName(p(f, 'kind')), colNo: p(f, 'colNo'), kind: p(f, 'kind') }),
    total_row_empty: (f, lang) => (p(f, 'unconfirmed') ? msg(lang, 'rules.total_row_empty_unconfirmed', { label: p(f, 'label'), parts: p(f, 'parts') }) : msg(lang, 'rules.total_row_empty', { label: p(f, 'label'), parts: p(f, 'parts') })),
    subject_name_mismatch: (f, lang) => msg(lang, 'rules.subject_name_mismatch', { code: p(f, 'code'), printed: p(f, 'printed'), expected: p(f, 'expected') }),
    subject_name_outdated: (f, lang) => msg(lang, 'rules.subject_name_outdated', { code: p(f, 'code'), printed: p(f, 'printed'), year: p(f, 'year'), expected: p(f, 'expected') }),
    subject_code_not_in_year: (f, lang) => (p(f, 'since') ? msg(lang, 'rules.subject_code_not_in_year_since', { code: p(f, 'code'), printed: p(f, 'printed'), year: p(f, 'year'), since: p(f, 'since') }) : msg(lang, 'rules.subject_code_not_in_year_until', { code: p(f, 'code'), printed: p(f, 'printed'), year: p(f, 'year'), until: p(f, 'until') })),
    subject_code_unlisted: (f, lang) => (p(f, 'year') ? msg(lang, 'rules.subject_code_unlisted', { count: p(f, 'count'), codes: someCodes(f), year: p(f, 'year') }) : msg(lang, 'rules.subject_code_unlisted_no_year', { count: p(f, 'count'), codes: someCodes(f) })),
    subject_name_inconsistent: (f, lang) => msg(lang, 'rules.subject_name_inconsistent', { code: p(f, 'code'), printed: p(f, 'printed'), otherTable: p(f, 'otherTable'), expected: p(f, 'expected') }),
    code_format_invalid: (f, lang) => msg(lang, 'rules.code_format_invalid', { code: p(f, 'code'), lengths: p(f, 'lengths') }),
    code_duplicated: (f, lang) => msg(lang, 'rules.code_duplicated', { code: p(f, 'code') }),
    parent_code_missing: (f, lang) => msg(lang, 'rules.parent_code_missing', { code: p(f, 'code'), parent: p(f, 'parent') }),
    sangong_count_missing: (f, lang) => msg(lang, 'rules.sangong_count_missing', { cost: p(f, 'cost'), value: f.operands[1]?.value ?? '', where: where(f) }),
    sangong_cost_missing: (f, lang) => msg(lang, 'rules.sangong_cost_missing', { where: where(f), count: p(f, 'count'), value: f.operands[1]?.value ?? '' }),
    carryover_label_mismatch: (f, lang) => p(f, 'side') === 'expenditure'
      ? msg(lang, 'rules.carryover_label_expenditure', { where: where(f) })
      : msg(lang, 'rules.carryover_label_income', { where: where(f) }),
  },
});

export function describeApplyReason(reason: ApplyReason, lang: Lang): string {
  return msg(lang, `rules.reason.${reason}`);
}
