// T06 基本支出表 in layout text: two panes of 经济分类 code | name | 决算数 (人员经费 301/303 left,
// 公用经费 302/310 right). Codes may be split over lines ("302⏎ 01 办公费" = 30201), a code may stand
// alone with its name and amount on the next line, and amounts may sit above their row (§6 item 5).
import type { ParseProblem } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import { buildTable, newDraft, unparsedProblem, type PreparedBlock, type RowDraft } from './block.ts';
import { compactLabel, type Frag, type LayoutLine } from './frags.ts';
import { splitNames, type NameGap } from './names.ts';
import { LABEL_HEADER_WORDS, type KindSpec } from './specs.ts';
import { maxOf, minOf, pushAll } from '../../engine/arrays.ts';

const FOOTERS: Readonly<Record<string, number>> = { 人员经费合计: 0, 公用经费合计: 1, 公用支出合计: 1 };
const HEADER_WORDS = new Set([...LABEL_HEADER_WORDS, '决算数', '经济分类科目编码', '人员经费', '公用经费']);
const REACH = 3;

interface Anchor {
  readonly draft: RowDraft;
  readonly pane: number;
  readonly lines: number[]; // block indices of the code (and name) lines
  direct: string[];
}

const paneOfCode = (code: string) => (code.startsWith('301') || code.startsWith('303') ? 0 : 1);

export function parseEconomicBlock(
  kind: TableKind, spec: KindSpec, title: string, block: PreparedBlock,
): { table: Table; problems: ParseProblem[] } {
  const lines = block.body;
  const problems: ParseProblem[] = [];
  const used = new Set<Frag>();
  const anchors: Anchor[] = [];
  const paneOfFrag = new Map<Frag, number>();

  lines.forEach((l, i) => {
    l.frags.forEach((f, j) => {
      if (f.kind !== 'code' || used.has(f) || !/^3\d{2}(?:\d{2})?$/.test(f.text)) return;
      used.add(f);
      const parts = [f];
      const spanLines = [i];
      if (f.text.length === 3) {
        const next = l.frags[j + 1];
        const nextFrags = lines[i + 1]?.frags ?? [];
        // a 款 part alone on the next line (not the 款 of another 3-digit code there)
        const below = nextFrags.find(
          (g, k) => g.kind === 'code' && g.text.length === 2 && !used.has(g) && g.x0 >= f.x0 - 2 && g.x0 <= f.x0 + 16
            && !(nextFrags[k - 1]?.kind === 'code' && nextFrags[k - 1]!.text.length === 3),
        );
        if (next?.kind === 'code' && next.text.length === 2) parts.push(next);
        else if (below) {
          parts.push(below);
          spanLines.push(i + 1);
        }
      }
      parts.forEach((p) => used.add(p));
      const code = parts.map((p) => p.text).join('');
      const draft = newDraft(l.line, code, parts.map((p) => p.text).join(' '), '');
      const pane = paneOfCode(code);
      draft.pane = pane;
      parts.forEach((p) => paneOfFrag.set(p, pane));
      anchors.push({ draft, pane, lines: spanLines, direct: [] });
    });
    for (const f of l.frags) {
      const footer = FOOTERS[compactLabel([f.text])];
      if (f.kind !== 'text' || footer === undefined) continue;
      const draft = newDraft(l.line, null, '', compactLabel([f.text]));
      draft.pane = footer;
      draft.flags.add('subtotal');
      used.add(f);
      anchors.push({ draft, pane: footer, lines: [i], direct: [] });
    }
  });

  const firstAnchor = minOf(anchors.map((a) => a.lines[0]!));
  const boundary = paneBoundaries(lines, paneOfFrag);
  const paneOf = (f: Frag, i: number) => paneOfFrag.get(f) ?? (f.x0 >= boundary[i]! - 1 ? 1 : 0);
  const drafts: RowDraft[] = [];
  for (const pane of [0, 1]) {
    const mine = anchors.filter((a) => a.pane === pane).sort((a, b) => a.lines[0]! - b.lines[0]!);
    const texts: { index: number; text: string }[] = [];
    const amounts: { index: number; frag: Frag }[] = [];
    lines.forEach((l, i) => {
      const onSpan = mine.find((a) => a.lines.includes(i));
      let lineText = '';
      for (const f of l.frags) {
        if (used.has(f) || paneOf(f, i) !== pane) continue;
        if (f.kind === 'amount') amounts.push({ index: i, frag: f });
        else if (f.kind === 'text' && !HEADER_WORDS.has(compactLabel([f.text])) && i >= firstAnchor - 2) {
          if (onSpan) onSpan.direct.push(f.text);
          else lineText += f.text;
        }
      }
      if (lineText) texts.push({ index: i, text: lineText });
    });
    const nameLines = assignNames(mine, texts, lines);
    const unplaced = assignAmounts(mine, amounts, nameLines);
    for (const u of unplaced) problems.push(unparsedProblem(kind, lines[u]!.line));
    pushAll(drafts, mine.map((a) => a.draft));
  }
  const table = buildTable({ kind, spec, title, block, drafts, withCode: true, labelHeader: '科目名称' });
  return { table, problems };
}

/** Per line, the x where the right pane starts: its own right-pane code, else the nearest line's. */
function paneBoundaries(lines: readonly LayoutLine[], paneOfFrag: ReadonlyMap<Frag, number>): number[] {
  const xs = lines.map((l) => {
    const f = l.frags.find((g) => paneOfFrag.get(g) === 1 || (g.kind === 'text' && FOOTERS[compactLabel([g.text])] === 1));
    return f ? f.x0 : null;
  });
  return lines.map((l, i) => {
    for (let d = 0; d < lines.length; d++) {
      for (const j of [i - d, i + d]) {
        if (j >= 0 && j < lines.length && lines[j]!.page === l.page && xs[j] !== null) return xs[j]!;
      }
    }
    return Infinity;
  });
}

function assignNames(mine: readonly Anchor[], texts: readonly { index: number; text: string }[], lines: readonly LayoutLine[]): number[][] {
  const gaps: { index: number; text: string }[][] = mine.map(() => []);
  gaps.push([]);
  for (const t of texts) {
    let g = 0;
    while (g < mine.length && mine[g]!.lines[0]! < t.index) g++;
    gaps[g]!.push(t);
  }
  const nameGaps: NameGap[] = gaps.map((ts, g) => {
    const from = g === 0 ? -1 : mine[g - 1]!.lines[mine[g - 1]!.lines.length - 1]!;
    const to = g === mine.length ? lines.length : mine[g]!.lines[0]!;
    const splits: number[] = [];
    for (let s = 0; s <= ts.length; s++) {
      const lo = s === 0 ? from : ts[s - 1]!.index;
      const hi = s === ts.length ? to : ts[s]!.index;
      for (let i = lo + 1; i < hi; i++) if (lines[i]!.frags.length === 0) splits.push(s);
    }
    return { texts: ts.length, lens: ts.map((t) => [...t.text].length), blankSplits: ts.length ? [...new Set(splits)] : [] };
  });
  const split = splitNames(
    mine.map((a) => ({ onLine: a.direct.length > 0, onLen: [...a.direct.join('')].length, labelled: a.draft.label !== '' })),
    nameGaps,
  );
  return mine.map((a, i) => {
    const [above, below] = split[i]!;
    const up = gaps[i]!.slice(gaps[i]!.length - above);
    const down = gaps[i + 1]!.slice(0, below);
    if (a.draft.label === '') a.draft.label = compactLabel([...up.map((t) => t.text), ...a.direct, ...down.map((t) => t.text)]);
    return [...up.map((t) => t.index), ...a.lines, ...down.map((t) => t.index)];
  });
}

/** Amounts on a row's own lines go to it; the rest align in order with rows lacking one (above preferred). */
function assignAmounts(mine: readonly Anchor[], amounts: readonly { index: number; frag: Frag }[], nameLines: readonly number[][]): number[] {
  const free: { index: number; frag: Frag }[] = [];
  for (const a of amounts) {
    const owners = mine.filter((_, k) => nameLines[k]!.includes(a.index));
    const owner = owners.find((o) => !o.draft.cells.has(0));
    if (owners.length === 1 && owner) owner.draft.cells.set(0, a.frag.text);
    else free.push(a);
  }
  const open = mine.map((a, k) => ({ a, k })).filter(({ a }) => !a.draft.cells.has(0));
  const dist = (amt: { index: number }, k: number) => {
    const ls = nameLines[k]!;
    const lo = minOf(ls);
    const hi = maxOf(ls);
    if (amt.index < lo) return lo - amt.index;
    if (amt.index > hi) return amt.index - hi + 0.01;
    return 0;
  };
  // dp[i][j]: first i free amounts placed among the first j open rows; skipping an amount costs SKIP
  const SKIP = 10;
  const n = free.length;
  const m = open.length;
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const how = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let j = 0; j <= m; j++) dp[0]![j] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      let best = dp[i - 1]![j]! + SKIP;
      let h = 0;
      if (j > 0 && dp[i]![j - 1]! < best) {
        best = dp[i]![j - 1]!;
        h = 1;
      }
      if (j > 0) {
        const d = dist(free[i - 1]!, open[j - 1]!.k);
        if (d <= REACH && dp[i - 1]![j - 1]! + d < best) {
          best = dp[i - 1]![j - 1]! + d;
          h = 2;
        }
      }
      dp[i]![j] = best;
      how[i]![j] = h;
    }
  }
  const unplaced: number[] = [];
  let i = n;
  let j = m;
  while (i > 0) {
    const h = how[i]![j]!;
    if (h === 2) {
      open[j - 1]!.a.draft.cells.set(0, free[i - 1]!.frag.text);
      i--;
      j--;
    } else if (h === 1) j--;
    else {
      unplaced.push(free[i - 1]!.index);
      i--;
    }
  }
  return unplaced;
}
