// Wording for findings about cells whose column was placed by inference or is ambiguous (collapsed blanks), and
// the suffix a proven failure carries. Example: `[21015] 1栏(9.00) ≠ 2+3栏(7.00)，差 2.00；列位置为推断，未能确认：
// 按 21015 数值位于 2、3 栏时该关系成立`.
import type { Finding } from '../../engine/finding.ts';
import { describeCell, formulaSides } from './engine.ts';
import { defineMessages, type Lang } from './registry.ts';
import { msg } from '../../messages/index.ts';

const p = (f: Finding, k: string) => (f.params?.[k] === undefined ? '' : String(f.params[k]));

/** "21015:2,3;2101501:1" → "21015 数值依次位于 2、3 栏；2101501 数值依次位于 1 栏". */
export function describePlacement(placement: string, lang: Lang): string {
  if (placement === 'shown') return msg(lang, 'uncertainty.describePlacement');
  return placement.split(';').map((part) => {
    const at = part.lastIndexOf(':');
    const row = part.slice(0, at);
    const cols = part.slice(at + 1).split(',').filter(Boolean);
    return msg(lang, 'uncertainty.describePlacement_values_in_columns', { row, cols: cols.join(msg(lang, 'common.listSep')) });
  }).join(msg(lang, 'uncertainty.describePlacement_text'));
}

function where(f: Finding, lang: Lang): string {
  const w = describeCell(f.location, lang);
  return w ? `[${w}] ` : '';
}

function sides(f: Finding, lang: Lang): string {
  if (f.code === 'unconfirmed_hierarchy_mismatch') {
    return `${msg(lang, 'uncertainty.sides')}(${f.actual}) ≠ ${msg(lang, 'uncertainty.sides_sum_of_children')}(${f.expected})${msg(lang, 'uncertainty.sides_difference')}${f.difference}`;
  }
  const [left, , right] = formulaSides(f.formula);
  return `${left}(${f.actual}) ≠ ${right}(${f.expected})${msg(lang, 'uncertainty.sides_difference')}${f.difference}`;
}

function reason(f: Finding, lang: Lang): string {
  const r = p(f, 'reason');
  if (r === 'placement_fits') {
    return msg(lang, 'uncertainty.reason', { describePlacement: describePlacement(p(f, 'placement'), lang) });
  }
  if (r === 'columns_unconfirmed') {
    return msg(lang, 'uncertainty.reason_most_rows_of');
  }
  if (r === 'amounts_unplaced') {
    return msg(lang, 'uncertainty.reason_amounts_unplaced');
  }
  if (r === 'enumeration_cap') {
    return msg(lang, 'uncertainty.reason_possible_placements_exceed', { placementCount: p(f, 'placementCount') });
  }
  const rows = p(f, 'unconfirmedRows').split(';').filter(Boolean).join('、');
  return (rows ? msg(lang, 'uncertainty.reason_the_columns_of', { rows }) : msg(lang, 'uncertainty.reason_2'));
}

const unconfirmed = (f: Finding, lang: Lang) =>
  msg(lang, 'uncertainty.unconfirmed', { where: where(f, lang), sides: sides(f, lang), reason: reason(f, lang) });

export default defineMessages({
  findings: {
    unconfirmed_sum_mismatch: unconfirmed,
    unconfirmed_inequality_violated: unconfirmed,
    unconfirmed_hierarchy_mismatch: unconfirmed,
    placement_fits: (f, lang) =>
      msg(lang, 'uncertainty.placement_fits', { where: where(f, lang), formula: f.formula, describePlacement: describePlacement(p(f, 'placement'), lang) }),
  },
});
