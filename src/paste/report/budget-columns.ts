// B03 支出预算总表: amount columns named by a header that may wrap over several lines (“基⏎本支出”,
// “单位⏎预留机动⏎经费”) or be typeset spaced (“合     计”); rows are one total row or 科目 rows. Header words
// that overlap horizontally form one column. A row's amounts go to the columns in order, by the
// order-preserving assignment closest to the header centres; when fewer amounts than columns are printed and
// the best assignment is not closer than the next by MARGIN cells, the table's cells are marked inferred.
import type { ParseProblem } from '../../engine/document.ts';
import type { Placement, Table, TableKind } from '../../engine/table.ts';
import type { PreparedBlock } from '../layout/block.ts';
import { combinations } from '../../engine/arrays.ts';
import { compactLabel, isWide, type Frag, type LayoutLine } from '../layout/frags.ts';
import { amounts, assemble, bodyLines, draft, texts, unparsed, type BudgetDraft } from './budget-lines.ts';

interface HeadCol { x0: number; x1: number; end: number; parts: { line: number; x0: number; x1: number; text: string }[] }

const TEXT_HEADER = /编码|代码|科目名称|^项目名称$|^单位名称$/;
const B03_HEADERS = ['合计', '基本支出', '项目支出', '单位预留机动经费', '结转下年资金'];

const wideIn = (s: string) => [...s].filter(isWide).length;

/**
 * Header columns with their centres. In pdftotext text a word starts where it is printed, but a wide character
 * takes one character cell while printed wider, so a word's width is widened by `factor` cells per wide
 * character in it (0 for PDF lines, whose fragments carry their real width).
 */
export function headerColumns(head: readonly LayoutLine[], factor: number, fromPdf: boolean): { header: string; center: number }[] {
  // words stacked over each other overlap (text: a wide character counted one and a half cells wide)
  const ws = head.flatMap((l) => texts(l).map((f) => ({
    line: l.index, x0: f.x0, x1: f.x1, end: fromPdf ? f.x1 : f.x1 + 0.5 * wideIn(f.text), text: f.text,
  })));
  ws.sort((a, b) => a.x0 - b.x0);
  const cols: HeadCol[] = [];
  for (const w of ws) {
    const c = cols[cols.length - 1];
    if (c && w.x0 < c.end - 0.2) {
      c.end = Math.max(c.end, w.end);
      c.x1 = Math.max(c.x1, w.x1);
      c.parts.push(w);
    } else cols.push({ x0: w.x0, x1: w.x1, end: w.end, parts: [w] });
  }
  // a header typeset with spaced characters (“合     计”): single characters close together are one name
  const merged: HeadCol[] = [];
  for (const c of cols) {
    const prev = merged[merged.length - 1];
    const single = (h: HeadCol) => compactLabel(h.parts.map((p) => p.text)).length === 1;
    if (prev && (single(prev) || single(c)) && c.x0 - prev.x1 <= 6) {
      prev.x1 = c.x1;
      prev.end = c.end;
      prev.parts.push(...c.parts);
    } else merged.push(c);
  }
  return merged.map((c) => ({
    header: compactLabel([...c.parts].sort((a, b) => a.line - b.line || a.x0 - b.x0).map((p) => p.text)),
    center: (c.x0 + Math.max(...c.parts.map((p) => p.x1 + factor * wideIn(p.text)))) / 2,
  }));
}

/**
 * Order-preserving assignments of amounts to columns, cheapest first. Amounts are right-aligned under centred
 * headers, so they sit right of the header centres by a common shift (0 to half a column spacing); the cost is
 * the amounts' distance from their columns' centres after that shift.
 */
function assignments(fs: readonly Frag[], centers: readonly number[]): { cols: number[]; cost: number }[] {
  if (fs.length > centers.length) return [];
  const spacing = medianGap(centers);
  const mid = (f: Frag) => (f.x0 + f.x1) / 2;
  const out = combinations(centers.length, fs.length).map((cols) => {
    const devs = cols.map((c, i) => mid(fs[i]!) - centers[c]!);
    const shift = Math.min(Math.max(median(devs), 0), spacing / 2);
    return { cols: [...cols], cost: devs.reduce((s, d) => s + Math.abs(d - shift), 0) };
  });
  return out.sort((a, b) => a.cost - b.cost);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : 0;
}

function medianGap(centers: readonly number[]): number {
  return median(centers.slice(1).map((c, i) => c - centers[i]!));
}

const FACTORS = [0, 0.5, 1];
/** how much closer (summed over the row, in median column spacings) the chosen placement must be than the next one */
const MARGIN = 0.3;

/** The correction factor that puts the data rows' amounts closest to the header centres. */
function calibrate(head: readonly LayoutLine[], data: readonly LayoutLine[], fromPdf: boolean): number {
  if (fromPdf) return 0;
  let best = 0;
  let bestCost = Infinity;
  for (const f of FACTORS) {
    const centers = headerColumns(head, f, fromPdf).filter((c) => !TEXT_HEADER.test(c.header)).map((c) => c.center);
    const cost = data.reduce((s, l) => s + (assignments(amounts(l), centers)[0]?.cost ?? 0), 0);
    if (cost < bestCost) { best = f; bestCost = cost; }
  }
  return best;
}

export function parseBudgetColumns(
  kind: TableKind, title: string, block: PreparedBlock, fromPdf: boolean,
): { table: Table; problems: ParseProblem[] } {
  const lines = bodyLines(block);
  const firstData = lines.findIndex((l) => amounts(l).length > 0);
  const head = firstData < 0 ? lines : lines.slice(0, firstData);
  const factor = calibrate(head, firstData < 0 ? [] : lines.slice(firstData), fromPdf);
  const cols = headerColumns(head, factor, fromPdf);
  const amountCols = cols.filter((c) => !TEXT_HEADER.test(c.header));
  const textCols = cols.filter((c) => TEXT_HEADER.test(c.header));
  const spacing = medianGap(amountCols.map((c) => c.center));
  const problems: ParseProblem[] = [];
  const drafts: BudgetDraft[] = [];
  let placement: Placement = 'exact';
  for (const l of firstData < 0 ? [] : lines.slice(firstData)) {
    const fs = amounts(l);
    const label = compactLabel(texts(l).map((f) => f.text));
    if (!fs.length) {
      const prev = drafts[drafts.length - 1];
      if (prev && label) prev.label += label; else if (label) problems.push(unparsed(kind, l.line));
      continue;
    }
    const ranked = assignments(fs, amountCols.map((c) => c.center));
    if (!ranked.length) {
      problems.push(unparsed(kind, l.line));
      continue;
    }
    const [best, next] = ranked;
    if (next && next.cost - best!.cost < MARGIN * spacing) placement = 'inferred';
    const d = draft(label, l);
    best!.cols.forEach((c, i) => d.cells.set(c, fs[i]!.text));
    if (label === '' || /^合计$/.test(label)) d.flags.add('total');
    drafts.push(d);
  }
  if (problems.length) placement = 'inferred';
  const headers = amountCols.map((c) => c.header);
  const standard = headers.length === B03_HEADERS.length && headers.every((h, i) => h === B03_HEADERS[i]);
  const layout = standard && textCols.length === 0 ? 'B03.A' : null;
  // columns other than the 江苏 five get no 栏 numbers: a pack written for those five never fits them
  const spec = {
    text: textCols.length ? [['label', textCols.map((c) => c.header).join('')] as const] : [],
    amounts: headers.map((header) => ({ header })),
    numbered: layout !== null,
  };
  return { table: assemble(kind, layout, title, block, spec, drafts, placement), problems };
}
