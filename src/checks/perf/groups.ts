// Printed group points: “产出指标 (50分)”, “决策（20分）”, “数量指标（指标分数 16 分，实际得分 14 分）” or a 分值 cell
// beside a 一级/二级 label must equal Σ of the group's rows. A group runs from the row printing its label to
// the next label of the same (or a higher) level. Labels printed away from their rows (部门整体 tables with
// vertically centred merged cells) cannot be tied to rows: said once as info, not guessed.
import { Decimal } from '../../engine/decimal.ts';
import type { Finding } from '../../engine/finding.ts';
import type { Table } from '../../engine/table.ts';
import { parseGroupLabel } from '../../paste/perf/index.ts';
import type { Scored } from './scores.ts';
import { finding, num, ref, sumFinding, text, type Num } from './values.ts';

interface Group {
  readonly level: 1 | 2;
  readonly row: number;
  readonly name: string;
  readonly weight: Num | null;
  readonly score: Num | null;
  members: Scored[];
}

function labelNum(table: Table, row: number, key: string, v: Decimal | null, decimals: number): Num | null {
  return v === null ? null : { value: v, decimals, ref: ref(table, row, key) };
}

function collectGroups(table: Table, units: readonly Scored[]): Group[] {
  const groups: Group[] = [];
  table.rows.forEach((r, i) => {
    if (r.block !== 'indicator' && r.block !== 'group' && r.block !== 'criteria') return;
    for (const level of [1, 2] as const) {
      const key = level === 1 ? 'l1' : 'l2';
      const label = text(table, i, key);
      if (label === '') continue;
      const parsed = parseGroupLabel(label);
      const weight = num(table, i, `${key}w`) ?? labelNum(table, i, key, parsed?.weight ?? null, parsed?.weightDecimals ?? 0);
      const score = labelNum(table, i, key, parsed?.score ?? null, parsed?.scoreDecimals ?? 0);
      groups.push({ level, row: i, name: parsed?.name ?? label, weight, score, members: [] });
    }
  });
  for (const u of units) {
    const first = u.rows[0]!;
    if (table.rows[first]!.block === 'funds') continue;
    for (const level of [1, 2] as const) {
      const g = [...groups].reverse().find((x) => x.row <= first && (x.level === level || (level === 2 && x.level === 1)));
      if (g && g.level === level) g.members.push(u);
    }
  }
  return groups;
}

export function checkGroups(table: Table, units: readonly Scored[]): Finding[] {
  const groups = collectGroups(table, units).filter((g) => g.weight || g.score);
  if (groups.length === 0) return [];
  const orphans = groups.filter((g) => g.members.length === 0);
  if (orphans.length > 0) {
    return [finding({
      ruleId: 'P.group', code: 'group_membership_unclear', severity: 'info', table: table.id,
      location: groups[0]!.weight?.ref ?? null, cells: groups.flatMap((g) => (g.weight ? [g.weight.ref] : [])),
      formula: '分组分值=Σ组内分值', params: { groups: groups.map((g) => g.name).join('、') },
    })];
  }
  const out: Finding[] = [];
  for (const g of groups) {
    if (g.members.some((u) => u.unsure)) {
      out.push(finding({ ruleId: 'P.group', code: 'insufficient_data', severity: 'info', table: table.id,
        location: (g.weight ?? g.score)!.ref, cells: [(g.weight ?? g.score)!.ref], formula: `${g.name}分值=Σ组内分值`,
        params: { group: g.name } }));
      continue;
    }
    const pairs: [Num | null, (u: Scored) => Num | null, string][] = [
      [g.weight, (u) => u.weight, `${g.name}分值=Σ组内分值`],
      [g.score, (u) => u.score, `${g.name}得分=Σ组内得分`],
    ];
    for (const [printed, pick, formula] of pairs) {
      if (!printed) continue;
      const parts = g.members.map(pick);
      if (parts.some((p) => p === null)) continue;
      const f = sumFinding({ ruleId: 'P.group', code: 'group_score_mismatch', table: table.id, formula,
        params: { group: g.name } }, printed, parts as Num[], 'error', true);
      if (f) out.push(f);
    }
  }
  return out;
}
