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
  const arrays = hot.cols.map((c) => cache.columnArrays(c));
  const c0 = plan.constScaled!;
  const rows = hot.rows;
  const slowRow = (i: number) => {
    const o = evaluateDecimal(plan, i, plan.bind(i, scratch), ctx, scratch);
    if (o.verdict !== 'pass') onOutcome(i, o);
  };
  // every cell a number or blank and every sum exact: only the nominal comparison is left per row
  if (arrays.every((a) => a.slow === 0) && (plan.hasConst || plan.op.accepts.eq)) {
    nominalLoop(plan, arrays.map((a) => a.val), hot.signs, rows, slowRow);
    return;
  }
  const n = hot.cols.length;
  const vals = arrays.map((a) => a.val);
  const halfs = arrays.map((a) => a.half);
  const kindsOf = arrays.map((a) => a.kind);
  const signs = Float64Array.from(hot.signs);
  const accepts = plan.op.accepts;
  const numBit = 1 << K_NUM;
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
    slowRow(i);
  }
}

/**
 * Rows passing on the nominal difference alone: only the value arrays are read. An all-blank row has d = constant
 * = 0 here, which the operator accepts (the caller checks), so "blank on both sides never fails" needs no kind reads.
 * Σ|operand| + the widest possible half-widths below 2^53 keeps every partial sum exact; a row beyond it, or not
 * passing nominally, goes to the Decimal path (which decides a row that would have passed the same way).
 */
function nominalLoop(plan: Plan, vals: readonly Float64Array[], signs: readonly number[], rows: Int32Array, slowRow: (i: number) => void): void {
  const { lt, eq, gt } = plan.op.accepts;
  const c0 = plan.constScaled!;
  const limit = MAX_SAFE - HALF_MAX * vals.length - (c0 < 0 ? -c0 : c0);
  // the common shape unrolled: a = b + c + … (every sign +1 on the left, −1 on the right), up to 8 operands
  const plus = signs.every((s, k) => (k === 0 ? s === 1 : s === -1));
  if (plus && vals.length <= 8) {
    const z = zeros(vals[0]!.length);
    const [a = z, b = z, c = z, d = z, e = z, f = z, g = z, h = z] = vals;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      const va = a[r]!, vb = b[r]!, vc = c[r]!, vd = d[r]!, ve = e[r]!, vf = f[r]!, vg = g[r]!, vh = h[r]!;
      const x = c0 + va - vb - vc - vd - ve - vf - vg - vh;
      const abs = Math.abs(va) + Math.abs(vb) + Math.abs(vc) + Math.abs(vd) + Math.abs(ve) + Math.abs(vf) + Math.abs(vg) + Math.abs(vh);
      if (abs >= limit || (x < 0 ? !lt : x > 0 ? !gt : !eq)) slowRow(i);
    }
    return;
  }
  const n = vals.length;
  const s = Float64Array.from(signs);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let x = c0;
    let abs = 0;
    for (let k = 0; k < n; k++) {
      const v = vals[k]![r]!;
      x += s[k]! * v;
      abs += Math.abs(v);
    }
    if (abs >= limit || (x < 0 ? !lt : x > 0 ? !gt : !eq)) slowRow(i);
  }
}

/** ½ at 0 decimals on the 10^5 scale: the widest half-width a cell can have. */
const HALF_MAX = 50000;

let zeroColumn = new Float64Array(0);
/** A shared all-zero column for the unrolled loop's unused operands (never written). */
function zeros(n: number): Float64Array {
  if (zeroColumn.length < n) zeroColumn = new Float64Array(n);
  return zeroColumn;
}
