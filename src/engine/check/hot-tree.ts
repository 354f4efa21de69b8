// The hot loop for the hierarchy rule (parent = Σ children in every amount column): typed arrays only,
// no allocation per cell. Anything that does not pass nominally on exact integers goes to the Decimal
// path, which decides and reports it — the same split as the column-identity loop.
import type { CheckContext, Scratch } from './context.ts';
import { evaluateDecimal } from './evaluate-decimal.ts';
import type { Outcome } from './evaluate.ts';
import { FAST_MASK, K_NUM, MAX_SAFE } from './fast-path.ts';
import type { HotTree, Plan } from './plan.ts';

export function runHotTree(plan: Plan, tree: HotTree, ctx: CheckContext, scratch: Scratch, onOutcome: (i: number, o: Outcome) => void): void {
  const cache = ctx.caches[tree.tab]!;
  const width = tree.cols.length;
  const { parents, childStart, children } = tree;
  const accepts = plan.op.accepts;
  const numBit = 1 << K_NUM;
  const fastMask = FAST_MASK;
  const maxSafe = MAX_SAFE;
  for (let k = 0; k < width; k++) {
    const { val, half, kind } = cache.columnArrays(tree.cols[k]!);
    for (let x = 0; x < parents.length; x++) {
      const p = parents[x]!;
      let d = val[p]!;
      let e = half[p]!;
      let abs = d < 0 ? -d : d;
      let kinds = 1 << kind[p]!;
      for (let j = childStart[x]!, end = childStart[x + 1]!; j < end; j++) {
        const c = children[j]!;
        const v = val[c]!;
        d -= v;
        e += half[c]!;
        abs += v < 0 ? -v : v;
        kinds |= 1 << kind[c]!;
      }
      if ((kinds & ~fastMask) === 0) {
        if ((kinds & numBit) === 0) continue;
        if (abs + e < maxSafe && (d < 0 ? accepts.lt : d > 0 ? accepts.gt : accepts.eq)) continue;
      }
      const i = x * width + k;
      const o = evaluateDecimal(plan, i, plan.bind(i, scratch), ctx, scratch);
      if (o.verdict !== 'pass') onOutcome(i, o);
    }
  }
}
