// Narrative (情况说明) checks: every amount and percentage in the text against the tables and against the
// other numbers of its sentence (domain §3). Entry point: checkNarrative(doc) → findings of table "N".
import type { ParsedDocument } from '../../engine/document.ts';
import type { Finding } from '../../engine/finding.ts';
import { checkAssets } from './check-assets.ts';
import { checkEmptyStatements } from './check-empty.ts';
import { checkRates, type TableBudget } from './check-rate.ts';
import { checkSubjectNames } from './check-subjects.ts';
import { finalSubject } from './budget.ts';
import { checkShares, type Denominator, type TableBase } from './check-share.ts';
import { checkSums } from './check-sums.ts';
import { checkAgainstTables } from './check-tables.ts';
import { checkText, inferReportYear } from './check-text.ts';
import { checkYoy } from './check-yoy.ts';
import { checkChangeSums } from './check-change-sum.ts';
import { conceptOf } from './concepts.ts';
import { budgetConceptOf, budgetRow } from './budget-concepts.ts';
import { documentKind } from '../../engine/doc-kind.ts';
import { makeEmitter } from './emit.ts';
import { lookup, type Lookup } from './lookup.ts';
import type { PreparedNarrative, Sentence, Token } from './model.ts';
import { sangongFigure, sangongItemOf } from './sangong.ts';
import { prepareNarrative } from './segment.ts';

export { prepareNarrative } from './segment.ts';
export type { PreparedNarrative, Sentence, Token } from './model.ts';

export function checkNarrative(doc: ParsedDocument): Finding[] {
  const text = doc.narrative.text;
  if (text.trim() === '') return [];
  const p = prepareNarrative(text);
  const out: Finding[] = [];
  const emit = makeEmitter(p, out);
  checkText(p, inferReportYear(p, doc.year), emit);
  // a 部门预算 说明 names the budget tables (B01–B13); a 决算 one T01–T10
  const budget = documentKind(doc).kind === 'budget';
  const concepts = budget ? budgetConceptOf : conceptOf;
  const tableFigure = (s: Sentence, t: Token) => {
    const fig = concepts(p, s, t)?.resolve(doc).fig;
    return fig && fig !== 'ambiguous' ? fig : null;
  };
  checkYoy(p, emit, tableFigure, budget ? 'warning' : 'error');
  checkChangeSums(p, emit);
  checkRates(p, emit, budgetFromTables(doc, p), tableFigure);
  checkShares(p, budget ? shareBaseFromBudget(doc) : shareBaseFromTables(doc, p), emit);
  checkAgainstTables(doc, p, emit, concepts);
  checkSums(doc, p, emit);
  checkAssets(doc, p, emit);
  checkEmptyStatements(doc, p, emit);
  checkSubjectNames(doc, p, emit);
  return out.sort((a, b) => (a.span![0] - b.span![0]) || a.ruleId.localeCompare(b.ruleId));
}

/** A 三公 item's 预算 the sentence does not state: T09's budget column for that item (年初/全年 as worded). */
function budgetFromTables(doc: ParsedDocument, p: PreparedNarrative): TableBudget {
  return (s, final, basis) => {
    if (!/三公/.test(p.sections[s.section]?.title ?? '')) return null;
    const item = sangongItemOf(finalSubject(final));
    const fig = item ? sangongFigure(doc, item, basis) : null;
    if (!fig || fig === 'ambiguous') return null;
    // a row whose blanks collapsed (武汉 表7: 3 values under 12 栏) says nothing certain about one column
    const row = doc.tables.find((t) => t.id === fig.ref.table)?.rows[fig.ref.row];
    return row?.flags?.includes('column_ambiguous') ? null : fig;
  };
}

const asDenominator = (f: Lookup, text: string): Denominator | null =>
  f && f !== 'ambiguous' ? { value: f.value, half: f.half, cells: [f.ref], text, binding: f.binding ?? 'label' } : null;

/** 部门预算: “占本年支出合计的…” is B01's 本年支出合计 (江苏 当年支出小计), else B03's 合计; 收入 likewise with B02. */
function shareBaseFromBudget(doc: ParsedDocument): TableBase {
  return (base) => {
    if (/^本年支出(?:合计)?$/.test(base)) {
      return asDenominator(budgetRow(doc, 'B01', /^(?:本年支出合计|当年支出小计)$/), base)
        ?? asDenominator(budgetRow(doc, 'B03', /^(?:合计|总计)$/), base);
    }
    if (/^本年收入(?:合计)?$/.test(base)) {
      return asDenominator(budgetRow(doc, 'B01', /^(?:本年收入合计|当年收入小计)$/), base)
        ?? asDenominator(budgetRow(doc, 'B02', /^(?:本年收入)?合计$/), base);
    }
    return null;
  };
}

/** A share's denominator named in the text (“占本年支出合计的…”) read from the tables. */
function shareBaseFromTables(doc: ParsedDocument, p: PreparedNarrative): TableBase {
  const asDen = (f: Lookup, text: string): Denominator | null =>
    f && f !== 'ambiguous' ? { value: f.value, half: f.half, cells: [f.ref], text, binding: f.binding ?? 'label' } : null;
  return (base, s) => {
    if (/^本年支出(?:合计)?$/.test(base)) {
      return asDen(lookup(doc, 'T01', { label: '本年支出合计' }), base) ?? asDen(lookup(doc, 'T03', { label: '合计' }), base);
    }
    if (/^本年收入(?:合计)?$/.test(base)) {
      return asDen(lookup(doc, 'T01', { label: '本年收入合计' }), base) ?? asDen(lookup(doc, 'T02', { label: '合计' }), base);
    }
    if (base === '' && /三公/.test(p.sections[s.section]?.title ?? '')) {
      return asDen(sangongFigure(doc, 'total', 'final'), '“三公”经费决算');
    }
    return null;
  };
}
