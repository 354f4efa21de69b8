// T09 “三公”经费 wide form (layout W) in layout text: 上海 prints a 预算数/决算数 pair under each item
// (合计, 因公出国（境）费, 小计, 公务用车购置费, 公务用车运行费, 公务接待费); the items are told apart
// by their header words, each pair's members by their own words, and values by their offsets.
import type { ParseProblem } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import { ambiguityProblem, buildTable, newDraft, type PreparedBlock } from './block.ts';
import { compactLabel, type Frag } from './frags.ts';
import { assignMonotone } from './geometry.ts';
import type { KindSpec } from './specs.ts';

/** item → [budget column index, final column index] (domain c1..c12 order, 0-based) */
const ITEMS: readonly { test: (t: string) => boolean; cols: readonly [number, number] }[] = [
  { test: (t) => t === '合计', cols: [0, 6] },
  { test: (t) => t.includes('因公出国'), cols: [1, 7] },
  { test: (t) => t === '小计', cols: [2, 8] },
  { test: (t) => t.includes('购置费') && !t.includes('及'), cols: [3, 9] },
  { test: (t) => (t.includes('运行费') || t.includes('运行维护费')) && !t.includes('及'), cols: [4, 10] },
  { test: (t) => t.includes('接待'), cols: [5, 11] },
];

const center = (f: Frag) => (f.x0 + f.x1) / 2;

export function parseWideBlock(
  kind: TableKind, spec: KindSpec, title: string, block: PreparedBlock,
): { table: Table; problems: ParseProblem[] } {
  const lines = block.body;
  const problems: ParseProblem[] = [];
  const isPair = (t: string) => t === '预算数' || t === '决算数';
  const pairLine = lines.findIndex((l) => l.frags.filter((f) => isPair(compactLabel([f.text]))).length >= 6);
  const subCols = pairLine >= 0 ? lines[pairLine]!.frags.filter((f) => isPair(compactLabel([f.text]))) : [];
  const header = lines.slice(0, Math.max(0, pairLine)).flatMap((l) => l.frags.filter((f) => f.kind === 'text'));
  // item order from the header words; the standard order when an item's words are not printed
  const found = ITEMS.map((item) => header.find((f) => item.test(compactLabel([f.text]))));
  const order = found.every((f) => f !== undefined)
    ? ITEMS.map((item, i) => ({ item, x: center(found[i]!) })).sort((a, b) => a.x - b.x).map((e) => e.item)
    : ITEMS;
  const colOfSub = subCols.map((f, i) => {
    const item = order[Math.floor(i / 2)] ?? ITEMS[0]!;
    return compactLabel([f.text]) === '预算数' ? item.cols[0] : item.cols[1];
  });
  const group = header.map((f) => compactLabel([f.text])).find((t) => t.includes('三公')) ?? '“三公”经费';

  const drafts = [];
  for (const l of lines.slice(pairLine + 1)) {
    const amounts = l.frags.filter((f) => f.kind === 'amount');
    if (amounts.length === 0) continue;
    const d = newDraft(l.line, null, '', group);
    const fit = assignMonotone(amounts.map(center), subCols.map(center));
    if (!fit || subCols.length !== 12) {
      d.flags.add('column_ambiguous');
      amounts.forEach((a, i) => d.cells.set(i, a.text));
    } else {
      fit.cols.forEach((c, i) => d.cells.set(colOfSub[c]!, amounts[i]!.text));
      if (fit.ambiguous && amounts.length < 12) d.flags.add('column_ambiguous');
    }
    if (d.flags.has('column_ambiguous')) problems.push(ambiguityProblem(kind, d));
    drafts.push(d);
  }
  const table = buildTable({ kind, spec, title, block, drafts, withCode: false, labelHeader: '项目' });
  return { table, problems };
}
