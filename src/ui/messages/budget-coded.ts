// Wording for the 部门预算 coded-table checks (src/rules/special/procurement-tree.ts). Example:
// `[B13 办公设备购置费] 政府采购总计(95.00) ≠ 其下各行之和(96.00)，差 -1.00（6 行）`.
import type { Finding } from '../../engine/finding.ts';
import { describeCell } from './engine.ts';
import { defineMessages, t, type Lang } from './registry.ts';

const p = (f: Finding, k: string) => (f.params?.[k] === undefined ? '' : String(f.params[k]));

function where(f: Finding, lang: Lang): string {
  const w = describeCell(f.location, lang);
  return w ? `[${w}] ` : '';
}

export default defineMessages({
  findings: {
    procurement_sum_mismatch: (f, lang) => t(lang,
      `${where(f, lang)}政府采购总计(${f.actual}) ≠ 其下各行之和(${f.expected})，差 ${f.difference}（${p(f, 'children')} 行）`,
      `${where(f, lang)}procurement total (${f.actual}) ≠ sum of the rows under it (${f.expected}), difference ${f.difference} (${p(f, 'children')} rows)`),
  },
});
