// Finds the 预算 (B) and 决算 (F) amounts a sentence talks about: in the sentence itself, else in the
// earlier sentences of the same numbered block. A 决算 with its own subject (“公务接待费决算为…”) only
// pairs with a 预算 of that subject.
import { blockBefore, } from './segment.ts';
import { isLevel, subjectOf } from './bind.ts';
import type { Binding, PreparedNarrative, Sentence, Token } from './model.ts';

export type Basis = 'initial' | 'full' | 'any';
const FINAL_RE = /(?:决算(?:数)?|执行数|全年支出|实际支出|支出决算)(?:为|是)?$/;
const BUDGET_RE = /(年初|全年)?预算(?:数)?(?:为|是)?$/;

export const isFinal = (t: Token) => isLevel(t) && FINAL_RE.test(t.label) && !/剔除/.test(t.label);
export const isBudget = (t: Token) => isLevel(t) && BUDGET_RE.test(t.label) && !/决算/.test(t.label.slice(-4));

export function basisOf(t: Token): Basis {
  const m = BUDGET_RE.exec(t.label);
  return m?.[1] === '年初' ? 'initial' : m?.[1] === '全年' ? 'full' : 'any';
}

export function basisWord(text: string): Basis {
  return /年初/.test(text) ? 'initial' : /全年/.test(text) ? 'full' : 'any';
}

export const finalSubject = (t: Token) => subjectOf(t.label).replace(/(?:支出)?(?:决算(?:数)?|执行数)(?:为|是)?$/, '').replace(/(?:20\d\d年)?全年支出$/, '');
export const budgetSubject = (t: Token) => subjectOf(t.label).replace(/(?:年初|全年)?预算(?:数)?(?:为|是)?$/, '');

export interface BudgetPair {
  readonly final: Token;
  readonly budgets: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** 'adjacent' when the 预算 and the 决算 are the paragraph's only pair; 'position' when another 决算 lies between */
  readonly binding: Binding;
}

/** The 决算 before offset `before` and the 预算 amounts that go with it. */
export function findBudgetPair(p: PreparedNarrative, s: Sentence, before: number): BudgetPair | null {
  const scopes = [s, ...blockBefore(p, s).slice(0, 4)];
  for (const scope of scopes) {
    const toks = scope.tokens.filter((t) => t.end <= before);
    const finals = toks.filter(isFinal);
    const final = finals[finals.length - 1];
    if (!final) continue;
    const subject = finalSubject(final);
    const prior = toks.filter((t) => t.end <= final.start && isBudget(t));
    if (subject) {
      const same = prior.filter((t) => budgetSubject(t).endsWith(subject) || subject.endsWith(budgetSubject(t)) && budgetSubject(t) !== '');
      return { final, budgets: same, sentences: [scope], binding: 'adjacent' };
    }
    if (prior.length > 0) return { final, budgets: lastGroup(prior), sentences: [scope], binding: 'adjacent' };
    // the 预算 can sit in an earlier sentence of the block (“年初预算为…。支出决算为…”)
    for (const earlier of scopes.slice(scopes.indexOf(scope) + 1)) {
      const b = earlier.tokens.filter(isBudget);
      if (b.length === 0) continue;
      // another 决算 between the 预算 and this one: which of them the 预算 belongs to is a guess
      const between = scopes.slice(scopes.indexOf(scope), scopes.indexOf(earlier))
        .flatMap((x) => x.tokens.filter((t) => isFinal(t) && t !== final && (x !== scope || t.end <= before)))
        .concat(earlier.tokens.filter((t) => isFinal(t) && t.start > b[b.length - 1]!.start));
      return { final, budgets: lastGroup(b), sentences: [scope, earlier], binding: between.length === 0 ? 'adjacent' : 'position' };
    }
    return { final, budgets: [], sentences: [scope], binding: 'adjacent' };
  }
  return null;
}

/** Consecutive budget amounts right before the 决算 (年初 and 全年 both stated). */
function lastGroup(budgets: readonly Token[]): Token[] {
  const out: Token[] = [];
  const seen = new Set<Basis>();
  for (let i = budgets.length - 1; i >= 0; i--) {
    const b = budgets[i]!;
    const k = basisOf(b);
    if (seen.has(k)) break;
    seen.add(k);
    out.unshift(b);
  }
  return out;
}

export function pickBudget(budgets: readonly Token[], basis: Basis): { chosen: Token | null; other: Token | null } {
  if (budgets.length === 0) return { chosen: null, other: null };
  const exact = basis === 'any' ? null : budgets.find((b) => basisOf(b) === basis) ?? null;
  const chosen = exact ?? (basis === 'any' ? budgets[budgets.length - 1]! : budgets.find((b) => basisOf(b) === 'any') ?? null);
  const other = budgets.find((b) => b !== chosen) ?? null;
  return { chosen, other };
}
