// What a stated amount of a 部门预算 说明 is (budget.md “Narrative”): a concept key from its label (and, for the
// 财政拨款 and 三公 parts, its section) and how to read the same figure from the budget tables B01–B13, bound by
// row label, 科目 path or column header — never by position alone. The key is semantic, so the same indicator
// stated in two sections (基本支出 in 收支总体 and in 支出预算) is one indicator (N-REPEAT compares them).
import type { ParsedDocument } from '../../engine/document.ts';
import type { BudgetKind } from '../../engine/table.ts';
import { isLevel } from './bind.ts';
import type { Concept } from './concepts.ts';
import { findRows, normLabel, rowTrusted, rowValue, tablesOf, type ColumnPick, type Figure, type Lookup } from './lookup.ts';
import type { Binding, PreparedNarrative, Sentence, Token } from './model.ts';
import { withClass } from './paragraph.ts';
import { parsePath, pathFigure, pathIsClosed, pathKey } from './paths.ts';

type Find = (d: ParsedDocument) => Lookup;

const concept = (key: string, find: Find, binding: Binding = 'label'): Concept => ({
  key, severity: 'error', binding,
  resolve: (d) => { const fig = find(d); return { fig, binding: fig && fig !== 'ambiguous' && fig.binding ? fig.binding : binding }; },
});

/** One row of a budget table by label (any pane; equal values on several rows are one figure). */
export function budgetRow(d: ParsedDocument, kind: BudgetKind, label: RegExp, pick?: ColumnPick): Lookup {
  for (const table of tablesOf(d, kind)) {
    const rows = findRows(table, label).filter((r) => rowTrusted(table, r));
    const values = rows.map((r) => rowValue(table, r, pick)).filter((f): f is Figure => f !== null);
    if (values.length === 0) continue;
    return new Set(values.map((f) => f.value.toString())).size > 1 ? 'ambiguous' : values[0]!;
  }
  return null;
}

/** The first figure found, trying the readings in order (a table lacking the row gives null, not a mismatch). */
const first = (...finds: Find[]): Find => (d) => {
  for (const f of finds) {
    const r = f(d);
    if (r !== null) return r;
  }
  return null;
};

const TOTAL = /^(?:合计|总计)$/;
const row = (kind: BudgetKind, label: RegExp, pick?: ColumnPick): Find => (d) => budgetRow(d, kind, label, pick);
const totalCol = (kind: BudgetKind, header: RegExp): Find => (d) => budgetRow(d, kind, TOTAL, { header });

/** The stated subject, department and year prefix dropped and the word 预算 taken out where it only marks the kind
 *  of figure (“支出预算总计” = 支出总计, “基本支出预算数为” = 基本支出), never inside a fund name (一般公共预算). */
export function budgetSubject(t: Token): string {
  return normLabel(t.clause)
    .replace(/^.*?\d{4}年度?(?=.)/, '')
    .replace(/^.*?(?=本年)/, '')
    .replace(/^(?:此外|其中|另外)/, '')
    .replace(/(?<!一般公共|政府性基金|国有资本经营)预算(?:数)?(?=总计|合计|总额|支出|为|是|$)/g, '')
    .replace(/(?:为|是|各)$/, '');
}

const INCOME: readonly [RegExp, string, RegExp][] = [
  [/(?:^|[^拨款])(?:收入、?支出|收、?支)总计$/, '收入总计', /^收入总计$/],
  [/^收入总计$/, '收入总计', /^收入总计$/],
  [/^支出总计$/, '支出总计', /^支出总计$/],
  [/^财政拨款收入(?:总计|合计)?$/, '财政拨款', /^财政拨款(?:收入|资金)?(?:合计|小计)?$/],
  [/^一般公共预算(?:资金|拨款)?收入$/, '一般公共预算', /^一般公共预算(?:资金|收入|拨款)?$/],
  [/^政府性基金(?:预算)?(?:资金|拨款)?收入$/, '政府性基金', /^政府性基金(?:预算)?(?:资金|收入|拨款)?$/],
  [/^财政专户管理资金(?:收入)?(?:总计|合计)?$/, '财政专户管理资金', /^财政专户管理资金(?:收入)?$/],
  [/^其他资金(?:收入)?(?:总计|合计)?$/, '其他资金', /^其他资金(?:收入)?$/],
  [/^上年结转(?:和结余)?(?:资金)?$/, '上年结转', /^上年结转/],
  [/^结转下年(?:资金)?$/, '结转下年', /^结转下年/],
];
const USES: readonly [RegExp, string][] = [
  [/^基本支出$/, '基本支出'], [/^项目支出$/, '项目支出'], [/^单位预留机动经费$/, '单位预留机动经费'],
  [/^事业单位经营支出$/, '事业单位经营支出'],
];

/** 收支总表 totals and sources (B01, with 江苏's 收入合计/支出合计 as the grand totals when no 总计 row exists). */
function totalsConcept(subj: string): Concept | null {
  for (const [re, key, label] of INCOME) {
    if (!re.test(subj)) continue;
    if (key === '收入总计') return concept('B01.收入总计', first(row('B01', label), row('B01', /^收入合计$/)));
    if (key === '支出总计') return concept('B01.支出总计', first(row('B01', label), row('B01', /^支出合计$/)));
    if (key === '结转下年') return concept('B.结转下年', first(totalCol('B03', /结转下年/), row('B01', label)));
    return concept(`B01.${key}`, first(row('B01', label), row('B02', label)));
  }
  if (/^本年收入合计$|^当年收入(?:小计|合计)$/.test(subj)) return concept('B01.本年收入合计', first(row('B01', /^(?:本年收入合计|当年收入小计)$/), row('B02', /^(?:本年收入)?合计$/)));
  if (/^本年支出合计$|^当年支出(?:小计|合计)$/.test(subj)) return concept('B01.本年支出合计', first(row('B01', /^(?:本年支出合计|当年支出小计)$/), totalCol('B03', /^合计$/)));
  for (const [re, key] of USES) if (re.test(subj)) return concept(`B.${key}`, first(totalCol('B03', new RegExp(key)), row('B01', re)));
  const cls = /^(.+?)（类）(?:支出)?$/.exec(subj);
  if (cls) return concept(`B01.类.${cls[1]}`, row('B01', new RegExp(`^${escape(cls[1]!)}(?:支出)?$`)));
  return null;
}

/** The 财政拨款 / 一般公共预算 parts: their tables' totals, 人员/公用经费, and 科目 paths. */
function partConcept(p: PreparedNarrative, s: Sentence, subj: string, title: string): Concept | null {
  const gp = /一般公共预算/.test(title);
  if (/财政拨款收支总体|财政拨款收支预算总/.test(title) || /财政拨款收、?支(?:总计)?$|财政拨款收入支出总计$/.test(subj)) {
    if (/收、?支(?:总计)?$|收入支出总计$|^(?:收入|支出)?总计$/.test(subj)) return concept('B04.总计', first(row('B04', /^收入总计$/), row('B04', /^收入合计$/)));
    return null;
  }
  const basic = /基本支出/.test(title);
  const kind: BudgetKind = basic ? (gp ? 'B08' : 'B06') : (gp ? 'B07' : 'B05');
  if (!/财政拨款|一般公共预算/.test(title)) return null;
  if (basic) {
    if (/基本支出$/.test(subj)) return concept(`${kind}.合计`, row(kind, TOTAL));
    if (/人员经费$/.test(subj)) return concept(`${kind}.人员经费`, first(row(kind, /^人员经费(?:合计)?$/), totalCol(kind, /人员经费/)));
    if (/公用经费$/.test(subj)) return concept(`${kind}.公用经费`, first(row(kind, /^公用经费(?:合计)?$/), totalCol(kind, /公用经费/)));
    return null;
  }
  if (/(?:财政拨款|一般公共预算)(?:财政拨款)?支出$/.test(subj)) return concept(`${kind}.合计`, row(kind, TOTAL));
  const stated = parsePath(subj);
  if (!stated) return null;
  const path = withClass(p, s, stated);
  const binding: Binding = pathIsClosed(subj) ? 'path' : 'position';
  return {
    key: `${kind}.${pathKey(path)}`, severity: 'error', binding,
    resolve: (d) => {
      const r = pathFigure(d, [kind], path);
      return { fig: r.fig, binding: binding === 'position' || r.binding === 'position' ? 'position' : r.binding };
    },
  };
}

const SANGONG: readonly [RegExp, string, RegExp][] = [
  [/因公出国（境）费(?:用)?(?:支出)?$/, 'abroad', /出国/],
  [/公务用车购置及运行(?:维护)?费(?:支出)?$/, 'car', /购置及运行|^公务用车小计$|^小计公务用车$/],
  [/公务用车购置费?(?:支出)?$/, 'carBuy', /购置费$|^公务用车购置$/],
  [/公务用车运行(?:维护)?费(?:支出)?$/, 'carRun', /运行(?:维护)?费$/],
  [/公务接待费(?:支出)?$/, 'reception', /接待/],
  [/会议费(?:支出)?$/, 'meeting', /会议费/],
  [/培训费(?:支出)?$/, 'training', /培训费/],
  [/“?三公”?经费(?:支出)?$/, 'total', /三公.*(?:小计|合计)|^小计$/],
];

/** B09 prints one row of amounts (江苏: 合计, 三公小计, 出国, 车小计, 购置, 运行, 接待, 会议费, 培训费): the column by header. */
function b09(header: RegExp): Find {
  return (d) => {
    for (const t of tablesOf(d, 'B09')) {
      const cols = t.columns.flatMap((c, i) => (c.role === 'amount' && header.test(c.header.replace(/[\s“”"]/g, '')) ? [i] : []));
      if (cols.length !== 1) continue;
      const rows = t.rows.flatMap((r, i) => (r.cells.some((c) => c.value.kind === 'number') ? [i] : []));
      const total = rows.filter((i) => /^(?:合计|总计)?$/.test(normLabel(t.rows[i]!.label)));
      // a row whose blanks collapsed (columns placed by inference) says nothing certain about one column
      if (total.length !== 1 || !rowTrusted(t, total[0]!)) continue;
      return rowValue(t, total[0]!, { index: cols[0]! });
    }
    return null;
  };
}

export function budgetConceptOf(p: PreparedNarrative, s: Sentence, t: Token): Concept | null {
  if (!isLevel(t)) return null;
  const subj = budgetSubject(t);
  const title = p.sections[s.section]?.title ?? '';
  if (/三公/.test(title) || /三公/.test(subj)) {
    for (const [re, item, header] of SANGONG) if (re.test(subj)) return concept(`B09.${item}`, b09(header));
    return null;
  }
  if (/机关运行经费(?:支出)?$/.test(subj)) return concept('B12.合计', row('B12', TOTAL));
  if (/政府采购/.test(title) || /政府采购/.test(subj)) {
    // a kind first: 货物类政府采购支出 is the 货物 part, never the total
    const m = /(?:拟)?(?:采购|购买)(货物|工程|服务)(?:支出)?$/.exec(subj) ?? /(货物|工程|服务)类?政府采购(?:支出)?$/.exec(subj);
    if (m) return concept(`B13.${m[1]}`, row('B13', new RegExp(`^${m[1]}[A-Z]?$`)));
    return /政府采购(?:支出)?(?:总额|合计|总计)?$/.test(subj) ? concept('B13.合计', row('B13', TOTAL)) : null;
  }
  if (/政府性基金|国有资本经营/.test(title)) return null;
  return partConcept(p, s, subj, title) ?? (/财政拨款(?:支出|基本支出)|一般公共预算(?:支出|基本支出)/.test(title) ? null : totalsConcept(subj));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
