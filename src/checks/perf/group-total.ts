// Σ分值 = 100 where the indicators print no 分值 of their own (武汉 form: “产出指标（40分）”, “效益指标（40分）” and the
// funds block's “（20分）”): the printed 一级 group points plus the 执行率 points must make 100. A 一级 label without
// points may be covered by a merged cell of the group before it, so a total under 100 is an error only when every
// 一级 label prints its points; a total over 100 is an error in any case (points are never negative).
import { Decimal } from '../../engine/decimal.ts';
import type { Finding } from '../../engine/finding.ts';
import type { Table } from '../../engine/table.ts';
import { headerWeight } from './funds.ts';
import { collectGroups } from './groups.ts';
import type { Scored } from './scores.ts';
import { finding, num, ref, rowsOf, sumOf, type Num } from './values.ts';

const HUNDRED = new Decimal(100);
const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The 执行率 points of the funds block: its 分值 cell, the 得分 header “（20分*执行率）”, or “（20分）” in its label. */
function fundsWeight(table: Table): Num | null | undefined {
  const rows = rowsOf(table, 'funds');
  if (rows.length === 0) return undefined;
  for (const i of rows) {
    const w = num(table, i, 'weight') ?? headerWeight(table, i);
    if (w) return w;
    const m = /[（(](\d+)分[)）]/.exec(squash(table.rows[i]!.label));
    if (m) return { value: new Decimal(m[1]!), decimals: 0, ref: ref(table, i, 'label') };
  }
  return null;
}

export function checkGroupTotal(table: Table, units: readonly Scored[]): Finding | null {
  const level1 = collectGroups(table, units).filter((g) => g.level === 1);
  const weighted = level1.filter((g) => g.weight);
  if (weighted.length === 0) return null;
  const funds = fundsWeight(table);
  const parts = [...weighted.map((g) => g.weight!), ...(funds ? [funds] : [])];
  const total = sumOf(parts);
  const unweighted = level1.length > weighted.length || level1[0] !== weighted[0];
  const base = { ruleId: 'P.weights', table: table.id, formula: 'Σ一级指标分值+预算执行分值=100', cells: parts.map((p) => p.ref) };
  if (funds === null || (total.lt(HUNDRED) && unweighted)) {
    const params = { reason: 'group_points_incomplete' };
    return finding({ ...base, code: 'insufficient_data', severity: 'info', location: parts[0]!.ref, params });
  }
  if (total.eq(HUNDRED)) return null;
  return finding({ ...base, code: 'weights_not_100', severity: 'error', location: parts[0]!.ref, operands: parts,
    expected: total, actual: HUNDRED, params: { scope: 'groups' } });
}
