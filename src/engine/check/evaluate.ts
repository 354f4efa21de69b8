// Evaluating one bound instance. The fast path classifies on scaled integers and returns early on a
// pass; everything else (a failure to report, text, 5+ decimals) is decided and reported by the
// Decimal path, so both paths give the same findings.
import type { Finding } from '../finding.ts';
import type { CheckContext, Scratch } from './context.ts';
import { classifyNumber, FAST_MASK, K_NUM, MAX_SAFE, type Verdict } from './fast-path.ts';
import { evaluateDecimal } from './evaluate-decimal.ts';
import type { HotColumns, Plan } from './plan.ts';

export type OutcomeVerdict = Verdict | 'unsure';

export interface Outcome {
  readonly verdict: OutcomeVerdict;
  readonly finding: Finding | null;
}

export const PASS: Outcome = Object.freeze({ verdict: 'pass', finding: null });

export function evaluateInstance(plan: Plan, i: number, ctx: CheckContext, scratch: Scratch, fast: boolean): Outcome {
  const n = plan.bind(i, scratch);
  if (fast && plan.constScaled !== null && classifyFast(plan, n, ctx, scratch) === 'pass') return PASS;
  return evaluateDecimal(plan, i, n, ctx, scratch);
}

/** Scaled-integer classification; 'slow' when an operand or the sum leaves the exact range. */
export function classifyFast(plan: Plan, n: number, ctx: CheckContext, s: Scratch): Verdict | 'slow' {
  let d = plan.constScaled!;
  let e = 0;
  let abs = d < 0 ? -d : d;
  let kinds = 0;
  for (let k = 0; k < n; k++) {
    const r = s.row[k]!;
    if (r < 0) continue;
    const a = ctx.caches[s.tab[k]!]!.columnArrays(s.col[k]!);
    kinds |= 1 << a.kind[r]!;
    const v = a.val[r]!;
    d += s.left[k] ? s.sign[k]! * v : -s.sign[k]! * v;
    e += a.half[r]!;
    abs += v < 0 ? -v : v;
  }
  if ((kinds & ~FAST_MASK) !== 0) return 'slow';
  // blank on both sides never fails
  if ((kinds & (1 << K_NUM)) === 0 && !plan.hasConst) return 'pass';
  if (abs + e >= MAX_SAFE) return 'slow';
  return classifyNumber(plan.op.accepts, d, e);
}

/**
 * The hot loop for column identities over many rows: typed arrays only, no allocation per cell. Rows
 * that do not pass nominally on exact integers (or hold anything but numbers and blanks) are handed to
 * the Decimal path, which decides and reports them.
 */
export function runHotLoop(plan: Plan, hot: HotColumns, ctx: CheckContext, scratch: Scratch, onOutcome: (i: number, o: Outcome) => void): void {
  const cache = ctx.caches[hot.tab]!;
  const n = hot.cols.length;
  const vals = hot.cols.map((c) => cache.columnArrays(c).val);
  const halfs = hot.cols.map((c) => cache.columnArrays(c).half);
  const kindsOf = hot.cols.map((c) => cache.columnArrays(c).kind);
  const signs = Float64Array.from(hot.signs);
  const accepts = plan.op.accepts;
  const c0 = plan.constScaled!;
  const numBit = 1 << K_NUM;
  const rows = hot.rows;
  const fastMask = FAST_MASK;
  const maxSafe = MAX_SAFE;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let d = c0;
    let e = 0;
    let abs = c0 < 0 ? -c0 : c0;
    let kinds = 0;
    for (let k = 0; k < n; k++) {
      kinds |= 1 << kindsOf[k]![r]!;
      const v = vals[k]![r]!;
      d += signs[k]! * v;
      e += halfs[k]![r]!;
      abs += v < 0 ? -v : v;
    }
    if ((kinds & ~fastMask) === 0) {
      if ((kinds & numBit) === 0 && !plan.hasConst) continue;
      if (abs + e < maxSafe && (d < 0 ? accepts.lt : d > 0 ? accepts.gt : accepts.eq)) continue;
    }
    const o = evaluateDecimal(plan, i, plan.bind(i, scratch), ctx, scratch);
    if (o.verdict !== 'pass') onOutcome(i, o);
  }
}
