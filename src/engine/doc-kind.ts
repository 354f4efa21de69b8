// Which kind of document a report is — 部门决算 (final accounts) or 部门预算 (budget), and whether it is a
// department's (部门, 汇总) or one unit's (单位) — from its heading, its part headings and narrative wording, and its
// tables' titles. Evidence on both sides that does not clearly lean one way makes it 'ambiguous' (said, not guessed).
import type { ParsedDocument } from './document.ts';
import { isBudgetKind, type Table, type TableKind } from './table.ts';

export type DocFamily = 'final' | 'budget';
export type DocKindValue = DocFamily | 'ambiguous' | 'unknown';
export type DocScope = 'department' | 'unit';

export interface DocKind {
  readonly kind: DocKindValue;
  /** 部门 (department, 汇总) or 单位 (one unit); null when nothing says */
  readonly scope: DocScope | null;
  /** how many phrases and table titles speak for each family */
  readonly evidence: { readonly final: number; readonly budget: number };
}

/** The heading counts this many phrases: a document titled “…部门预算” is a budget unless much else says otherwise. */
const TITLE_WEIGHT = 5;
/** The majority must be at least this many times the minority; else both sides are real and the kind is ambiguous. */
const CLEAR_RATIO = 3;

const FINAL_PHRASE = /(?:部门|单位)(?:汇总)?决算|决算(?:公开|总表|情况说明|报表)/g;
const BUDGET_PHRASE = /(?:部门|单位)(?:汇总)?预算(?:公开|情况说明|编制|表)|预算(?:公开|情况说明)|(?:部门|单位)(?:汇总)?预算(?=$|\n)/g;

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
const squeeze = (s: string) => s.replace(/[ \t\u3000\u00a0]+/g, '');

/** The family a table's kind belongs to (T01–T10 and 绩效 are 决算 kinds; unknown has none). */
export function familyOfKind(kind: TableKind): DocFamily | null {
  if (isBudgetKind(kind)) return 'budget';
  return /^T\d\d$/.test(kind) ? 'final' : null;
}

/** What a table's own title says: 决算 in it, or a B kind (recognised only from a 预算 title without 决算). */
export function tableTitleFamily(t: Table): DocFamily | null {
  if (isBudgetKind(t.kind)) return 'budget';
  return /决算/.test(squeeze(t.title)) ? 'final' : null;
}

function scopeOf(text: string): DocScope | null {
  const unit = count(text, /单位(?:汇总)?(?:决算|预算)(?!单位)/g);
  const dept = count(text, /部门(?:汇总)?(?:决算|预算)/g);
  if (unit > dept) return 'unit';
  return dept > 0 ? 'department' : null;
}

export function documentKind(doc: ParsedDocument): DocKind {
  const title = squeeze(doc.title ?? '');
  // the narrative also carries the cover and part headings (第三部分 2019 年度部门预算情况说明)
  const text = squeeze(doc.narrative.text);
  let final = count(text, FINAL_PHRASE);
  let budget = count(text, BUDGET_PHRASE);
  if (/决算/.test(title)) final += TITLE_WEIGHT;
  else if (/预算/.test(title)) budget += TITLE_WEIGHT;
  for (const t of doc.tables) {
    const f = tableTitleFamily(t);
    if (f === 'final') final++;
    else if (f === 'budget') budget++;
  }
  const scope = scopeOf(`${title}\n${text}`);
  const evidence = { final, budget };
  if (final === 0 && budget === 0) return { kind: 'unknown', scope, evidence };
  if (final >= CLEAR_RATIO * budget) return { kind: 'final', scope, evidence };
  if (budget >= CLEAR_RATIO * final) return { kind: 'budget', scope, evidence };
  return { kind: 'ambiguous', scope, evidence };
}

/**
 * Whether a table's pack rules may run in a document of this kind: a 决算 kind never in a budget, a budget kind
 * never in a final account; in an ambiguous document only a table whose own title says which it is.
 * 'conflict' = the table's kind family is not the document's (or cannot be told): listed as 未能核对, never guessed.
 */
export function tableFitsDocument(t: Table, kind: DocKindValue): 'fits' | 'conflict' {
  const family = familyOfKind(t.kind);
  if (family === null || kind === 'unknown') return 'fits';
  if (kind === 'ambiguous') return tableTitleFamily(t) === family ? 'fits' : 'conflict';
  return family === kind ? 'fits' : 'conflict';
}
