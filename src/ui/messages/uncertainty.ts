// Wording for findings about cells whose column was placed by inference or is ambiguous (collapsed blanks), and
// the suffix a proven failure carries. Example: `[21015] 1栏(9.00) ≠ 2+3栏(7.00)，差 2.00；列位置为推断，未能确认：
// 按 21015 数值位于 2、3 栏时该关系成立`.
import type { Finding } from '../../engine/finding.ts';
import { describeCell, formulaSides } from './engine.ts';
import { defineMessages, t, type Lang } from './registry.ts';

const p = (f: Finding, k: string) => (f.params?.[k] === undefined ? '' : String(f.params[k]));

/** "21015:2,3;2101501:1" → "21015 数值依次位于 2、3 栏；2101501 数值依次位于 1 栏". */
export function describePlacement(placement: string, lang: Lang): string {
  if (placement === 'shown') return t(lang, '按当前显示的列位置', 'as shown');
  return placement.split(';').map((part) => {
    const at = part.lastIndexOf(':');
    const row = part.slice(0, at);
    const cols = part.slice(at + 1).split(',').filter(Boolean);
    return t(lang, `${row} 的数值依次位于 ${cols.join('、')} 栏`, `${row} values in columns ${cols.join(', ')}`);
  }).join(t(lang, '；', '; '));
}

function where(f: Finding, lang: Lang): string {
  const w = describeCell(f.location, lang);
  return w ? `[${w}] ` : '';
}

function sides(f: Finding, lang: Lang): string {
  if (f.code === 'unconfirmed_hierarchy_mismatch') {
    return `${t(lang, '本级', 'parent')}(${f.actual}) ≠ ${t(lang, '下级科目之和', 'sum of children')}(${f.expected})${t(lang, '，差 ', ', difference ')}${f.difference}`;
  }
  const [left, , right] = formulaSides(f.formula);
  return `${left}(${f.actual}) ≠ ${right}(${f.expected})${t(lang, '，差 ', ', difference ')}${f.difference}`;
}

function reason(f: Finding, lang: Lang): string {
  const r = p(f, 'reason');
  if (r === 'placement_fits') {
    return t(lang, `；但${describePlacement(p(f, 'placement'), lang)}时该关系成立，无法确认是数据错误`,
      `; but it holds with ${describePlacement(p(f, 'placement'), lang)}, so it is not confirmed`);
  }
  if (r === 'columns_unconfirmed') {
    return t(lang, '；本表多数行的栏间关系都不成立，数值的栏位置可能错乱，未作为错误报告',
      '; most rows of the table fail, so its columns were probably read out of place: not reported as an error');
  }
  if (r === 'enumeration_cap') {
    return t(lang, `；可能的排列有 ${p(f, 'placementCount')} 种，超出枚举上限，未逐一核对`,
      `; ${p(f, 'placementCount')} possible placements exceed the enumeration cap`);
  }
  const rows = p(f, 'unconfirmedRows').split(';').filter(Boolean).join('、');
  return t(lang, `；${rows ? `${rows} ` : '所涉'}数值的栏位置是推断的（空白栏被省略），无法确认`,
    `; the columns of ${rows || 'the values involved'} were inferred (blanks collapsed) and cannot be confirmed`);
}

const unconfirmed = (f: Finding, lang: Lang) =>
  t(lang, `${where(f, lang)}${sides(f, lang)}（未能确认）${reason(f, lang)}`,
    `${where(f, lang)}${sides(f, lang)} (unconfirmed)${reason(f, lang)}`);

export default defineMessages({
  findings: {
    unconfirmed_sum_mismatch: unconfirmed,
    unconfirmed_inequality_violated: unconfirmed,
    unconfirmed_hierarchy_mismatch: unconfirmed,
    placement_fits: (f, lang) =>
      t(lang, `${where(f, lang)}${f.formula}：该行空白栏被省略，列位置不确定；${describePlacement(p(f, 'placement'), lang)}时该关系成立，未作为错误报告`,
        `${where(f, lang)}${f.formula}: blanks collapsed, columns uncertain; it holds with ${describePlacement(p(f, 'placement'), lang)}, not reported as an error`),
  },
});
