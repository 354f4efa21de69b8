// Binding numbers to what they describe inside one sentence or one numbered block: deltas (增加 D) to the
// level they change, 决算/预算 amounts of the same subject, and the percentage that follows a number.
import { blockBefore } from './segment.ts';
import type { Binding, PreparedNarrative, Sentence, Token } from './model.ts';

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
  /** how the level was chosen (see Binding) */
  readonly binding: Binding;
  /** the other levels the delta could refer to (checked before a failure is reported) */
  readonly others: readonly Bound<T>[];
}

const bound = (token: Token, sentence: Sentence, binding: Binding, others: readonly Bound<Token>[] = []): Bound<Token> =>
  ({ token, sentence, binding, others });

/** The level a delta changes: nearest level before it in the sentence, else in the block's earlier
 *  sentences one whose subject matches. Several different candidates → 'ambiguous'. The binding is
 *  'label' when the subjects match, 'adjacent' when the level is the only candidate or stands right before
 *  the change in the same clause chain (“X 万元，比上年增加 D 万元”), else 'position'. */
export function levelForDelta(p: PreparedNarrative, s: Sentence, d: Token): Bound<Token> | 'ambiguous' | null {
  const subject = subjectOf(d.clause);
  // an excluded amount (“剔除…23.55 万元”) is never the level that changed
  const inSentence = s.tokens.filter((t) => t.end <= d.start && isLevel(t) && !/剔除/.test(t.clause));
  const same = subject ? inSentence.filter((t) => subjectOf(t.label).endsWith(subject)) : [];
  const pick = same.length > 0 ? same : inSentence;
  if (pick.length > 0) {
    const level = pick[pick.length - 1]!;
    const others = inSentence.filter((t) => t !== level).map((t) => bound(t, s, 'position'));
    const between = s.text.slice(level.end - s.start, d.start - s.start);
    // “收入总计 A，其中年初结转 B，较上年增加 D”: the change after an aside (其中…) may be the head's
    const clauseAt = level.start - s.start - level.clause.length;
    const aside = inSentence.indexOf(level) > 0 && /其中/.test(s.text.slice(Math.max(0, clauseAt - 3), clauseAt) + level.clause);
    const binding: Binding = same.length === 1 ? 'label'
      : pick.length === 1 ? 'adjacent'
        : !aside && !s.tokens.some((t) => t.start >= level.end && t.end <= d.start && t.kind === 'amount') && between.length <= 24 ? 'adjacent'
          : 'position';
    return bound(level, s, binding, others);
  }
  const earlier = blockBefore(p, s).slice(0, 3);
  for (const [k, prev] of earlier.entries()) {
    const levels = prev.tokens.filter(isLevel);
    if (levels.length === 0) continue;
    const matching = subject ? levels.filter((t) => subjectOf(t.label).endsWith(subject) || subject.endsWith(subjectOf(t.label))) : [];
    if (matching.length === 1) return bound(matching[0]!, prev, 'label');
    if (matching.length > 1) {
      const values = new Set(matching.map((t) => t.value.toString()));
      return values.size === 1 ? bound(matching[0]!, prev, 'label') : 'ambiguous';
    }
    // “X 预算数为 A 万元。与上年相比增加 D 万元”: the one level of the sentence just before
    if (!subject && levels.length === 1) return bound(levels[0]!, prev, k === 0 ? 'adjacent' : 'position');
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
