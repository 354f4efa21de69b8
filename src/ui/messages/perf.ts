// Wording for the 绩效 (performance-table) codes of src/checks/perf and src/paste/perf. Numbers come from
// expected/actual/difference/tolerance; the project, group and quote from params.
import type { Finding } from '../../engine/finding.ts';
import { defineMessages, t } from './registry.ts';

const p = (f: Finding, key: string): string => String(f.params?.[key] ?? '');
const at = (f: Finding) => (f.location?.label ? `「${f.location.label}」` : '');
const diff = (f: Finding) => (f.difference ? `，差 ${f.difference}` : '');
const SUMMARY_COLUMN: Record<string, string> = {
  initial: '年初预算数', budget: '全年预算数', executed: '全年执行数', execScore: '执行率得分', costScore: '成本指标得分',
  outputScore: '产出指标得分', benefitScore: '效益指标得分', satisfactionScore: '满意度指标得分', score: '绩效自评得分',
};

export default defineMessages({
  findings: {
    exec_rate_mismatch: (f, lang) => t(lang, `${at(f)}执行率 ${f.actual}% ≠ 全年执行数/全年预算数 = ${f.expected}%`,
      `${at(f)} execution rate ${f.actual}% ≠ executed / budget = ${f.expected}%`),
    exec_rate_capped: (f, lang) => t(lang, `${at(f)}执行率填为 ${f.actual}%，实际为 ${f.expected}%（执行数超过预算数，按 100% 封顶填列）`,
      `${at(f)} execution rate shown as ${f.actual}% but is ${f.expected}% (capped at 100%)`),
    exec_score_mismatch: (f, lang) => t(lang,
      `执行率得分 ${f.actual} 与按比例计分（分值×执行率）${f.expected} 不一致，可能采用了地方计分规则，请核实`,
      `execution-rate score ${f.actual} differs from points × rate = ${f.expected} (a local scoring rule?)`),
    funds_sum_mismatch: (f, lang) => t(lang,
      `${f.formula}：${f.actual} ≠ ${f.expected}${diff(f)}${p(f, 'unconfirmed') ? '（部分数字的列位为推断，无法确认，请核实）' : ''}`,
      `${f.formula}: ${f.actual} ≠ ${f.expected}${diff(f)}${p(f, 'unconfirmed') ? ' (some numbers were placed in columns by inference; unconfirmed)' : ''}`),
    weights_not_100: (f, lang) => (p(f, 'placements') === 'all'
      ? t(lang, `列位确定的各项分值合计 ${f.expected}；源文第 ${p(f, 'rows')} 行的分值/得分列位不确定，但无论其数字如何放置，分值合计都不能等于 ${f.actual}`,
        `points of the rows read with certainty add up to ${f.expected}; rows at lines ${p(f, 'rows')} are uncertain, but no placement of their numbers makes the points add up to ${f.actual}`)
      : p(f, 'scope') === 'groups'
        ? t(lang, `一级指标分值与预算执行分值合计 ${f.expected}，应为 ${f.actual}${diff(f)}`, `group and execution points add up to ${f.expected}, expected ${f.actual}`)
        : t(lang, `各项分值合计 ${f.expected}，应为 ${f.actual}${diff(f)}`, `points add up to ${f.expected}, expected ${f.actual}`)),
    group_score_mismatch: (f, lang) => t(lang, `「${p(f, 'group')}」标注 ${f.actual} 分，组内合计 ${f.expected} 分${diff(f)}`
        + (p(f, 'possibleSpan') ? `；若该分值为跨「${p(f, 'possibleSpan')}」的合并单元格则相符（其后各组的分值列可能错位），请核实` : ''),
      `group "${p(f, 'group')}" is labelled ${f.actual} but its rows add up to ${f.expected}`
        + (p(f, 'possibleSpan') ? `; it adds up if the cell spans ${p(f, 'possibleSpan')} (columns may be shifted)` : '')),
    group_membership_unclear: (f, lang) => t(lang, `分组分值（${p(f, 'groups')}）与所属指标行错位，无法逐组核对，请人工核实`,
      `group labels (${p(f, 'groups')}) are not next to their rows; not checked`),
    score_out_of_range: (f, lang) => t(lang, `${at(f)}得分 ${f.actual} 超出 0～${f.expected}（分值）`,
      `${at(f)} score ${f.actual} outside 0–${f.expected}`),
    total_score_mismatch: (f, lang) => (p(f, 'placements') === 'all'
      ? t(lang, `总分 ${f.actual}：列位确定的各项得分合计 ${f.expected}；源文第 ${p(f, 'rows')} 行的分值/得分列位不确定，但无论其数字如何放置，分值合计为 100 时得分合计都不能等于总分`,
        `total ${f.actual}: scores read with certainty add up to ${f.expected}; rows at lines ${p(f, 'rows')} are uncertain, but no placement of their numbers gives both the points and this total`)
      : t(lang, `总分 ${f.actual} ≠ 各项得分合计 ${f.expected}${diff(f)}`, `total ${f.actual} ≠ sum of scores ${f.expected}`)),
    grade_mismatch: (f, lang) => t(lang, `评价等次为“${f.actual}”，总分 ${p(f, 'score')} 应为“${f.expected}”`,
      `grade "${f.actual}" but a total of ${p(f, 'score')} is "${f.expected}"`),
    deviation_reason_missing: (f, lang) => t(lang, `${at(f)}得分 ${f.actual} 低于分值 ${f.expected}，未填写偏差原因分析及改进措施`,
      `${at(f)} scored ${f.actual} of ${f.expected} without a deviation reason`),
    summary_sum_mismatch: (f, lang) => t(lang, `汇总表 ${at(f)}：${f.formula}，${f.actual} ≠ ${f.expected}${diff(f)}`,
      `summary ${at(f)}: ${f.formula}, ${f.actual} ≠ ${f.expected}`),
    summary_detail_mismatch: (f, lang) => t(lang,
      `汇总表中「${p(f, 'project')}」的${SUMMARY_COLUMN[p(f, 'column')] ?? p(f, 'column')} ${f.actual} 与该项目自评表 ${f.expected} 不一致${diff(f)}`,
      `summary row "${p(f, 'project')}" ${p(f, 'column')} ${f.actual} ≠ its self-evaluation table ${f.expected}`),
    average_score_mismatch: (f, lang) => t(lang, `自评平均分 ${f.actual} ≠ 各项目得分平均 ${f.expected}`,
      `average score ${f.actual} ≠ mean of the scores ${f.expected}`),
    formula_year_mismatch: (f, lang) => t(lang, `公式说明中的年度 ${f.actual} 与报告年度 ${f.expected} 不符`,
      `year ${f.actual} in the formula label contradicts the report year ${f.expected}`),
    coverage_ratio_mismatch: (f, lang) => t(lang, `自评项目占比 ${f.actual}% ≠ 按金额计算 ${f.expected}%`,
      `coverage ratio ${f.actual}% ≠ computed ${f.expected}%`),
    narrative_score_mismatch: (f, lang) => t(lang,
      `说明称「${p(f, 'project')}」${p(f, 'quote')}，表内总分为 ${f.expected}`,
      `the text says "${p(f, 'project')}" ${p(f, 'quote')}, the table total is ${f.expected}`),
    narrative_grade_mismatch: (f, lang) => t(lang,
      `说明称「${p(f, 'project')}」等级为“${f.actual}”，表内总分 ${p(f, 'score')} 应为“${f.expected}”`,
      `the text grades "${p(f, 'project')}" "${f.actual}", a total of ${p(f, 'score')} is "${f.expected}"`),
  },
  problems: {
    markup_removed: (pr, lang) => t(lang, `绩效表中的网页/公式标记已去除（${pr.params?.lines ?? ''} 行）`,
      `markup removed from ${pr.params?.lines ?? ''} line(s) of a performance table`),
  },
});
