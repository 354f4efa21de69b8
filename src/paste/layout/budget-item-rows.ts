// Budget tables printed as a list of items with ONE amount column (the national template; no real document yet —
// handmade fixtures in test/fixtures/budget/handmade/): B09 “三公”经费支出预算表 in row form (项目 | 预算数: 合计,
// 因公出国（境）费, 公务用车购置及运行维护费, 其中 购置费 / 运行维护费, 公务接待费, sometimes 会议费 and 培训费) and B14
// 项目支出预算表 (项目名称 | 金额: 合计 and one line per project). Read only when that is certain: a header with
// exactly one amount heading and no line with more than one amount; anything else is not read in this form (its
// rules are then listed as not checked). Layouts `B09.R` without 会议费/培训费 rows, `B09.RM` with them (whether 合计
// includes them is not printed), `B14.1` (one 合计 row, first or last, and no 小计 rows: a grouped list is not read).
import type { ParseProblem } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import { buildTable, newDraft, type PreparedBlock, type RowDraft } from './block.ts';
import { compactLabel, type LayoutLine } from './frags.ts';
import type { KindSpec } from './specs.ts';

const AMOUNT_HEADING = /^(?:(?:20\d{2}年度?|本年)?预算数|金额)$/;
const ITEM_WORDS = /出国|公务用车|公务接待/;
const TOTAL = /^(?:合计|总计|“?三公”?经费(?:支出)?合计)$/;

const textOf = (l: LayoutLine) => compactLabel(l.frags.filter((f) => f.kind === 'text').map((f) => f.text));

/** The header line: 项目 and exactly one amount heading, above the first amount; its index, or -1. */
function headerLine(body: readonly LayoutLine[]): number {
  for (const [i, l] of body.entries()) {
    if (l.frags.some((f) => f.kind === 'amount')) return -1;
    const words = l.frags.filter((f) => f.kind === 'text').flatMap((f) => f.text.split(/\s{2,}/)).map((w) => compactLabel([w]));
    if (words.some((w) => /^项目(名称)?$/.test(w)) && words.filter((w) => AMOUNT_HEADING.test(w)).length === 1
      && words.filter((w) => /预算数|决算数|金额|增减|比上年/.test(w)).length === 1) return i;
  }
  return -1;
}

/** Whether the block is the row form this reader reads with certainty. */
export function isSangongRowForm(body: readonly LayoutLine[]): boolean {
  const h = headerLine(body);
  if (h < 0) return false;
  const rows = body.slice(h + 1).filter((l) => l.frags.length > 0);
  return rows.every((l) => l.frags.filter((f) => f.kind === 'amount').length <= 1)
    && rows.some((l) => ITEM_WORDS.test(textOf(l))) && rows.some((l) => TOTAL.test(textOf(l).replace(/^[一二三四五六七八九十\d]+[、.．]/, '')));
}

const SUBTOTAL = /小计|合计|总计/;

/** Whether the block is a flat 项目支出 list: one amount column, one 合计 row first or last, no other 小计/合计. */
export function isProjectList(body: readonly LayoutLine[]): boolean {
  const h = headerLine(body);
  if (h < 0) return false;
  const rows = body.slice(h + 1).filter((l) => textOf(l) !== '');
  if (rows.length < 2 || rows.some((l) => l.frags.filter((f) => f.kind === 'amount').length > 1)) return false;
  const totals = rows.map((l, i) => (SUBTOTAL.test(textOf(l)) ? i : -1)).filter((i) => i >= 0);
  return totals.length === 1 && (totals[0] === 0 || totals[0] === rows.length - 1) && TOTAL.test(textOf(rows[totals[0]!]!));
}

export function parseItemRowsBlock(kind: TableKind, title: string, block: PreparedBlock): { table: Table; problems: ParseProblem[] } {
  const h = headerLine(block.body);
  const heading = block.body[h]!.frags.filter((f) => f.kind === 'text').flatMap((f) => f.text.split(/\s{2,}/)).map((w) => compactLabel([w]))
    .find((w) => AMOUNT_HEADING.test(w))!;
  const drafts: RowDraft[] = [];
  for (const l of block.body.slice(h + 1)) {
    const label = textOf(l);
    if (label === '') continue;
    const d = newDraft(l.line, null, '', label);
    const amount = l.frags.find((f) => f.kind === 'amount');
    if (amount) d.cells.set(0, amount.text);
    if (TOTAL.test(label)) d.flags.add('total');
    drafts.push(d);
  }
  const extras = drafts.some((d) => /会议费|培训费/.test(d.label));
  const layout = kind === 'B14' ? 'B14.1' : extras ? 'B09.RM' : 'B09.R';
  const spec: KindSpec = { layout, cols: [{ key: 'c1', colNo: 1, header: heading, names: [heading] }] };
  return { table: buildTable({ kind, spec, title, block, drafts, withCode: false, labelHeader: '项目' }), problems: [] };
}
