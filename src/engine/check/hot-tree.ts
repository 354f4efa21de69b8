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
  const slowInstance = (i: number) => {
    const o = evaluateDecimal(plan, i, plan.bind(i, scratch), ctx, scratch);
    if (o.verdict !== 'pass') onOutcome(i, o);
  };
  for (let k = 0; k < width; k++) {
    const arrays = cache.columnArrays(tree.cols[k]!);
    const { val, half, kind } = arrays;
    if (arrays.slow === 0 && accepts.eq) {
      nominalTree(tree, val, k, accepts, slowInstance);
      continue;
    }
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
      slowInstance(x * width + k);
    }
  }
}

/**
 * Every cell of the column a number or blank: only the values are read and only the nominal comparison is left
 * (an all-blank instance is 0, which the caller has checked the operator accepts). An instance beyond the exact
 * range goes to the Decimal path, which decides it.
 */
function nominalTree(tree: HotTree, val: Float64Array, k: number, accepts: Plan['op']['accepts'], slowInstance: (i: number) => void): void {
  const { parents, childStart, children } = tree;
  const { lt, gt } = accepts;
  const width = tree.cols.length;
  for (let x = 0; x < parents.length; x++) {
    const start = childStart[x]!;
    const end = childStart[x + 1]!;
    let d = val[parents[x]!]!;
    let abs = Math.abs(d);
    for (let j = start; j < end; j++) {
      const v = val[children[j]!]!;
      d -= v;
      abs += Math.abs(v);
    }
    // the widest half-widths (½ each) added, every partial sum stays exact below 2^53
    if (abs + 50000 * (end - start + 1) >= MAX_SAFE || (d < 0 ? !lt : d > 0 ? !gt : false)) slowInstance(x * width + k);
  }
}
