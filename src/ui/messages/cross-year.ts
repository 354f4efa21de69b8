// Wording for the cross-year codes of src/checks/cross-year: each names both documents (file and year) and the
// cell or sentence of each.
import type { Finding } from '../../engine/finding.ts';
import { defineMessages, t } from './registry.ts';

const p = (f: Finding, key: string): string => String(f.params?.[key] ?? '');
const prevDoc = (f: Finding, lang: 'zh' | 'en') => t(lang, `${p(f, 'prevYear')} 年度报告（${p(f, 'prevFile')}）`,
  `the ${p(f, 'prevYear')} report (${p(f, 'prevFile')})`);
const FUND: Readonly<Record<string, [string, string]>> = {
  T01: ['收入支出决算总表', 'T01'], 'T04.total': ['财政拨款收支决算总表（合计）', 'T04 (total)'],
  'T04.gp': ['财政拨款收支决算总表 一般公共预算', 'T04 general budget'], 'T04.gf': ['财政拨款收支决算总表 政府性基金', 'T04 fund budget'],
  'T04.soe': ['财政拨款收支决算总表 国有资本经营', 'T04 state capital'],
};
const where = (f: Finding, lang: 'zh' | 'en') => {
  const key = p(f, 'key');
  const named = FUND[key];
  if (named) return lang === 'zh' ? named[0] : named[1];
  return key.startsWith('T07:') ? t(lang, `政府性基金表 科目 ${key.slice(4)}`, `fund table, subject ${key.slice(4)}`) : key;
};

export default defineMessages({
  findings: {
    cross_year_carryover_mismatch: (f, lang) => t(lang,
      `${where(f, lang)}：本年年初结转和结余 ${f.actual} ≠ ${prevDoc(f, lang)}年末结转和结余 ${f.expected}（${p(f, 'prevCell')}），差 ${f.difference}`,
      `${where(f, lang)}: opening balance ${f.actual} ≠ closing balance ${f.expected} in ${prevDoc(f, lang)} (${p(f, 'prevCell')}), difference ${f.difference}`),
    cross_year_change_mismatch: (f, lang) => t(lang,
      `「${p(f, 'subject')}」${p(f, 'current')} 万元${p(f, 'direction') === 'up' ? '比上年增加' : '比上年减少'} ${p(f, 'delta')} 万元，推出上年为 ${f.actual} 万元，`
        + `但${prevDoc(f, lang)}为 ${f.expected} 万元（${p(f, 'bound') === 'table' ? p(f, 'prevSource') : `说明：「${p(f, 'prevSource')}」`}），差 ${f.difference}`
        + (p(f, 'bound') === 'table' ? '' : '；按字面匹配同一指标，请核实'),
      `"${p(f, 'subject')}" ${p(f, 'current')} ${p(f, 'direction') === 'up' ? 'up' : 'down'} ${p(f, 'delta')} on last year implies ${f.actual}, `
        + `but ${prevDoc(f, lang)} gives ${f.expected} (${p(f, 'prevSource')}), difference ${f.difference}`
        + (p(f, 'bound') === 'table' ? '' : '; matched by its words, please confirm')),
    cross_year_balance_absent: (f, lang) => t(lang,
      `政府性基金 科目 ${p(f, 'code')} 在${prevDoc(f, lang)}年末结转和结余 ${f.expected} 万元，本年报告未列示该科目，请核实`,
      `fund subject ${p(f, 'code')} closed ${prevDoc(f, lang)} with a balance of ${f.expected} but is absent this year`),
  },
  problems: {
    not_a_report_file: (_p, lang) => t(lang, '不是可核对的报告文件，已跳过', 'not a report file; skipped'),
    folder_unreadable: (_p, lang) => t(lang, '文件夹无法读取', 'folder could not be read'),
    check_failed: (pr, lang) => t(lang, `核对中断：${String(pr.params?.reason ?? '')}`, `check failed: ${String(pr.params?.reason ?? '')}`),
  },
});
