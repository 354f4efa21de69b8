// B01 收支预算总表 and B04 财政拨款收支预算总表: label | 金额 panes side by side — 收入, then 支出 by 功能分类
// and/or by 支出用途. Panes are found where their enumerated labels (一、/1.) start; wrapped labels join the
// row above in their pane; an amount on a line without a label of its pane belongs to that pane's row
// started on the line above. The 支出 totals (当年支出小计, 结转下年资金, 支出合计) span the 支出 panes and
// are rows of the last pane, their amount in the column it is printed in.
import type { ParseProblem } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import type { PreparedBlock } from '../layout/block.ts';
import { compactLabel } from '../layout/frags.ts';
import {
  amounts, assemble, bodyLines, clusterStarts, draft, labelsByPane, paneAt, texts, unparsed, type BudgetDraft,
} from './budget-lines.ts';

const ENUM = /^(?:[一二三四五六七八九十]+、|\d+\s*[.．、](?!\d))/;
const INCOME_TOTALS = ['当年收入小计', '本年收入小计', '上年结转资金', '上年结转', '用事业基金弥补收支差额', '收入合计', '收入总计'];
const EXPENSE_TOTALS = ['当年支出小计', '本年支出小计', '结转下年资金', '结转下年', '支出合计', '支出总计'];
const TOTALS = new Set(['收入合计', '收入总计', '支出合计', '支出总计']);

/** A label's start, or a label typeset in spaced characters / wrapped after ≥ 3 characters (“上年结⏎转资金”). */
function startsWith(label: string, words: readonly string[]): string | undefined {
  return words.find((w) => label.startsWith(w) || (label.length >= 3 && w.startsWith(label)));
}

const isRowStart = (label: string) => ENUM.test(label) || startsWith(label, [...INCOME_TOTALS, ...EXPENSE_TOTALS]) !== undefined;

interface PaneLayout {
  readonly layout: string | null;
  readonly panes: number;
  readonly headers: readonly string[];
}

function paneLayout(kind: TableKind, header: string, clusters: number): PaneLayout {
  const byFunction = header.includes('功能分类') || header.includes('功能科目');
  const byUse = header.includes('支出用途');
  if (kind === 'B01' && byFunction && byUse) {
    return { layout: clusters === 3 ? 'B01.A' : null, panes: 3, headers: ['收入 金额', '支出 功能分类 金额', '支出 支出用途 金额'] };
  }
  const second = byUse ? '支出 支出用途 金额' : byFunction ? '支出 功能分类 金额' : '支出 金额';
  const layout = clusters === 2 && byUse ? `${kind}.A` : null;
  return { layout, panes: 2, headers: ['收入 金额', second] };
}

export function parseBudgetPanes(kind: TableKind, title: string, block: PreparedBlock): { table: Table; problems: ParseProblem[] } {
  const lines = bodyLines(block);
  const firstData = lines.findIndex((l) => amounts(l).length > 0 || texts(l).some((f) => ENUM.test(compactLabel([f.text]))));
  const head = firstData < 0 ? lines : lines.slice(0, firstData);
  const data = firstData < 0 ? [] : lines.slice(firstData);
  const header = compactLabel(head.map((l) => l.text));
  const starts = clusterStarts(data.flatMap((l) => texts(l).filter((f) => ENUM.test(compactLabel([f.text]))).map((f) => f.x0)), 10);
  const shape = paneLayout(kind, header, starts.length);
  const problems: ParseProblem[] = [];
  const panes: BudgetDraft[][] = Array.from({ length: shape.panes }, () => []);
  const last = shape.panes - 1;
  const lastText = new Array<number>(shape.panes).fill(-9);
  let lastSpanning: BudgetDraft | null = null;

  for (const l of data) {
    const here = new Map<number, BudgetDraft>();
    let spanning: BudgetDraft | null = null;
    for (const [p0, label] of labelsByPane(l, starts)) {
      const pane = Math.min(p0, last);
      const expenseTotal = pane > 0 && startsWith(label, EXPENSE_TOTALS) !== undefined;
      // the wrapped end of a 支出 total (“支出合⏎计”) continues it, whichever 支出 pane it falls in
      const totalAbove = pane > 0 && lastSpanning !== null && l.index - lastSpanning.last <= 2 && !isRowStart(label)
        && lastSpanning.last >= lastText[pane]!;
      const target = expenseTotal || totalAbove ? last : pane;
      const prev = panes[target]![panes[target]!.length - 1];
      if (prev && !isRowStart(label) && l.index - lastText[target]! <= 2) {
        prev.label += label;
        prev.last = l.index;
        here.set(target, prev);
      } else {
        const d = draft(label, l);
        d.pane = target;
        panes[target]!.push(d);
        here.set(target, d);
        if (expenseTotal) spanning = lastSpanning = d;
      }
      lastText[target] = l.index;
    }
    for (const a of amounts(l)) {
      const pane = Math.min(paneAt(starts, a.x0, 2), last);
      const recent = panes[pane]![panes[pane]!.length - 1];
      const owner = here.get(pane) ?? (pane > 0 ? spanning : null)
        ?? (recent && l.index - recent.start <= 2 && !recent.cells.has(pane) ? recent : null);
      if (!owner || owner.cells.has(pane)) {
        problems.push(unparsed(kind, l.line));
        continue;
      }
      owner.cells.set(pane, a.text);
    }
  }
  // a 支出 total spans the 支出 panes and prints its one amount in the last column; pdftotext may shift it left
  for (const d of panes[last]!) {
    const [col, text] = [...d.cells][0] ?? [];
    if (d.cells.size === 1 && col !== undefined && col !== last && startsWith(d.label, EXPENSE_TOTALS)) {
      d.cells = new Map([[last, text!]]);
      d.placement = 'inferred';
    }
  }
  const drafts = panes.flat();
  for (const d of drafts) {
    d.label = d.label.trim();
    const word = startsWith(d.label, [...INCOME_TOTALS, ...EXPENSE_TOTALS]);
    if (word && TOTALS.has(word)) d.flags.add('total');
    else if (word && /小计$/.test(word)) d.flags.add('subtotal');
  }
  const cols = { text: [['label', '项目名称']] as const, amounts: shape.headers.map((header, pane) => ({ header, pane })) };
  // panes not found where the header says they are, or amounts left unplaced: every amount's column is an inference
  const sure = shape.layout !== null && problems.length === 0;
  return { table: assemble(kind, sure ? shape.layout : null, title, block, cols, drafts, sure ? 'exact' : 'inferred'), problems };
}
