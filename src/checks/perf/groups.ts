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

export interface Group {
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

export function collectGroups(table: Table, units: readonly Scored[]): Group[] {
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

/**
 * Groups that follow g at its level without points of their own, up to the next group with points or a higher
 * level: a merged 分值 cell may span them (seed 004 评价表: “决策 40” covers 决策 and 过程, “产出 60” covers 产出,
 * 效益 and 满意度). g's points must equal Σ of g and some run of these followers.
 */
/** Every later group of the same level up to the next higher level, whatever points they print: a merged 分值
 *  cell is sometimes read into the next group's row when the table's columns are shifted. */
function looseFollowers(all: readonly Group[], g: Group): Group[] {
  const out: Group[] = [];
  for (const h of all.slice(all.indexOf(g) + 1)) {
    if (h.level < g.level) break;
    if (h.level === g.level) out.push(h);
  }
  return out;
}

function followers(all: readonly Group[], g: Group): Group[] {
  const out: Group[] = [];
  for (const h of all.slice(all.indexOf(g) + 1)) {
    if (h.level < g.level || (h.level === g.level && (h.weight || h.score))) break;
    if (h.level === g.level) out.push(h);
  }
  return out;
}

export function checkGroups(table: Table, units: readonly Scored[]): Finding[] {
  const all = collectGroups(table, units);
  const groups = all.filter((g) => g.weight || g.score);
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
    const spans = followers(all, g);
    for (const [printed, pick, formula] of pairs) {
      if (!printed) continue;
      // g alone, then g with the first 1, 2, … followers: the first reading that adds up (or rounds) is taken
      let first: Finding | null = null;
      let settled = false;
      for (let k = 0; k <= spans.length && !settled; k++) {
        const members = [g, ...spans.slice(0, k)].flatMap((x) => x.members);
        if (k > 0 && (members.some((u) => u.unsure) || members.some((u) => pick(u) === null))) {
          // a reading that cannot be summed: the printed points are not proven wrong, only not checked
          out.push(finding({ ruleId: 'P.group', code: 'insufficient_data', severity: 'info', table: table.id,
            location: printed.ref, cells: [printed.ref], formula, params: { group: g.name, spans: spans.slice(0, k).map((x) => x.name).join('、') } }));
          settled = true;
          break;
        }
        const parts = members.map(pick);
        if (parts.some((p) => p === null)) break;
        const f = sumFinding({ ruleId: 'P.group', code: 'group_score_mismatch', table: table.id, formula,
          params: { group: g.name, ...(k > 0 ? { spans: spans.slice(0, k).map((x) => x.name).join('、') } : {}) } },
        printed, parts as Num[], 'error', true);
        if (!f || f.severity === 'info') { if (f) out.push(f); settled = true; } else first ??= f;
      }
      if (!settled && first) {
        // the printed points add up when they span later groups whose own points may be misread: not proven
        const loose = looseFollowers(all, g);
        const spanned = loose.findIndex((_, k) => {
          const parts = [g, ...loose.slice(0, k + 1)].flatMap((x) => x.members).map(pick);
          if (parts.some((x) => x === null)) return false;
          const f = sumFinding({ ruleId: 'P.group', code: 'group_score_mismatch', table: table.id, formula, params: {} }, printed, parts as Num[], 'error', true);
          return !f || f.severity === 'info';
        });
        out.push(spanned < 0 ? first : { ...first, severity: 'warning',
          params: { ...first.params, possibleSpan: loose.slice(0, spanned + 1).map((x) => x.name).join('、') } });
      }
    }
  }
  return out;
}
