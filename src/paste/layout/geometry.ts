// Column geometry of one page of layout text. pdftotext shifts text that follows CJK words by a
// page-specific amount per wide character, so amount positions are corrected by a factor calibrated
// on the page; amounts are then matched to column reference positions by a monotone assignment.
import type { Frag } from './frags.ts';
import { maxOf, minOf } from '../../engine/arrays.ts';

/** Correction factors tried, f = 0 first so it wins ties. */
export const FACTORS = [0, 2, 1, 0.5, 1.5, 2.5, 3, -0.5, -1];
const CLUSTER_TOL = 1.5; // chars

/** Right end of an amount, corrected for the wide characters before it. */
export function amountEnd(f: Frag, factor: number): number {
  return f.x1 - factor * f.wide;
}

export interface Cluster {
  readonly end: number; // median right end
  readonly count: number;
}

export function clusterEnds(ends: readonly number[], tol = CLUSTER_TOL): Cluster[] {
  const sorted = [...ends].sort((a, b) => a - b);
  const out: Cluster[] = [];
  let group: number[] = [];
  const flush = () => {
    if (group.length) out.push({ end: group[Math.floor(group.length / 2)]!, count: group.length });
    group = [];
  };
  for (const e of sorted) {
    if (group.length && e - group[group.length - 1]! > tol) flush();
    group.push(e);
  }
  flush();
  return out;
}

function spreadScore(ends: readonly number[]): number {
  const clusters = clusterEnds(ends);
  const deviation = ends.reduce((s, e) => s + minOf(clusters.map((c) => Math.abs(c.end - e))), 0);
  return clusters.length * 3 + deviation;
}

/** The per-wide-character correction that makes the page's amounts line up best. */
export function calibrate(rows: readonly (readonly Frag[])[]): number {
  const amounts = rows.flat();
  if (!amounts.some((a) => a.wide > 0)) return 0;
  let best = 0;
  let bestScore = Infinity;
  for (const f of FACTORS) {
    const score = spreadScore(amounts.map((a) => amountEnd(a, f)));
    if (score < bestScore - (f === 0 ? 0 : 2)) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

export interface Assignment {
  /** column index per input position */
  readonly cols: number[];
  readonly cost: number;
  /** an input lies closer to the midpoint between two columns than to either column */
  readonly ambiguous: boolean;
}

/** Monotone injective assignment of sorted positions to sorted column references (min Σ|x − ref|). */
export function assignMonotone(xs: readonly number[], refs: readonly number[]): Assignment | null {
  const k = xs.length;
  const n = refs.length;
  if (k > n) return null;
  if (k === 0) return { cols: [], cost: 0, ambiguous: false };
  // dp[i·w + j]: best cost placing the first i inputs among the first j columns
  const w = n + 1;
  const dp = new Float64Array((k + 1) * w).fill(Infinity);
  for (let j = 0; j <= n; j++) dp[j] = 0;
  for (let i = 1; i <= k; i++) {
    for (let j = i; j <= n; j++) {
      const take = dp[(i - 1) * w + j - 1]! + Math.abs(xs[i - 1]! - refs[j - 1]!);
      dp[i * w + j] = Math.min(dp[i * w + j - 1]!, take);
    }
  }
  const cols = new Array<number>(k);
  let j = n;
  for (let i = k; i >= 1; i--) {
    while (j > i && dp[i * w + j - 1]! <= dp[i * w + j]!) j--;
    cols[i - 1] = j - 1;
    j--;
  }
  const ambiguous = cols.some((c, i) => {
    const d = Math.abs(xs[i]! - refs[c]!);
    const left = c > 0 ? Math.abs(xs[i]! - refs[c - 1]!) : Infinity;
    const right = c < n - 1 ? Math.abs(xs[i]! - refs[c + 1]!) : Infinity;
    return Math.min(left, right) - d < 1.5;
  });
  return { cols, cost: dp[k * w + n]!, ambiguous };
}

/**
 * Column references for a page without a header (a continuation page): its amount clusters are
 * mapped to the header page's columns by the injection whose implied horizontal scale (around the
 * label start `origin`) is the most uniform and the closest to 1.
 */
export function mapContinuationPage(
  clusters: readonly Cluster[],
  headerRefs: readonly number[],
  origin: number,
): { refs: number[]; ambiguous: boolean } {
  const all = continuationCandidates(clusters, headerRefs, origin);
  const best = all[0]!;
  const ambiguous = all.length > 1 && all[1]!.score - best.score < 0.02;
  return { refs: best.refs, ambiguous: ambiguous || best.ambiguous };
}

export interface Candidate {
  readonly refs: number[];
  /** geometric misfit: lower is better */
  readonly score: number;
  readonly ambiguous: boolean;
}

/** Every monotone mapping of the page's clusters to the header columns, best geometric fit first. */
export function continuationCandidates(
  clusters: readonly Cluster[],
  headerRefs: readonly number[],
  origin: number,
): Candidate[] {
  const k = clusters.length;
  const n = headerRefs.length;
  if (k === 0 || k > n) return [{ refs: [...headerRefs], score: 0, ambiguous: k > n }];
  const scored: { pick: number[]; score: number }[] = [];
  for (const pick of combinations(n, k)) {
    const scales = pick.map((c, i) => (clusters[i]!.end - origin) / Math.max(1, headerRefs[c]! - origin));
    const lo = minOf(scales);
    const hi = maxOf(scales);
    const mid = (lo + hi) / 2;
    scored.push({ pick, score: hi - lo + 0.3 * Math.abs(mid - 1) });
  }
  scored.sort((a, b) => a.score - b.score);
  return scored.map(({ pick, score }) => {
    const scales = pick.map((c, i) => (clusters[i]!.end - origin) / Math.max(1, headerRefs[c]! - origin));
    const meanScale = scales.reduce((s, v) => s + v, 0) / scales.length;
    const refs = headerRefs.map((r) => origin + (r - origin) * meanScale);
    pick.forEach((c, i) => (refs[c] = clusters[i]!.end));
    for (let i = 1; i < refs.length; i++) if (refs[i]! <= refs[i - 1]!) refs[i] = refs[i - 1]! + 1;
    return { refs, score, ambiguous: false };
  });
}

export function combinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const cur: number[] = [];
  const rec = (start: number) => {
    if (cur.length === k) {
      out.push([...cur]);
      return;
    }
    for (let i = start; i <= n - (k - cur.length); i++) {
      cur.push(i);
      rec(i + 1);
      cur.pop();
    }
  };
  rec(0);
  return out;
}
