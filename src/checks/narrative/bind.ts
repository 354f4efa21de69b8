// Binding numbers to what they describe inside one sentence or one numbered block: deltas (增加 D) to the
// level they change, 决算/预算 amounts of the same subject, and the percentage that follows a number.
import { blockBefore } from './segment.ts';
import type { PreparedNarrative, Sentence, Token } from './model.ts';

export type Direction = 'up' | 'down';
const VERB_RE = /(?:各)?(增加|减少|增长|下降|降低)(?:了)?$/;
const ENUM_RE = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.]|其中|其中：)+/;
const COMPARE_RE = /(?:与|比|较)(?:上年|上一年度|20\d\d年度?|年初预算数?|全年预算数?)?(?:相比)?/g;

export function directionOf(word: string): Direction | null {
  const up = /增加|增长/.test(word);
  const down = /减少|下降|降低/.test(word);
  return up === down ? null : up ? 'up' : 'down';
}

/** A delta amount: its label ends with a change verb (“…减少56.95万元”). */
export function isDelta(t: Token): boolean {
  return t.kind === 'amount' && VERB_RE.test(t.label);
}

export function isLevel(t: Token): boolean {
  return t.kind === 'amount' && !isDelta(t);
}

/** The label without enumerators, comparison phrases, trailing 为/是 and change verbs. */
export function subjectOf(label: string): string {
  return label.replace(ENUM_RE, '').replace(COMPARE_RE, '').replace(VERB_RE, '')
    .replace(/(?:为|是|达到?|共计|累计)$/, '').replace(/^(?:本部门|本单位)/, '');
}

export interface Bound<T> {
  readonly token: T;
  readonly sentence: Sentence;
}

/** The level a delta changes: nearest level before it in the sentence, else in the block's earlier
 *  sentences one whose subject matches. Several different candidates → 'ambiguous'. */
export function levelForDelta(p: PreparedNarrative, s: Sentence, d: Token): Bound<Token> | 'ambiguous' | null {
  const subject = subjectOf(d.clause);
  // an excluded amount (“剔除…23.55 万元”) is never the level that changed
  const inSentence = s.tokens.filter((t) => t.end <= d.start && isLevel(t) && !/剔除/.test(t.clause));
  const same = subject ? inSentence.filter((t) => subjectOf(t.label).endsWith(subject)) : [];
  const pick = same.length > 0 ? same : inSentence;
  if (pick.length > 0) return { token: pick[pick.length - 1]!, sentence: s };
  for (const prev of blockBefore(p, s).slice(0, 3)) {
    const levels = prev.tokens.filter(isLevel);
    if (levels.length === 0) continue;
    const matching = subject ? levels.filter((t) => subjectOf(t.label).endsWith(subject) || subject.endsWith(subjectOf(t.label))) : [];
    if (matching.length === 1) return { token: matching[0]!, sentence: prev };
    if (matching.length > 1) {
      const values = new Set(matching.map((t) => t.value.toString()));
      return values.size === 1 ? { token: matching[0]!, sentence: prev } : 'ambiguous';
    }
    if (!subject && levels.length === 1) return { token: levels[0]!, sentence: prev };
    return null;
  }
  return null;
}

/** The token right after `t` when only a clause separator and a few words lie between. */
export function nextToken(s: Sentence, t: Token): { token: Token; between: string } | null {
  const i = s.tokens.indexOf(t);
  const n = s.tokens[i + 1];
  if (!n) return null;
  const between = s.text.slice(t.end - s.start, n.start - s.start);
  return between.length <= 16 ? { token: n, between } : null;
}
