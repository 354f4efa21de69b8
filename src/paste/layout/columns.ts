// Amount columns of a layout table: header words give each column's centre on the header page, the
// page's amount clusters refine them into right-edge references, and pages without a header reuse
// the header page's references rescaled (pdftotext compresses each page differently).
import { compactLabel, type Frag, type LayoutLine } from './frags.ts';
import {
  amountEnd, assignMonotone, calibrate, clusterEnds, continuationCandidates, FACTORS, mapContinuationPage,
} from './geometry.ts';
import { matchesHeader, type AmountColSpec } from './specs.ts';

export interface PageGeometry {
  readonly factor: number;
  /** right-edge reference per column */
  readonly refs: readonly number[];
  /** the page's clusters could not be mapped to columns with certainty */
  readonly ambiguous: boolean;
  /** the page's column mapping was chosen among several by the identities it satisfies (an inference) */
  readonly inferred?: boolean;
}

const center = (f: Frag) => (f.x0 + f.x1) / 2;

/** Centre of each column's header on the header lines, searched left to right; null when not printed. */
export function headerCenters(lines: readonly LayoutLine[], cols: readonly AmountColSpec[]): (number | null)[] {
  const words = lines
    .flatMap((l) => l.frags.filter((f) => f.kind === 'text'))
    .map((f) => ({ text: compactLabel([f.text]), c: center(f) }))
    .sort((a, b) => a.c - b.c);
  const out: (number | null)[] = [];
  let last = -Infinity;
  for (const spec of cols) {
    const hit = words.find((w) => w.c > last + 1 && matchesHeader(w.text, spec.names));
    out.push(hit ? hit.c : null);
    if (hit) last = hit.c;
  }
  return out;
}

/** Fill unprinted header centres by interpolation between printed neighbours. */
export function fillCenters(centers: readonly (number | null)[], fallbackStart: number): number[] {
  const known = centers.map((c, i) => [i, c] as const).filter((p): p is readonly [number, number] => p[1] !== null);
  if (known.length === 0) return centers.map((_, i) => fallbackStart + 10 * i);
  const step = known.length > 1
    ? (known[known.length - 1]![1] - known[0]![1]) / (known[known.length - 1]![0] - known[0]![0])
    : 10;
  return centers.map((c, i) => {
    if (c !== null) return c;
    const prev = [...known].reverse().find((k) => k[0] < i);
    const next = known.find((k) => k[0] > i);
    if (prev && next) return prev[1] + ((next[1] - prev[1]) * (i - prev[0])) / (next[0] - prev[0]);
    if (prev) return prev[1] + step * (i - prev[0]);
    return next![1] - step * (next![0] - i);
  });
}

function amountsOf(lines: readonly LayoutLine[]): Frag[][] {
  return lines.map((l) => l.frags.filter((f) => f.kind === 'amount')).filter((a) => a.length > 0);
}

/**
 * Geometry of the page that carries the header: the wide-character factor and a global offset from
 * header centres to amount right edges are fitted together, then each column's reference is the
 * median right edge of the amounts first assigned to it.
 */
export function headerPageGeometry(
  lines: readonly LayoutLine[], headerCenters: readonly number[], panes?: readonly (number | undefined)[],
): PageGeometry {
  const centers = rightEdges(headerCenters, panes);
  const rows = amountsOf(lines);
  if (rows.length === 0) return { factor: 0, refs: centers.map((c) => c + 4), ambiguous: false };
  let best = { factor: 0, refs: [...centers], cost: Infinity };
  const amounts = rows.flat();
  const factors = amounts.some((a) => a.wide > 0) ? FACTORS : [0];
  for (const factor of factors) {
    const ends = amounts.map((a) => amountEnd(a, factor));
    for (let delta = -4; delta <= 8; delta += 0.5) {
      // nearest-column distance is enough to fit the offset; the monotone assignment comes after
      let cost = 0;
      for (const e of ends) {
        let d = Infinity;
        for (const c of centers) d = Math.min(d, Math.abs(e - c - delta));
        cost += d;
      }
      // a non-zero factor must pay for itself: with few amounts after CJK text it would overfit
      const margin = factor === 0 ? 0.5 : 2 + 0.5 * amounts.filter((a) => a.wide > 0).length;
      if (cost < best.cost - margin) best = { factor, refs: centers.map((c) => c + delta), cost };
    }
  }
  const assigned: number[][] = centers.map(() => []);
  for (const r of rows) {
    const ends = r.map((a) => amountEnd(a, best.factor));
    assignMonotone(ends, best.refs)?.cols.forEach((c, i) => assigned[c]!.push(ends[i]!));
  }
  // a single amount does not define its column: it would always fit itself
  const refs = best.refs.map((ref, c) => (assigned[c]!.length >= 2 ? median(assigned[c]!) : ref));
  return { factor: best.factor, refs: enforceOrder(refs), ambiguous: false };
}

/**
 * Where right-aligned amounts end, from header centres: half-way to the next column's centre within
 * the same pane; the last column of a pane extends as far as half its gap to the previous one.
 */
export function rightEdges(centers: readonly number[], panes?: readonly (number | undefined)[]): number[] {
  const pane = (i: number) => panes?.[i] ?? 0;
  return centers.map((c, i) => {
    const next = centers[i + 1];
    if (next !== undefined && pane(i + 1) === pane(i)) return (c + next) / 2;
    const prev = centers[i - 1];
    return prev !== undefined && pane(i - 1) === pane(i) ? c + (c - prev) / 2 : c + 4;
  });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Keep references strictly increasing (a refined column must not overtake its neighbour). */
function enforceOrder(refs: number[]): number[] {
  for (let i = 1; i < refs.length; i++) if (refs[i]! <= refs[i - 1]!) refs[i] = refs[i - 1]! + 1;
  return refs;
}

/** Geometry of a page without a header, derived from the header page's references. */
export function continuationGeometry(
  lines: readonly LayoutLine[],
  headerRefs: readonly number[],
  origin: number,
): PageGeometry {
  const rows = amountsOf(lines);
  const factor = calibrate(rows);
  const clusters = clusterEnds(rows.flat().map((a) => amountEnd(a, factor)), 2.5);
  const mapped = mapContinuationPage(clusters, headerRefs, origin);
  return { factor, refs: mapped.refs, ambiguous: mapped.ambiguous };
}

/** Every plausible geometry of a headerless page with its geometric misfit, best first. */
export function continuationOptions(
  lines: readonly LayoutLine[],
  headerRefs: readonly number[],
  origin: number,
): { geo: PageGeometry; score: number }[] {
  const rows = amountsOf(lines);
  const factor = calibrate(rows);
  const clusters = clusterEnds(rows.flat().map((a) => amountEnd(a, factor)), 2.5);
  return continuationCandidates(clusters, headerRefs, origin).map((c) => ({
    geo: { factor, refs: c.refs, ambiguous: c.ambiguous },
    score: c.score,
  }));
}

/** Column index of each amount of one line (in line order), or null when it cannot be placed. */
export function placeLine(amounts: readonly Frag[], geo: PageGeometry): { cols: number[]; ambiguous: boolean } | null {
  const ends = amounts.map((a) => amountEnd(a, geo.factor));
  const fit = assignMonotone(ends, geo.refs);
  if (!fit) return null;
  return { cols: fit.cols, ambiguous: fit.ambiguous || geo.ambiguous };
}
