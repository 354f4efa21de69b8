// Wording for the rule packs' own finding codes (special checks, printed formulas) and for the reasons
// a pack rule does or does not apply (the “which rules apply and why” panel).
import type { Finding } from '../../engine/finding.ts';
import type { ApplyReason } from '../../rules/types.ts';
import { defineMessages, t, type Lang } from './registry.ts';

const p = (f: Finding, key: string): string => String(f.params?.[key] ?? '');
const where = (f: Finding) => (f.location?.code ? `${f.location.code} ` : '') + (f.location?.label ?? '');

const KIND_NAMES: Record<string, string> = {
  T01: '收入支出决算总表', T02: '收入决算表', T03: '支出决算表', T04: '财政拨款收入支出决算总表',
  T05: '一般公共预算财政拨款支出决算表', T06: '一般公共预算财政拨款基本支出决算表',
  T07: '政府性基金预算财政拨款收入支出决算表', T08: '国有资本经营预算财政拨款支出决算表', T09: '“三公”经费支出决算表',
};
const kindName = (k: string) => KIND_NAMES[k] ?? k;

export default defineMessages({
  findings: {
    printed_formula_differs: (f, lang) => t(lang,
      `表下印制的公式「${p(f, 'printed')}」与标准规则「${p(f, 'packExpr')}」不一致（两者均已核对）`,
      `the printed formula "${p(f, 'printed')}" differs from the standard rule "${p(f, 'packExpr')}" (both were checked)`),
    required_table_missing: (f, lang) => t(lang, `缺少${kindName(p(f, 'kind'))}（无数据的表也须保留并注明）`,
      `the ${p(f, 'kind')} table is missing (empty tables must stay, with a statement)`),
    empty_table_statement_missing: (f, lang) => t(lang, `${kindName(p(f, 'kind'))}没有数据，但表下未注明“本表无数据”及原因`,
      `the ${p(f, 'kind')} table is empty but carries no "本表无数据" statement`),
    empty_statement_contradicted: (f, lang) => p(f, 'against') === f.table
      ? t(lang, `${kindName(p(f, 'kind'))}注明“无数据”，但表中有数据`, `the ${p(f, 'kind')} table says it has no data but has data`)
      : t(lang, `${kindName(p(f, 'kind'))}注明“无数据”，但财政拨款收入支出决算总表第 ${p(f, 'colNo')} 栏本年支出不为零`,
        `the ${p(f, 'kind')} table says it has no data, but T04 column ${p(f, 'colNo')} shows spending`),
    total_row_empty: (f, lang) => t(lang,
      `「${p(f, 'label')}」行的金额栏为空，但其下 ${p(f, 'parts')} 行有数：合计数漏填${p(f, 'unconfirmed') ? '（部分数字的列位为推断，请核实）' : ''}`,
      `the row "${p(f, 'label')}" has empty amounts while ${p(f, 'parts')} row(s) under it have amounts${p(f, 'unconfirmed') ? ' (column placement inferred; unconfirmed)' : ''}`),
    subject_name_mismatch: (f, lang) => t(lang, `科目 ${p(f, 'code')} 名称为「${p(f, 'printed')}」，应为「${p(f, 'expected')}」`,
      `subject ${p(f, 'code')} is named "${p(f, 'printed')}", expected "${p(f, 'expected')}"`),
    subject_name_outdated: (f, lang) => t(lang, `科目 ${p(f, 'code')} 使用旧名称「${p(f, 'printed')}」，${p(f, 'year')} 年度应为「${p(f, 'expected')}」`,
      `subject ${p(f, 'code')} uses the outdated name "${p(f, 'printed')}"; in ${p(f, 'year')} it is "${p(f, 'expected')}"`),
    subject_code_not_in_year: (f, lang) => t(lang,
      `科目 ${p(f, 'code')}「${p(f, 'printed')}」不在 ${p(f, 'year')} 年度的科目中（${p(f, 'since') ? `自 ${p(f, 'since')} 年起设立` : `${p(f, 'until')} 年后已调整`}），名称未核对，请核实`,
      `subject ${p(f, 'code')} "${p(f, 'printed')}" is not in the ${p(f, 'year')} classification (${p(f, 'since') ? `from ${p(f, 'since')}` : `until ${p(f, 'until')}`}); name not checked`),
    subject_code_unlisted: (f, lang) => t(lang,
      `科目字典未收录 ${p(f, 'count')} 个编码（${p(f, 'codes')}），其名称未能对照${p(f, 'year') ? ` ${p(f, 'year')} 年度` : ''}科目核对`,
      `${p(f, 'count')} code(s) not in the dictionary (${p(f, 'codes')}): their names were not checked`),
    subject_name_inconsistent: (f, lang) => t(lang, `科目 ${p(f, 'code')} 在本表名为「${p(f, 'printed')}」，在 ${p(f, 'otherTable')} 中为「${p(f, 'expected')}」`,
      `subject ${p(f, 'code')} is "${p(f, 'printed')}" here but "${p(f, 'expected')}" in ${p(f, 'otherTable')}`),
    code_format_invalid: (f, lang) => t(lang, `科目编码 ${p(f, 'code')} 位数不对（应为 ${p(f, 'lengths')} 位）`,
      `code ${p(f, 'code')} has the wrong length (expected ${p(f, 'lengths')} digits)`),
    code_duplicated: (f, lang) => t(lang, `科目编码 ${p(f, 'code')} 在同一表中重复出现`, `code ${p(f, 'code')} appears twice in the table`),
    parent_code_missing: (f, lang) => t(lang, `科目 ${p(f, 'code')} 的上级科目 ${p(f, 'parent')} 未在表中列出：上级科目行缺失（漏列或粘贴时丢失），其下级之和未能与之核对`,
      `the parent ${p(f, 'parent')} of ${p(f, 'code')} is not listed: its children's sum could not be checked against it`),
    sangong_count_missing: (f, lang) => t(lang, `“三公”表中有${p(f, 'cost')}（${f.operands[1]?.value ?? ''} 万元），但「${where(f)}」为 0，请核实说明`,
      `the 三公 table shows ${p(f, 'cost')} (${f.operands[1]?.value ?? ''}) but "${where(f)}" is 0; please explain`),
    sangong_cost_missing: (f, lang) => t(lang, `“三公”表中「${where(f)}」为 0，但${p(f, 'count')}为 ${f.operands[1]?.value ?? ''}，请核实说明`,
      `the 三公 table shows "${where(f)}" as 0 but ${p(f, 'count')} is ${f.operands[1]?.value ?? ''}; please explain`),
    carryover_label_mismatch: (f, lang) => p(f, 'side') === 'expenditure'
      ? t(lang, `支出方的「${where(f)}」应为“年末财政拨款结转和结余”`, `the expenditure side's "${where(f)}" should read 年末…`)
      : t(lang, `收入方的「${where(f)}」应为“年初财政拨款结转和结余”`, `the income side's "${where(f)}" should read 年初…`),
  },
});

const REASONS: Record<ApplyReason, [string, string]> = {
  kind_matched: ['适用于该种类的所有版式', 'applies to every layout of the kind'],
  layout_matched: ['表格版式与本规则包一致', 'the table layout is this pack\'s'],
  layout_fitted: ['未识别版式，但表中具备本规则包所需的行和栏', 'layout not recognised, but the table has every row and column the pack needs'],
  printed_formula: ['表下印制的公式', 'formula printed under the table'],
  printed_confirms: ['与表下印制的公式一致', 'restated by the formula printed under the table'],
  cross_tables_present: ['所涉各表均已识别', 'every table the rule names is present'],
  layout_unrecognised: ['表格版式未能识别，本规则未核对', 'layout not recognised: not checked'],
  requires_missing: ['表中缺少本规则所需的行或栏，未核对', 'the table lacks a row or column the rule needs: not checked'],
  table_missing: ['所涉的表未出现在文档中，未核对', 'a table the rule names is absent: not checked'],
  no_instances: ['表中没有可核对的科目或行', 'nothing in the table to check'],
  grammar_pending: ['需要尚未实现的规则写法（见 rules/README.md），暂未核对', 'needs a proposed notation the engine does not read yet: not checked'],
  variant_not_used: ['该表采用另一版式的规则', 'another layout variant applies'],
};

export function describeApplyReason(reason: ApplyReason, lang: Lang): string {
  const [zh, en] = REASONS[reason];
  return t(lang, zh, en);
}
