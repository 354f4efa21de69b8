// Coded tables in layout text (T02 收入, T03 支出, T05 一般公共预算, T07/T08 基金/国资): one row per
// 科目 code (split "201   06   01" joined) or 合计, names wrapped around the code line, amounts on the
// row's line or on a line above it (§6 items 2, 3, 5, 9).
import type { ParseProblem } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import {
  ambiguityProblem, buildTable, newDraft, unparsedProblem, type PreparedBlock, type RowDraft,
} from './block.ts';
import { headerCenters, fillCenters } from './columns.ts';
import { compactLabel, type Frag, type LayoutLine } from './frags.ts';
import { splitNames, type NameGap } from './names.ts';
import { placeCoded, type AmountLine } from './placement.ts';
import { LABEL_HEADER_WORDS, matchesHeader, type KindSpec } from './specs.ts';

const TOTAL_LABELS = new Set(['合计', '总计']);
/** 合计 / 总计, also typeset with spaces between its characters (“合    计”). */
const isTotalLabel = (names: readonly Frag[]) =>
  TOTAL_LABELS.has(compactLabel([names[0]!.text])) || TOTAL_LABELS.has(compactLabel(names.map((f) => f.text)));

interface Anchor {
  readonly line: LayoutLine;
  readonly draft: RowDraft;
  readonly nameOnLine: string[];
}

/** Leading code fragments of a line: "201 06 01" → 2010601, "2080505" → itself. */
export function leadingCode(frags: readonly Frag[]): { code: string; text: string; used: number } | null {
  const parts: string[] = [];
  for (const f of frags) {
    if (f.kind !== 'code') break;
    parts.push(f.text);
  }
  if (parts.length === 0) return null;
  const lens = parts.map((p) => p.length);
  const first = lens[0]!;
  if (first === 3) {
    let used = 1;
    while (used < parts.length && used < 3 && lens[used] === 2) used++;
    const p = parts.slice(0, used);
    return { code: p.join(''), text: p.join(' '), used };
  }
  if (first === 5 || first === 7) return { code: parts[0]!, text: parts[0]!, used: 1 };
  return null;
}

export interface CodedOptions {
  /** a text fragment left of the line's first amount is label text even past the header's label edge (CJK
   * text shifts `pdftotext -layout` offsets, so a name can start right of the first column's header centre) */
  readonly labelBeforeAmounts?: boolean;
}

export function parseCodedBlock(
  kind: TableKind, spec: KindSpec, title: string, block: PreparedBlock, fixedCenters?: readonly number[],
  opts: CodedOptions = {},
): { table: Table; problems: ParseProblem[] } {
  const lines = block.body;
  const problems: ParseProblem[] = [];
  const isData = (l: LayoutLine) =>
    l.frags.some((f) => f.kind === 'amount') || leadingCode(l.frags) !== null || l.frags[0]?.text === '…';
  const firstData = lines.findIndex(isData);
  const headerEnd = firstData < 0 ? lines.length : firstData;
  const centers = fixedCenters && fixedCenters.length
    ? [...fixedCenters]
    : fillCenters(headerCenters(lines.slice(0, headerEnd), spec.cols), 30);
  const labelEnd = centers[0]! - 3;
  const isHeaderWord = (t: string) =>
    LABEL_HEADER_WORDS.has(t) || spec.cols.some((c) => matchesHeader(t, c.names));
  const labelFrags = (l: LayoutLine, from = 0) => {
    const firstAmount = l.frags.find((f) => f.kind === 'amount')?.x0;
    const end = opts.labelBeforeAmounts && firstAmount !== undefined ? Math.max(labelEnd, firstAmount) : labelEnd;
    return l.frags.slice(from).filter((f) => {
      if (f.kind !== 'text' || f.x0 >= end) return false;
      const t = compactLabel([f.text]);
      return TOTAL_LABELS.has(t) || !isHeaderWord(t);
    });
  };

  const anchors: Anchor[] = [];
  const texts: TextLine[] = [];
  const amountLines: AmountLine[] = [];
  for (const l of lines) {
    const amounts = l.frags.filter((f) => f.kind === 'amount');
    const lead = leadingCode(l.frags);
    const names = labelFrags(l, lead?.used ?? 0);
    let draft: RowDraft | null = null;
    if (lead) draft = newDraft(l.line, lead.code, lead.text, '');
    else if (l.frags[0]?.text === '…') draft = newDraft(l.line, null, '…', '');
    else if (names[0] && isTotalLabel(names)) {
      draft = newDraft(l.line, null, '', compactLabel(names.map((f) => f.text)));
      draft.flags.add('total');
      names.length = 0;
    }
    if (draft) {
      const nameOnLine = names.map((f) => f.text).filter((t) => t !== '…');
      anchors.push({ line: l, draft, nameOnLine });
      if (draft.codeText === '…' && nameOnLine.length === 0) nameOnLine.push('…');
      amountLines.push({ line: l, amounts, draft });
    } else if (amounts.length) {
      amountLines.push({ line: l, amounts, draft: null });
    } else if (names.length && (l.index >= headerEnd || trailingHeaderRun(lines, l.index, headerEnd, isHeaderWord))) {
      texts.push({ index: l.index, text: names.map((f) => f.text).join('') });
    }
  }
  assignNames(anchors, texts, lines);

  const drafts = anchors.map((a) => a.draft);
  const origin = median(anchors.flatMap((a) => a.line.frags.filter((f) => f.kind === 'text').slice(0, 1).map((f) => f.x0)));
  const unplaced = placeCoded(kind, lines, headerEnd, centers, origin, amountLines, drafts);
  for (const d of drafts) if (d.flags.has('column_ambiguous')) problems.push(ambiguityProblem(kind, d));
  for (const line of unplaced) problems.push(unparsedProblem(kind, line));
  const table = buildTable({ kind, spec, title, block, drafts, withCode: true, labelHeader: '科目名称' });
  return { table, problems };
}

/** A text line inside the header zone that really opens the first row's wrapped name. */
function trailingHeaderRun(
  lines: readonly LayoutLine[], index: number, headerEnd: number, isHeaderWord: (t: string) => boolean,
): boolean {
  for (let i = index; i < headerEnd; i++) {
    const l = lines[i]!;
    if (l.frags.length === 0) return false;
    if (l.frags.some((f) => f.kind === 'text' && isHeaderWord(compactLabel([f.text])))) return false;
  }
  return headerEnd < lines.length;
}

interface TextLine {
  readonly index: number;
  readonly text: string;
}

function assignNames(anchors: readonly Anchor[], texts: readonly TextLine[], lines: readonly LayoutLine[]): void {
  const byGap: TextLine[][] = anchors.map(() => []);
  byGap.push([]);
  const gapIndex = (l: TextLine) => {
    let g = 0;
    while (g < anchors.length && anchors[g]!.line.index < l.index) g++;
    return g;
  };
  for (const t of texts) byGap[gapIndex(t)]!.push(t);
  const gaps: NameGap[] = byGap.map((ts, g) => {
    const from = g === 0 ? -1 : anchors[g - 1]!.line.index;
    const to = g === anchors.length ? lines.length : anchors[g]!.line.index;
    const blankSplits: number[] = [];
    for (let s = 0; s <= ts.length; s++) {
      const lo = s === 0 ? from : ts[s - 1]!.index;
      const hi = s === ts.length ? to : ts[s]!.index;
      for (let i = lo + 1; i < hi; i++) if (lines[i]!.frags.length === 0) blankSplits.push(s);
    }
    const lens = ts.map((t) => [...t.text].length);
    return { texts: ts.length, lens, blankSplits: ts.length ? [...new Set(blankSplits)] : [] };
  });
  const split = splitNames(
    anchors.map((a) => ({
      onLine: a.nameOnLine.length > 0,
      onLen: [...a.nameOnLine.join('')].length,
      labelled: a.draft.label !== '',
    })),
    gaps,
  );
  anchors.forEach((a, i) => {
    const [above, below] = split[i]!;
    const up = byGap[i]!.slice(byGap[i]!.length - above);
    const down = byGap[i + 1]!.slice(0, below);
    const name = compactLabel([...up.map((t) => t.text), ...a.nameOnLine, ...down.map((t) => t.text)]);
    if (name !== '') a.draft.label = a.draft.label === '' ? name : a.draft.label;
  });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 16;
}
