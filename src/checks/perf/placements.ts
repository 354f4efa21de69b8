// Σ分值 and 总分 = Σ得分 when some indicator rows' points could not be placed with certainty (collapsed blanks:
// one number where the table has a 分值 and a 得分 column, or none). Each such row admits these placements:
// its one number is the 分值 (then 0 ≤ 得分 ≤ it, unknown) or the 得分 (then 分值 ≥ it, unknown); a row with no
// number has unknown 0 ≤ 得分 ≤ 分值. The identities are proven wrong only when NO choice of placements and
// unknowns satisfies them together; otherwise nothing is claimed (the caller says what it could not check).
import { Decimal } from '../../engine/decimal.ts';
import type { Num } from './values.ts';

export interface UnsureUnit {
  /** the numbers the row prints in its 分值/得分 columns (0 or 1 of them; two are taken as 分值, 得分) */
  readonly printed: readonly Num[];
}

export interface Known {
  readonly weights: readonly Decimal[];
  readonly scores: readonly Decimal[];
}

export type Verdict = 'satisfiable' | 'weights_fail' | 'scores_fail';

const MAX_UNSURE = 10; // 2^10 placements at most

const sum = (xs: readonly Decimal[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0));

/**
 * Does some placement satisfy Σ分值 = targetWeight (and, when given, Σ得分 = targetScore) within `tolerance`?
 * 'weights_fail': Σ分值 fails under every placement; 'scores_fail': Σ分值 can hold, but never together with 总分.
 * null when there are too many unsure rows to enumerate.
 */
export function judgePlacements(
  known: Known, unsure: readonly UnsureUnit[], targetWeight: Decimal, targetScore: Decimal | null, tolerance: Decimal,
): Verdict | null {
  if (unsure.length > MAX_UNSURE) return null;
  const kw = sum(known.weights);
  const ks = sum(known.scores);
  let weightsOk = false;
  for (let mask = 0; mask < 1 << unsure.length; mask++) {
    // A: the number is the 分值 (得分 in [0, v]); B: the number is the 得分 (分值 ≥ v); C: no number
    let fixedW = kw;
    let fixedS = ks;
    let scoreRoom = new Decimal(0);
    let freeWeights = false;
    let freeScores = false;
    let skip = false;
    unsure.forEach((u, k) => {
      if (u.printed.length >= 2) {
        fixedW = fixedW.plus(u.printed[0]!.value);
        fixedS = fixedS.plus(u.printed[1]!.value);
        if (mask & (1 << k)) skip = true; // one placement only: count it once
        return;
      }
      const v = u.printed[0]?.value;
      if (v === undefined) {
        freeWeights = true;
        freeScores = true;
        if (mask & (1 << k)) skip = true;
      } else if (mask & (1 << k)) {
        fixedW = fixedW.plus(v); // B: weight ≥ v (its minimum here), score = v
        fixedS = fixedS.plus(v);
        freeWeights = true;
      } else {
        fixedW = fixedW.plus(v); // A: weight = v, score in [0, v]
        scoreRoom = scoreRoom.plus(v);
      }
    });
    if (skip) continue;
    const restW = targetWeight.minus(fixedW); // what free weights must add (≥ 0), or 0 when none
    const wOk = freeWeights ? restW.gte(tolerance.neg()) : restW.abs().lte(tolerance);
    if (!wOk) continue;
    weightsOk = true;
    if (targetScore === null) return 'satisfiable';
    // free (C) scores can take up to what the free weights add; B rows' extra weight is free too
    const room = scoreRoom.plus(freeScores ? Decimal.max(restW, 0) : 0);
    const restS = targetScore.minus(fixedS);
    if (restS.gte(tolerance.neg()) && restS.lte(room.plus(tolerance))) return 'satisfiable';
  }
  return weightsOk ? 'scores_fail' : 'weights_fail';
}
