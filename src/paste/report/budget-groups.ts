// B02 收入预算总表: two-level rows — a source group printed once in a left column (一般公共预算资金,
// 政府性基金, 财政专户管理资金, 其他资金, 上年结转和结余资金), vertically centred on its rows, and its items
// (小计 first) in the next column, one 金额 column. The group and item columns are told apart by the words
// printed side by side on one line; a group is the span from its 小计 to the next 小计. A 小计 row is keyed
// `<group>小计` (its cell shows 小计 as printed) so rules can name it.
import type { ParseProblem } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import type { PreparedBlock } from '../layout/block.ts';
import { compactLabel, type Frag, type LayoutLine } from '../layout/frags.ts';
import { amounts, assemble, bodyLines, draft, texts, unparsed, type BudgetDraft } from './budget-lines.ts';
import { maxOf, minOf } from '../../engine/arrays.ts';

const ITEM_START = /^(?:收入总计|小计|合计|其中|公共财政拨款|一般公共预算|专项收入|专户管理|其他非税|事业收入|经营收入|其他收入|债务|附属单位|上级补助|用事业基金|政府性基金收入|国有资本)/;
const COMPLETE_ITEM = /(?:收入|收费|小计|总计|资金)$/;

interface Word { readonly text: string; readonly x0: number; readonly x1: number }
const center = (w: Word) => (w.x0 + w.x1) / 2;

/** A fragment's words (split at spaces), positioned in proportion within the fragment. */
function words(f: Frag): Word[] {
  const per = (f.x1 - f.x0) / Math.max(1, f.text.length);
  const out: Word[] = [];
  for (const m of f.text.matchAll(/\S+/g)) out.push({ text: m[0], x0: f.x0 + m.index * per, x1: f.x0 + (m.index + m[0].length) * per });
  return out;
}

const lineWords = (l: LayoutLine) => texts(l).flatMap(words);

/** Centre position dividing the group column from the item column. */
function groupSplit(lines: readonly LayoutLine[]): number | null {
  const left: number[] = [];
  const right: number[] = [];
  for (const l of lines) {
    const ws = lineWords(l);
    if (ws.length < 2) continue;
    // the widest gap on the line separates group words from item words
    let gapAt = 0;
    for (let i = 1; i + 1 < ws.length; i++) if (ws[i + 1]!.x0 - ws[i]!.x1 > ws[gapAt + 1]!.x0 - ws[gapAt]!.x1) gapAt = i;
    left.push(center({ text: '', x0: ws[0]!.x0, x1: ws[gapAt]!.x1 }));
    right.push(center({ text: '', x0: ws[gapAt + 1]!.x0, x1: ws[ws.length - 1]!.x1 }));
  }
  if (!left.length) return null;
  const lo = maxOf(left);
  const hi = minOf(right);
  return lo < hi ? (lo + hi) / 2 : null;
}

export function parseBudgetGroups(kind: TableKind, title: string, block: PreparedBlock): { table: Table; problems: ParseProblem[] } {
  const lines = bodyLines(block);
  const firstData = lines.findIndex((l) => amounts(l).length > 0 || lineWords(l).some((w) => /^(收入总计|小计)/.test(w.text)));
  const data = firstData < 0 ? [] : lines.slice(firstData);
  const split = groupSplit(data);
  const problems: ParseProblem[] = [];
  const items: BudgetDraft[] = [];
  const groupWords: { line: number; text: string }[] = [];
  let lastItemLine = -9;
  for (const l of data) {
    const ws = lineWords(l);
    const group = split === null ? [] : ws.filter((w) => center(w) < split);
    const item = ws.filter((w) => !group.includes(w));
    if (group.length) groupWords.push({ line: l.index, text: compactLabel(group.map((w) => w.text)) });
    let here: BudgetDraft | null = null;
    if (item.length) {
      const label = compactLabel(item.map((w) => w.text));
      const prev = items[items.length - 1];
      const continues = prev && !ITEM_START.test(label) && !COMPLETE_ITEM.test(prev.label) && l.index - lastItemLine <= 2;
      if (continues) {
        prev.label += label;
        prev.last = l.index;
        here = prev;
      } else {
        here = draft(label, l);
        items.push(here);
      }
      lastItemLine = l.index;
    }
    for (const a of amounts(l)) {
      const recent = items[items.length - 1];
      const owner = here ?? (recent && l.index - recent.start <= 2 ? recent : null);
      if (!owner || owner.cells.has(0)) {
        problems.push(unparsed(kind, l.line));
        continue;
      }
      owner.cells.set(0, a.text);
    }
  }
  // groups: from each 小计 to the next; the group's words are those printed within that span
  const subtotals = items.filter((d) => /^小计$/.test(d.label));
  subtotals.forEach((s, i) => {
    const end = subtotals[i + 1]?.start ?? Infinity;
    const group = compactLabel(groupWords.filter((g) => g.line >= s.start && g.line < end).map((g) => g.text));
    for (const d of items.filter((x) => x.start >= s.start && x.start < end)) d.prefix = [group];
    s.shown = s.label;
    s.label = `${group}小计`;
    s.flags.add('subtotal');
  });
  for (const g of groupWords) {
    if (!subtotals.some((s, i) => g.line >= s.start && g.line < (subtotals[i + 1]?.start ?? Infinity))) {
      problems.push(unparsed(kind, data.find((l) => l.index === g.line)?.line ?? block.first));
    }
  }
  for (const d of items) if (/^(收入总计|合计)$/.test(d.label)) d.flags.add('total');
  const sure = split !== null && subtotals.length > 0 && items.some((d) => d.label === '收入总计') && problems.length === 0;
  const cols = { text: [['group', '项目名称'], ['label', '项目名称']] as const, amounts: [{ header: '金额' }] };
  // groups or amounts not placed with certainty: the amounts' rows are an inference
  return { table: assemble(kind, sure ? 'B02.A' : null, title, block, cols, items, sure ? 'exact' : 'inferred'), problems };
}
