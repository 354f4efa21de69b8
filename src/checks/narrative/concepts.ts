// What a stated amount is (N-TOT, N-ITEM, N-BASIC, N-SG-*, N-JGYX, N-FUND): a concept key from its label,
// the section it sits in and its block heading, and how to read the same figure from the tables.
import type { ParsedDocument } from '../../engine/document.ts';
import type { Severity } from '../../engine/finding.ts';
import { isLevel } from './bind.ts';
import { isBudget, isFinal, basisOf, finalSubject } from './budget.ts';
import { lookup, findRows, normLabel, rowTrusted, rowValue, tablesOf, type Lookup } from './lookup.ts';
import type { Binding, PreparedNarrative, Sentence, Token } from './model.ts';
import { paragraphPath, withClass } from './paragraph.ts';
import { parsePath, pathFigure, pathIsClosed, pathKey, type StatedPath } from './paths.ts';
import { sangongFigure, sangongItemOf } from './sangong.ts';

export interface Resolved {
  readonly fig: Lookup;
  readonly binding: Binding;
}

export interface Concept {
  readonly key: string;
  readonly severity: Severity;
  readonly resolve: (doc: ParsedDocument) => Resolved;
  /** how the number was tied to the concept in the text (before the table is consulted) */
  readonly binding: Binding;
}

/** A concept named by a label: the figure's own binding (a column found by order) can only weaken it. */
const c = (key: string, find: (doc: ParsedDocument) => Lookup, severity: Severity = 'error', binding: Binding = 'label'): Concept => ({
  key, severity, binding,
  resolve: (d) => { const fig = find(d); return { fig, binding: fig && fig !== 'ambiguous' && fig.binding ? fig.binding : binding }; },
});
const INCOME_ITEMS = /(财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入)$/;
const EXPENSE_ITEMS = /(基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出)$/;
const ECON_CLASSES: readonly [RegExp, string][] = [
  [/工资福利支出$/, '301'], [/商品和服务支出$/, '302'], [/对个人和家庭(?:的)?补助(?:支出)?$/, '303'], [/资本性支出$/, '310'],
];

function subjectText(t: Token): string {
  return normLabel(t.clause).replace(/^(?:本部门|本单位)?(?:\d{4}年度?)?/, '').replace(/(?:为|是|各)$/, '');
}

export function conceptOf(p: PreparedNarrative, s: Sentence, t: Token): Concept | null {
  if (!isLevel(t)) return null; // a change (增加 D) is not the indicator itself
  const subj = subjectText(t);
  const title = p.sections[s.section]?.title ?? '';
  if (/财政拨款收入?、?支出?总计$|财政拨款收、?支总计$/.test(subj)) return c('T04.总计', (d) => lookup(d, 'T04', { label: '总计', pane: 0 }));
  if (/(?:收入支出|收、?支)总计$|^收入总计$/.test(subj)) return c('T01.收入总计', (d) => lookup(d, 'T01', { label: '总计', pane: 0 }));
  if (/^支出总计$/.test(subj)) return c('T01.支出总计', (d) => lookup(d, 'T01', { label: '总计', pane: 1, last: true }));
  // “财政拨款本年收入合计” / “政府性基金…本年支出合计” are a fund's totals, not T01's
  const ofFund = /财政拨款|一般公共预算|政府性基金|国有资本经营/.test(subj);
  if (/本年收入合计$|^收入合计$/.test(subj) && !ofFund) return c('T01.本年收入合计', (d) => lookup(d, 'T01', { label: '本年收入合计' }));
  if (/本年支出合计$|^支出合计$/.test(subj) && !ofFund) return c('T01.本年支出合计', (d) => lookup(d, 'T01', { label: '本年支出合计' }));
  const fund = /政府性基金/.test(title) ? 'T07' : /国有资本经营/.test(title) ? 'T08' : null;
  if (fund) return fundConcept(fund, subj) ?? (isFinal(t) && finalSubject(t) === '' ? itemConcept(p, s, t, title, fund) : null);
  const carry = /^(年初结转和结余|年末结转和结余|结余分配|使用非财政拨款结余)/.exec(subj);
  if (carry && !/财政拨款/.test(title)) return c(`T01.${carry[1]}`, (d) => lookup(d, 'T01', { label: new RegExp(`^${carry[1]}`) }));
  if (/收入决算情况/.test(title) && !/财政拨款/.test(title)) {
    const m = INCOME_ITEMS.exec(subj);
    if (m) return c(`T02.${m[1]}`, (d) => lookup(d, 'T02', { label: '合计' }, { header: new RegExp(m[1]!) }));
  }
  if (/支出决算情况/.test(title) && !/财政拨款/.test(title)) {
    const m = EXPENSE_ITEMS.exec(subj);
    if (m) return c(`T03.${m[1]}`, (d) => lookup(d, 'T03', { label: '合计' }, { header: new RegExp(m[1]!) }));
  }
  if (/^一般公共预算财政拨款支出$/.test(subj) || (/一般公共预算财政拨款支出/.test(title) && /^财政拨款支出$/.test(subj))) {
    return c('T05.合计', (d) => lookup(d, 'T05', { label: '合计' }));
  }
  if (/基本支出/.test(title)) {
    if (/^(?:一般公共预算财政拨款)?基本支出$/.test(subj)) return c('T05.基本支出', (d) => lookup(d, 'T05', { label: '合计' }, { header: /基本支出/ }));
    if (/人员经费$/.test(subj)) return c('T06.人员经费合计', (d) => lookup(d, 'T06', { label: /^人员经费(?:合计)?$/ }));
    if (/^公用经费$/.test(subj)) return c('T06.公用经费合计', (d) => lookup(d, 'T06', { label: /^公用(?:经费|支出)(?:合计)?$/ }));
    for (const [re, code] of ECON_CLASSES) if (re.test(subj)) return c(`T06.${code}`, (d) => lookup(d, 'T06', { code }));
  }
  if (/机关运行经费(?:支出)?$/.test(subj)) {
    return c('T06.机关运行经费', (d) => lookup(d, 'T06', { label: /^公用(?:经费|支出)(?:合计)?$/ }), 'warning');
  }
  if (/三公/.test(title)) return sangongConcept(subj, t, s.text.slice(0, t.start - s.start));
  const stated = /财政拨款支出/.test(title) && !isBudget(t) ? parsePath(subj) : null;
  // a name between the last （类/款/项） and the number (“…（款）机关事业单位基本养老 161.62”) is a level the path does not state
  if (stated) return pathConcept(withClass(p, s, stated), title, pathIsClosed(subj) ? 'path' : 'position');
  if (isFinal(t) && finalSubject(t) === '') return itemConcept(p, s, t, title);
  return null;
}

/** A 科目 named by its 类/款/项 path: the key is the path as stated, the row the one the table's code chain confirms. */
function pathConcept(path: StatedPath, title: string, binding: Binding, kinds?: readonly ('T05' | 'T07' | 'T08')[]): Concept {
  const primary = kinds ?? (/一般公共预算/.test(title) || path.kuan || path.xiang ? ['T05'] : ['T04', 'T05']);
  return {
    key: `${primary[0]}.${pathKey(path)}`, severity: 'error', binding,
    resolve: (d) => {
      const pick = primary[0] === 'T07' || primary[0] === 'T08' ? fundColumn(d, primary[0], '支出') : null;
      const r = pathFigure(d, primary, path, pick === null ? undefined : { colNo: pick });
      return { fig: r.fig, binding: binding === 'position' || r.binding === 'position' ? 'position' : binding === 'path' ? r.binding : binding };
    },
  };
}

/** 基金 (T07) and 国资 (T08) sections: “…财政拨款收入 X 万元，支出 Y 万元” (the template's “支出收入” typo too). */
function fundConcept(kind: 'T07' | 'T08', subj: string): Concept | null {
  const cols: readonly [RegExp, string][] = [[/年初结转和结余$/, '年初'], [/^(?:.*(?:本年|财政拨款))?收入$/, '收入'],
    [/^(?:.*(?:本年|财政拨款))?支出(?:收入)?$/, '支出'], [/年末结转和结余$/, '年末']];
  for (const [re, name] of cols) {
    if (re.test(subj)) return c(`${kind}.${name}`, (d) => fundFigure(d, kind, name));
  }
  return null;
}

/** 收入支出表 (T07, 上海 T08): 年初 1栏, 收入 2栏, 支出 3栏, 年末 6栏; 支出表 (江西/武汉 T08): 支出 = 1栏 合计. */
function fundColumn(d: ParsedDocument, kind: 'T07' | 'T08', name: string): number | null {
  const inOut = kind === 'T07' || tablesOf(d, kind).some((t) => t.columns.filter((col) => col.role === 'amount').length >= 6);
  const map: Readonly<Record<string, number>> = inOut ? { 年初: 1, 收入: 2, 支出: 3, 年末: 6 } : { 支出: 1 };
  return map[name] ?? null;
}

function fundFigure(d: ParsedDocument, kind: 'T07' | 'T08', name: string): Lookup {
  const colNo = fundColumn(d, kind, name);
  return colNo === null ? null : lookup(d, kind, { label: '合计' }, { colNo });
}

/** A 三公 item amount: 决算 unless the label or the sentence before it speaks of the 预算 only (a 部门预算 text). */
function sangongConcept(subj: string, t: Token, before: string): Concept | null {
  const item = sangongItemOf(subj);
  if (!item) return null;
  const budgetOnly = !isFinal(t) && !/决算/.test(before) && /预算/.test(subj + before);
  const basis = isBudget(t) ? basisOf(t) : budgetOnly ? 'any' : 'final';
  return c(`T09.${item}.${basis}`, (d) => sangongFigure(d, item, basis));
}

function classConcept(name: string, title: string, binding: Binding): Concept {
  const kind = /一般公共预算/.test(title) ? 'T05' : 'T04';
  const key = name.replace(/支出$/, '');
  return c(`${kind}.${key}//`, (d) => {
    for (const k of [kind, 'T05'] as const) {
      for (const table of tablesOf(d, k)) {
        const rows = findRows(table, new RegExp(`^${escape(key)}`)).filter((i) => (table.rows[i]!.code ?? '').length <= 3 && rowTrusted(table, i));
        if (rows.length === 1) return rowValue(table, rows[0]!);
        if (rows.length > 1) return 'ambiguous';
      }
    }
    return null;
  }, 'error', binding);
}

/** A 决算 under a paragraph that names a 科目 (“1、X（类）Y（款）Z（项）。…支出决算为 F”, numbered or not, or
 *  “（二）卫生健康支出…”): a T05 项 in the 一般公共预算 section, a T07/T08 项 (支出 column) in the 基金/国资
 *  sections. Bound by the paragraph's path when it is the only 决算 after it; otherwise only a guess. */
function itemConcept(p: PreparedNarrative, s: Sentence, t: Token, title: string, kind: 'T05' | 'T07' | 'T08' = 'T05'): Concept | null {
  const para = paragraphPath(p, s, t);
  if (para && (para.path.xiang || para.path.kuan)) return pathConcept(para.path, title, para.binding, [kind]);
  if (kind !== 'T05' || !/财政拨款支出/.test(title)) return null;
  if (para?.path.cls) return classConcept(para.path.cls, title, para.binding === 'path' ? 'label' : 'position');
  let head = s;
  for (let i = s.index - 1; i >= 0 && p.sentences[i]!.block === s.block; i--) head = p.sentences[i]!;
  const text = normLabel(head.text);
  if (text === head.text.replace(/\s/g, '')) return null; // the block heading carries no enumerator
  const finals = p.sentences.filter((x) => x.block === s.block && x.section === s.section)
    .flatMap((x) => x.tokens.filter((k) => isFinal(k) && finalSubject(k) === ''));
  const cls = /^(.+?)(?:（类）|(?:年初|全年)?预算数?|决算数?)/.exec(text);
  if (cls && /支出$|（类）/.test(cls[0])) return classConcept(cls[1]!.replace(/（类）$/, ''), title, finals.length === 1 ? 'label' : 'position');
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
