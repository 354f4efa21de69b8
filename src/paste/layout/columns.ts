// Amount columns of a layout table: header words give each column's centre on the header page, the
// page's amount clusters refine them into right-edge references, and pages without a header reuse
// the header page's references rescaled (pdftotext compresses each page differently).
import { compactLabel, type Frag, type LayoutLine } from './frags.ts';
import {
  amountEnd, assignMonotone, calibrate, clusterEnds, mapContinuationPage, type Cluster,
} from './geometry.ts';
import { matchesHeader, type AmountColSpec } from './specs.ts';

export interface PageGeometry {
  readonly factor: number;
  /** right-edge reference per column */
  readonly refs: readonly number[];
  /** the page's clusters could not be mapped to columns with certainty */
  readonly ambiguous: boolean;
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

/** Geometry of the page that carries the header. */
export function headerPageGeometry(lines: readonly LayoutLine[], centers: readonly number[]): PageGeometry {
  const rows = amountsOf(lines);
  const factor = calibrate(rows);
  const amounts = rows.flat();
  const clusters = clusterEnds(amounts.map((a) => amountEnd(a, factor)));
  const clusterCenters = clusters.map((c) => c.end - medianWidth(amounts, c, factor) / 2);
  const fit = assignMonotone(clusterCenters, centers);
  const refs = [...centers];
  if (!fit) return { factor, refs: centers.map((c) => c + 3), ambiguous: clusters.length > 0 };
  const offsets = fit.cols.map((c, i) => clusters[i]!.end - centers[c]!);
  const offset = offsets.length ? offsets.sort((a, b) => a - b)[Math.floor(offsets.length / 2)]! : 3;
  for (let c = 0; c < refs.length; c++) refs[c] = centers[c]! + offset;
  fit.cols.forEach((c, i) => (refs[c] = clusters[i]!.end));
  return { factor, refs, ambiguous: false };
}

function medianWidth(amounts: readonly Frag[], c: Cluster, factor: number): number {
  const widths = amounts
    .filter((a) => Math.abs(amountEnd(a, factor) - c.end) <= 1.5)
    .map((a) => a.x1 - a.x0)
    .sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? 6;
}

/** Geometry of a page without a header, derived from the header page's references. */
export function continuationGeometry(
  lines: readonly LayoutLine[],
  headerRefs: readonly number[],
  origin: number,
): PageGeometry {
  const rows = amountsOf(lines);
  const factor = calibrate(rows);
  const clusters = clusterEnds(rows.flat().map((a) => amountEnd(a, factor)));
  const mapped = mapContinuationPage(clusters, headerRefs, origin);
  return { factor, refs: mapped.refs, ambiguous: mapped.ambiguous };
}

/** Column index of each amount of one line (in line order), or null when it cannot be placed. */
export function placeLine(amounts: readonly Frag[], geo: PageGeometry): { cols: number[]; ambiguous: boolean } | null {
  const ends = amounts.map((a) => amountEnd(a, geo.factor));
  const fit = assignMonotone(ends, geo.refs);
  if (!fit) return null;
  return { cols: fit.cols, ambiguous: fit.ambiguous || geo.ambiguous };
}
