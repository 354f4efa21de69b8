// Wording for the 部门预算 coded-table checks (src/rules/special/procurement-tree.ts, project-total.ts). Example:
// `[B13 办公设备购置费] 政府采购总计(95.00) ≠ 其下各行之和(96.00)，差 -1.00（6 行）`.
import type { Finding } from '../../engine/finding.ts';
import { describeCell } from './engine.ts';
import { defineMessages, type Lang } from './registry.ts';
import { msg } from '../../messages/index.ts';

const p = (f: Finding, k: string) => (f.params?.[k] === undefined ? '' : String(f.params[k]));

function where(f: Finding, lang: Lang): string {
  const w = describeCell(f.location, lang);
  return w ? `[${w}] ` : '';
}

export default defineMessages({
  findings: {
    project_sum_mismatch: (f, lang) => msg(lang, 'budget-coded.project_sum_mismatch', { where: where(f, lang), actual: f.actual, expected: f.expected, difference: f.difference, children: p(f, 'children') }),
    procurement_sum_mismatch: (f, lang) => msg(lang, 'budget-coded.procurement_sum_mismatch', { where: where(f, lang), actual: f.actual, expected: f.expected, difference: f.difference, children: p(f, 'children') }),
  },
});
