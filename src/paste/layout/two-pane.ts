// Two-pane 总表 (T01 收入支出决算总表, T04 财政拨款收入支出决算总表) in layout text: 收入 labels on the
// left, 支出 labels on the right, unfolded into one table (rows and columns carry their pane).
// Labels wrap inside a pane ("二、政府性基金预算财政拨⏎款"); amounts may sit on the line above.
import type { ParseProblem } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import {
  ambiguityProblem, buildTable, newDraft, unparsedProblem, type PreparedBlock, type RowDraft,
} from './block.ts';
import { fillCenters, headerCenters, type PageGeometry } from './columns.ts';
import { compactLabel, type Frag, type LayoutLine } from './frags.ts';
import { pageGeometries, placeAmountLines, type AmountLine } from './placement.ts';
import type { KindSpec } from './specs.ts';
import { minOf } from '../../engine/arrays.ts';

const ENUM_RE = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
const ROW_STARTS = [
  '本年收入合计', '本年支出合计', '使用非财政拨款结余', '用事业基金弥补收支差额', '年初结转和结余', '年末结转和结余',
  '结余分配', '总计', '年初财政拨款结转和结余', '年末财政拨款结转和结余', '合计', '其中',
];
const SUBTOTALS = new Set(['本年收入合计', '本年支出合计']);

export function isRowStart(label: string): boolean {
  return ENUM_RE.test(label) || ROW_STARTS.some((s) => label.startsWith(s));
}

export function parseTwoPaneBlock(
  kind: TableKind, spec: KindSpec, title: string, block: PreparedBlock,
): { table: Table; problems: ParseProblem[] } {
  const lines = block.body;
  const texts = (l: LayoutLine) => l.frags.filter((f) => f.kind === 'text');
  const firstData = lines.findIndex(
    (l) => l.frags.some((f) => f.kind === 'amount') || texts(l).some((f) => ENUM_RE.test(compactLabel([f.text]))),
  );
  const headerEnd = firstData < 0 ? lines.length : firstData;
  const centers = fillCenters(headerCenters(lines.slice(0, headerEnd), spec.cols), 20);
  const data = lines.slice(headerEnd);
  const rightStarts = data.filter((l) => texts(l).length >= 2).map((l) => texts(l)[1]!.x0);
  const rightX = (rightStarts.length ? minOf(rightStarts) : 26) - 3;

  const panes: RowDraft[][] = [[], []];
  const lastLine = [-9, -9];
  const lineRows = new Map<number, (RowDraft | null)[]>();
  for (const l of data) {
    const here: (RowDraft | null)[] = [null, null];
    for (const f of texts(l)) {
      const pane = f.x0 >= rightX ? 1 : 0;
      const label = compactLabel([f.text]);
      const prev = panes[pane]![panes[pane]!.length - 1];
      if (prev && !isRowStart(label) && l.index - lastLine[pane]! <= 2) {
        prev.label += label;
      } else {
        const d = newDraft(l.line, null, '', label);
        d.pane = pane;
        if (label === '总计') d.flags.add('total');
        if (SUBTOTALS.has(label)) d.flags.add('subtotal');
        panes[pane]!.push(d);
        here[pane] = d;
      }
      lastLine[pane] = l.index;
    }
    lineRows.set(l.index, here);
  }

  const drafts = [...panes[0]!, ...panes[1]!];
  const geos = pageGeometries(lines, headerEnd, centers, 0, spec.cols.map((c) => c.pane));
  const problems: ParseProblem[] = [];
  const paneOf = (c: number) => spec.cols[c]?.pane ?? 0;
  // split each line's amounts by the pane of their column, then place them pane by pane
  const byPane: AmountLine[][] = [[], []];
  for (const l of data) {
    const amounts = l.frags.filter((f) => f.kind === 'amount');
    if (!amounts.length) continue;
    const geo = geos.get(l.page);
    const cols = geo ? assignPanes(amounts, geo, paneOf) : null;
    if (!cols) {
      problems.push(unparsedProblem(kind, l.line));
      continue;
    }
    for (const pane of [0, 1]) {
      const mine = amounts.filter((_, i) => cols[i] === pane);
      if (mine.length) byPane[pane]!.push({ line: l, amounts: mine, draft: lineRows.get(l.index)?.[pane] ?? null });
    }
  }
  for (const pane of [0, 1]) {
    const allowed = spec.cols.map((_, c) => c).filter((c) => paneOf(c) === pane);
    const unplaced = placeAmountLines(kind, byPane[pane]!, panes[pane]!, geos, allowed);
    for (const line of unplaced) problems.push(unparsedProblem(kind, line));
  }
  for (const d of drafts) if (d.flags.has('column_ambiguous')) problems.push(ambiguityProblem(kind, d));
  const table = buildTable({ kind, spec, title, block, drafts, withCode: false, labelHeader: '项目' });
  return { table, problems };
}

function assignPanes(
  amounts: readonly Frag[], geo: PageGeometry, paneOf: (c: number) => number,
): number[] | null {
  const ends = amounts.map((a) => a.x1 - geo.factor * a.wide);
  let best: number[] | null = null;
  let bestCost = Infinity;
  // the pane split point: amounts left of it belong to 收入, the rest to 支出
  for (let split = 0; split <= amounts.length; split++) {
    const cost = ends.reduce((s, e, i) => {
      const pane = i < split ? 0 : 1;
      const refs = geo.refs.filter((_, c) => paneOf(c) === pane);
      return s + (refs.length ? minOf(refs.map((r) => Math.abs(r - e))) : 99);
    }, 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = ends.map((_, i) => (i < split ? 0 : 1));
    }
  }
  return best;
}
