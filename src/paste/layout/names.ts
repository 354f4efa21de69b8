// Wrapped names: text-only lines between two row anchors belong to the row above (continuation) or
// the row below (a name that starts above its code line). pdftotext centres a multi-line name on
// the code line, so the split that keeps each row's name most symmetric wins; blank lines separate.
import { minOf } from '../../engine/arrays.ts';

export interface NameAnchor {
  /** the anchor line carries name text itself */
  readonly onLine: boolean;
  /** length of the name text on the anchor line (0 when none) */
  readonly onLen?: number;
  /** the row needs no name (e.g. a bare 合计 label already counts) */
  readonly labelled?: boolean;
}

/** One gap between anchors: its text lines (count and lengths) and where blank lines allow a split. */
export interface NameGap {
  readonly texts: number; // count of text lines
  /** length of each text line's name text */
  readonly lens?: readonly number[];
  /** allowed split points (0..texts); empty = any */
  readonly blankSplits: readonly number[];
}

const NO_NAME = 3;
const SHORT_INNER = 2; // a wrapped line shorter than the cell width cannot be followed by more of the name
const PREFER_UPPER = 1e-3;

function rowCost(a: number, anchor: NameAnchor, b: number, pieces: readonly number[], width: number): number {
  const named = anchor.onLine || anchor.labelled;
  const base = named ? Math.min(Math.abs(a - b), Math.abs(a - (b - 1))) : Math.abs(a - b);
  let short = 0;
  for (let i = 0; i < pieces.length - 1; i++) if (pieces[i]! < width - 1) short++;
  return base + (a + b === 0 && !named ? NO_NAME : 0) + SHORT_INNER * short;
}

function splitsOf(g: NameGap): number[] {
  if (g.blankSplits.length > 0) return [...g.blankSplits];
  return Array.from({ length: g.texts + 1 }, (_, s) => s);
}

/**
 * gaps[0] lies above anchor 0, gaps[i] between anchor i−1 and i, gaps[n] below the last anchor.
 * Returns per anchor [lines taken from the gap above, lines taken from the gap below].
 */
export function splitNames(anchors: readonly NameAnchor[], gaps: readonly NameGap[]): [number, number][] {
  const n = anchors.length;
  if (n === 0) return [];
  const width = Math.max(0, ...anchors.map((a) => a.onLen ?? 0), ...gaps.flatMap((g) => g.lens ?? []));
  const pieces = (i: number, a: number, b: number): number[] => {
    const up = gaps[i]!.lens?.slice(gaps[i]!.texts - a) ?? [];
    const down = gaps[i + 1]!.lens?.slice(0, b) ?? [];
    const on = anchors[i]!.onLen ? [anchors[i]!.onLen!] : [];
    return [...up, ...on, ...down];
  };
  // split s of gap i: first s text lines go to anchor i−1, the rest to anchor i
  const options = gaps.map((g, i) => (i === 0 ? [0] : i === n ? [g.texts] : splitsOf(g)));
  // dp over gaps: best[i][k] = min cost of anchors < i with gap i split options[i][k]
  let prev = options[0]!.map(() => 0);
  const back: number[][] = [];
  for (let i = 1; i <= n; i++) {
    const cur: number[] = [];
    const arg: number[] = [];
    for (const s of options[i]!) {
      let best = Infinity;
      let bestK = 0;
      options[i - 1]!.forEach((sPrev, k) => {
        const above = gaps[i - 1]!.texts - sPrev;
        const cost = prev[k]! + rowCost(above, anchors[i - 1]!, s, pieces(i - 1, above, s), width) - PREFER_UPPER * s;
        if (cost < best) {
          best = cost;
          bestK = k;
        }
      });
      cur.push(best);
      arg.push(bestK);
    }
    back.push(arg);
    prev = cur;
  }
  const picks = new Array<number>(n + 1);
  let k = prev.indexOf(minOf(prev));
  for (let i = n; i >= 1; i--) {
    picks[i] = options[i]![k]!;
    k = back[i - 1]![k]!;
  }
  picks[0] = options[0]![0]!;
  return anchors.map((_, i) => [gaps[i]!.texts - picks[i]!, picks[i + 1]!]);
}
