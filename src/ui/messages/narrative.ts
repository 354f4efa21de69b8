// Wording for the narrative (情况说明) finding codes of src/checks/narrative. The quoted sentence is in
// params.sentence; numbers come from expected/actual/difference/tolerance.
import type { Finding } from '../../engine/finding.ts';
import { defineMessages, t, type FindingWording, type Lang } from './registry.ts';
import { describeCell } from './engine.ts';

/** The table cell a narrative figure was compared with: "T09@434 公务接待费 2栏" (the id is named for people by
 *  humaniseIds, report-view.ts); '' when the finding names none. */
function tableCell(f: Finding, lang: Lang): string {
  const ref = f.operands[0]?.ref;
  if (!ref || ref.table === 'N' || ref.row < 0) return '';
  return `${ref.table} ${describeCell(ref, lang)}${ref.colNo != null ? t(lang, ` ${ref.colNo}栏`, ` col. ${ref.colNo}`) : ''}`;
}

const p = (f: Finding, key: string): string => String(f.params?.[key] ?? '');
const quote = (f: Finding) => {
  const s = p(f, 'sentence');
  return s.length > 60 ? `「${s.slice(0, 60)}…」` : `「${s}」`;
};
const RATE_KIND: Record<string, string> = { completion: '完成预算比例', share: '占比' };
const KIND: Record<string, string> = { T07: '政府性基金预算财政拨款', T08: '国有资本经营预算财政拨款' };

/** What a positional binding leaves unconfirmed (params.binding, src/checks/narrative/model.ts). */
const BINDING: Record<string, [string, string]> = {
  position: ['（该数字对应的指标或表格栏目系按位置推断，未能确认，请人工核实）',
    ' (which figure this number refers to was inferred from its position and could not be confirmed)'],
};

const withBinding = (fns: Record<string, FindingWording>): Record<string, FindingWording> => Object.fromEntries(
  Object.entries(fns).map(([code, fn]) => [code, (f: Finding, lang: Lang) => {
    const b = BINDING[p(f, 'binding')];
    return b ? fn(f, lang) + t(lang, b[0], b[1]) : fn(f, lang);
  }]));

export default defineMessages({
  findings: withBinding({
    placeholder_left: (f, lang) => t(lang, `说明中残留模板占位文字「${p(f, 'placeholder')}」：${quote(f)}`,
      `template placeholder "${p(f, 'placeholder')}" left in the text: ${quote(f)}`),
    missing_percent_sign: (f, lang) => t(lang, `百分比 ${p(f, 'number')} 缺少“%”：${quote(f)}`,
      `percentage ${p(f, 'number')} lacks “%”: ${quote(f)}`),
    missing_unit: (f, lang) => t(lang, `金额 ${p(f, 'number')} 未写单位：${quote(f)}`, `amount ${p(f, 'number')} has no unit: ${quote(f)}`),
    percent_precision: (f, lang) => t(lang, `百分比 ${f.actual}% 保留了 ${p(f, 'decimals')} 位小数（通常 2 位）：${quote(f)}`,
      `percentage ${f.actual}% has ${p(f, 'decimals')} decimals (usually 2): ${quote(f)}`),
    year_mismatch: (f, lang) => t(lang, `年份 ${f.actual} 与报告年度不符（应为 ${f.expected}）：${quote(f)}`,
      `year ${f.actual} contradicts the report year (expected ${f.expected}): ${quote(f)}`),
    flat_contradiction: (f, lang) => t(lang, `称“持平”但金额有变化：${quote(f)}`, `says “unchanged” but the amount changed: ${quote(f)}`),
    direction_word_mismatch: (f, lang) => f.ruleId === 'N-DIR'
      ? t(lang, `决算数与预算数之差为 ${f.difference}，应表述为“${f.expected}”，说明写作“${f.actual}”：${quote(f)}`,
        `final minus budget is ${f.difference}, so “${f.expected}”, but the text says “${f.actual}”: ${quote(f)}`)
      : t(lang, `增减方向用词前后矛盾（${p(f, 'delta')} 与 ${p(f, 'percent')}）：${quote(f)}`,
        `direction words disagree (${p(f, 'delta')} vs ${p(f, 'percent')}): ${quote(f)}`),
    binding_ambiguous: (f, lang) => t(lang, `${p(f, 'number')} 可对应多个数值，未自动核对，请人工核实：${quote(f)}`,
      `${p(f, 'number')} could refer to several figures; not checked automatically: ${quote(f)}`),
    zero_base_percent: (f, lang) => t(lang, `比较基数为 ${p(f, 'base')}（零或负数），百分比 ${f.actual}% 无意义：${quote(f)}`,
      `the base is ${p(f, 'base')} (zero or negative), so the percentage ${f.actual}% is undefined: ${quote(f)}`),
    yoy_percent_mismatch: (f, lang) => t(lang,
      `增减幅度按基数 ${p(f, 'base')} 计算应为 ${f.expected}%，说明写作 ${f.actual}%，差 ${f.difference}（容差 ±${f.tolerance}）：${quote(f)}`,
      `the change rate on base ${p(f, 'base')} recomputes to ${f.expected}%, the text says ${f.actual}% (difference ${f.difference}, tolerance ±${f.tolerance}): ${quote(f)}`),
    percent_mismatch: (f, lang) => t(lang,
      `${RATE_KIND[p(f, 'kind')] ?? '百分比'}重算为 ${f.expected}%，说明写作 ${f.actual}%，差 ${f.difference}（容差 ±${f.tolerance}）${p(f, 'adjusted') ? '，为凑足100%所作的尾差调整' : ''}：${quote(f)}`,
      `the percentage recomputes to ${f.expected}%, the text says ${f.actual}% (difference ${f.difference}, tolerance ±${f.tolerance})${p(f, 'adjusted') ? ', nudged so the shares add up to 100%' : ''}: ${quote(f)}`),
    rate_basis_mismatch: (f, lang) => t(lang, `说明称按「${p(f, 'stated')}」计算，但 ${f.actual}% 实为按「${p(f, 'matches')}」计算：${quote(f)}`,
      `the text names "${p(f, 'stated')}" but ${f.actual}% is computed on "${p(f, 'matches')}": ${quote(f)}`),
    share_sum_mismatch: (f, lang) => t(lang, `各项占比合计 ${f.actual}%，应为 100%（容差 ±${f.tolerance}）：${quote(f)}`,
      `the shares add up to ${f.actual}%, not 100% (tolerance ±${f.tolerance}): ${quote(f)}`),
    indicator_two_values: (f, lang) => t(lang, `同一指标（${p(f, 'indicator')}）前文为 ${f.expected}，此处为 ${f.actual}：${quote(f)}`,
      `the same indicator (${p(f, 'indicator')}) was ${f.expected} earlier and is ${f.actual} here: ${quote(f)}`),
    narrative_amount_mismatch: (f, lang) => t(lang,
      `说明中的 ${f.actual} 万元与表中 ${f.expected} 万元不一致，差 ${f.difference}（${tableCell(f, lang) || p(f, 'indicator')}）：${quote(f)}`,
      `the text's ${f.actual} differs from the table's ${f.expected} by ${f.difference} (${tableCell(f, lang) || p(f, 'indicator')}): ${quote(f)}`),
    narrative_sum_mismatch: (f, lang) => t(lang, `合计 ${f.actual} 与各分项之和 ${f.expected} 不一致，差 ${f.difference}：${quote(f)}`,
      `the total ${f.actual} differs from the sum of its parts ${f.expected} by ${f.difference}: ${quote(f)}`),
    project_count_mismatch: (f, lang) => t(lang, `项目个数 ${f.actual} 与分项/列举数 ${f.expected} 不一致：${quote(f)}`,
      `the project count ${f.actual} differs from the itemised count ${f.expected}: ${quote(f)}`),
    narrative_empty_statement_missing: (f, lang) => t(lang, `${KIND[p(f, 'kind')] ?? p(f, 'kind')}无数据，但说明中没有“本部门无…预算财政拨款收入和支出”的表述：${quote(f)}`,
      `the ${p(f, 'kind')} table is empty but the section does not say the department had none: ${quote(f)}`),
    narrative_empty_statement_contradicted: (f, lang) => t(lang, `说明称无${KIND[p(f, 'kind')] ?? p(f, 'kind')}收支，但表中有数据：${quote(f)}`,
      `the text says there was no ${p(f, 'kind')} income or spending, but the tables show some: ${quote(f)}`),
    narrative_subject_name_mismatch: (f, lang) => t(lang,
      `说明中的${p(f, 'level')}级科目名称「${f.actual}」与一般公共预算财政拨款支出决算表 ${p(f, 'code')}「${f.expected}」不一致：${quote(f)}`,
      `the ${p(f, 'level')} name "${f.actual}" differs from T05's ${p(f, 'code')} "${f.expected}": ${quote(f)}`),
    award_exceeds_total: (f, lang) => t(lang, `授予企业的合同金额 ${f.actual} 万元超过其所属总额 ${f.expected} 万元，差 ${f.difference}：${quote(f)}`,
      `contracts awarded (${f.actual}) exceed the total they are part of (${f.expected}) by ${f.difference}: ${quote(f)}`),
    narrative_count_mismatch: (f, lang) => f.ruleId === 'N-CAR'
      ? t(lang, `说明中的车辆数 ${f.actual} 辆与国有资产占用情况表车辆数合计 ${f.expected} 不一致：${quote(f)}`,
        `the text's ${f.actual} vehicles differ from the asset table's total of ${f.expected}: ${quote(f)}`)
      : t(lang, `说明中的数量 ${f.actual} 与“三公”经费表 ${f.expected} 不一致：${quote(f)}`,
        `the count ${f.actual} in the text differs from the 三公 table's ${f.expected}: ${quote(f)}`),
  }),
});
