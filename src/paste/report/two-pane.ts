// T01 收入支出决算总表 and T04 财政拨款收入支出决算总表: two side-by-side panes (收入 | 支出) unfolded into one
// logical table — income rows (pane 0, c1) first, then expenditure rows (pane 1, c2 or c2..c5). Bare 行次 on empty
// income rows and rows without a printed label are kept so 行次 stay aligned with the printed form.
import type { Column } from '../../engine/table.ts';
import type { ParseProblem } from '../../engine/document.ts';
import type { SourceLine } from '../source-line.ts';
import { Decimal } from '../../engine/decimal.ts';
import { LABEL_COLUMN, LINE_NO_COLUMN, ROW_IDENTITIES, amountColumnSpecs, readColumnNumbers } from './columns.ts';
import { ambiguityProblem, newDraft, placementOf, spread, toRow, type Built, type BuildContext, type RowDraft } from './draft.ts';
import { numeric, pruneByGroups, rowCandidates, type PlaceInput } from './placement.ts';
import { compact, isTabLine, spaceTokens, stripHeaderWords, tabCells, type Token } from './tokens.ts';

interface Frame { headerEnd: number; paneStart: number[]; valueStart: number[]; counts: number[]; printed: string[] }

function findFrame(lines: readonly SourceLine[], kind: 'T01' | 'T04'): Frame {
  const defaults = kind === 'T01' ? [1, 1] : [1, 4];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!/栏\s*次/.test(t)) continue;
    const cells = isTabLine(t) ? tabCells(t) : spaceTokens(t).map((x) => x.text);
    if (!readColumnNumbers(cells)) continue;
    const paneStart: number[] = [];
    const valueStart: number[] = [];
    const counts: number[] = [];
    cells.forEach((c, j) => {
      const k = compact(c);
      if (k === '栏次' || (k === '栏' && compact(cells[j + 1] ?? '') === '次')) { paneStart.push(j); counts.push(0); valueStart.push(-1); }
      else if (/^\d+$/.test(k) && counts.length > 0) {
        if (valueStart[valueStart.length - 1] === -1) valueStart[valueStart.length - 1] = j;
        counts[counts.length - 1]!++;
      }
    });
    if (counts.length !== 2) continue;
    const printed: string[] = [];
    if (isTabLine(t)) {
      const header = lines.slice(0, i).filter((l) => isTabLine(l.text)).map((l) => tabCells(l.text));
      for (let c = 0; c < counts[1]!; c++) printed.push(header.map((h) => compact(h[valueStart[1]! + c] ?? '')).join(''));
    }
    return { headerEnd: i + 1, paneStart, valueStart, counts, printed };
  }
  const start = lines.findIndex((l) => /^\s*一、/.test(l.text));
  return { headerEnd: Math.max(start, 0), paneStart: [], valueStart: [], counts: defaults, printed: [] };
}

const intOf = (s: string | undefined) => (s && /^\d+$/.test(s) ? Number.parseInt(s, 10) : null);

function tabPanes(line: SourceLine, f: Frame): RowDraft[] {
  const cells = tabCells(line.text);
  return [0, 1].map((p) => {
    const start = f.paneStart[p] ?? 0;
    const d = newDraft(line.line, { pane: p, label: stripHeaderWords(cells[start] ?? ''), lineNo: intOf(cells[start + 1]) });
    d.placed = Array.from({ length: f.counts[p]! }, (_, i) => cells[f.valueStart[p]! + i] ?? '');
    return d;
  });
}

// an enumerated expenditure item (“八、社会保障和就业支出”): never a row of the income pane
const EXPENSE_ITEM = /^[一二三四五六七八九十]+、\S*支出$/;
const isExpenseLabel = (text: string) => EXPENSE_ITEM.test(compact(text));

/** pane = label? 行次? values*; an integer after the income 行次 opens the expenditure pane. */
function spacePanes(line: SourceLine): RowDraft[] {
  const toks: Token[] = spaceTokens(line.text);
  const out: RowDraft[] = [];
  let i = 0;
  for (let p = 0; p < 2 && i < toks.length; p++) {
    const d = newDraft(line.line, { pane: p });
    const label: string[] = [];
    while (i < toks.length && toks[i]!.kind === 'text') {
      // the income label and the expenditure label side by side (the income cell blank, the gap between them lost
      // in the copy): the expenditure one opens its pane
      if (p === 0 && label.length > 0 && isExpenseLabel(toks[i]!.text)) break;
      label.push(toks[i++]!.text);
    }
    if (i < toks.length && toks[i]!.kind === 'int') d.lineNo = intOf(toks[i++]!.text);
    while (i < toks.length && (toks[i]!.kind === 'amount' || toks[i]!.kind === 'placeholder' || (p === 1 && toks[i]!.kind === 'int'))) {
      d.values.push(toks[i++]!.text);
    }
    d.label = label.join(' ');
    out.push(d);
  }
  return out;
}

const isEmpty = (d: RowDraft) => !d.label && d.lineNo === null && d.values.length === 0 && !(d.placed ?? []).some((x) => x);

export function buildTwoPane(kind: 'T01' | 'T04') {
  return (lines: readonly SourceLine[], ctx: BuildContext): Built => {
    const f = findFrame(lines, kind);
    const problems: ParseProblem[] = [];
    const panes: RowDraft[][] = [[], []];
    let expenseFrom = Infinity;
    for (const line of lines.slice(f.headerEnd)) {
      if (line.text.trim() === '') continue;
      const drafts = isTabLine(line.text) && f.paneStart.length === 2 ? tabPanes(line, f) : spacePanes(line);
      if (drafts.length === 2 && drafts[1]!.lineNo !== null) expenseFrom = Math.min(expenseFrom, drafts[1]!.lineNo);
      for (const d of drafts) {
        if (isEmpty(d)) continue;
        // a lone expenditure row (no income cells on its line) is recognised by its 行次
        if (d.pane === 0 && drafts.length === 1 && d.lineNo !== null && d.lineNo >= expenseFrom) {
          d.pane = 1;
          d.placement = 'inferred'; // a pane guessed from the 行次
        } else if (d.pane === 0 && drafts.length <= 2 && d.lineNo === null && isExpenseLabel(d.label) && !(drafts[1] && !isEmpty(drafts[1]))) {
          d.pane = 1;
          d.placement = 'inferred'; // a lone expenditure item, told by its name
        }
        if (d.pane === 0 && d.values.length > 1) {
          problems.push({ code: 'unparsed_lines', severity: 'warning', line: d.line, table: ctx.tableId, params: { reason: 'too_many_values' } });
        }
        panes[d.pane ?? 0]!.push(d);
      }
    }
    const [income, expense] = panes as [RowDraft[], RowDraft[]];
    const incomeCells = income.map((d) => {
      // income values are read from the left: with fewer values than columns that is an inference
      d.placement = placementOf(d, f.counts[0]!, 1);
      return d.placed ?? spread(d.values, d.values.map((_, i) => i + 1), f.counts[0]!);
    });
    const expenseCells = placeExpense(kind, expense, income, f.counts[1]!, ctx, problems);
    const n = f.counts[0]! + f.counts[1]!;
    const columns: Column[] = [
      LABEL_COLUMN, LINE_NO_COLUMN,
      ...amountColumnSpecs(kind, f.counts[0]!, [], 0),
      ...amountColumnSpecs(kind, n, kind === 'T04' ? ['', ...f.printed] : [], 1).slice(f.counts[0]!),
    ];
    const blank = (k: number) => new Array<string>(k).fill('');
    const rows = [
      ...income.map((d, i) => toRow(d, [d.label, d.lineNo === null ? '' : String(d.lineNo)], [...incomeCells[i]!, ...blank(f.counts[1]!)], [0, f.counts[0]!])),
      ...expense.map((d, i) => toRow(d, [d.label, d.lineNo === null ? '' : String(d.lineNo)], [...blank(f.counts[0]!), ...expenseCells[i]!], [f.counts[0]!, n])),
    ];
    return { columns, rows, layout: layoutOf(kind, income, ctx), notes: [], problems };
  };
}

function layoutOf(kind: 'T01' | 'T04', income: readonly RowDraft[], ctx: BuildContext): string {
  const last = income.reduce((m, d) => Math.max(m, d.lineNo ?? 0), 0);
  if (last === 0) return `${kind}.C`;
  if (kind === 'T01') return last === 30 ? 'T01.B' : 'T01.A';
  return ctx.tables.some((t) => t.layout === 'T01.B') ? 'T04.B' : 'T04.A';
}

/** Expenditure values: direct for T01; T04 places c2..c5 by c2 = c3+c4+c5, the fund rows and column sums. */
function placeExpense(kind: 'T01' | 'T04', expense: RowDraft[], income: readonly RowDraft[], count: number,
  ctx: BuildContext, problems: ParseProblem[]): string[][] {
  const cols = Array.from({ length: count }, (_, i) => i + 1);
  const fund = (...lineNos: number[]) => {
    const rows = income.filter((d) => d.lineNo !== null && lineNos.includes(d.lineNo));
    if (rows.length === 0) return null;
    return rows.reduce((s, d) => s.plus(numeric((d.placed ?? d.values)[0] ?? '')), new Decimal(0));
  };
  // relative columns: 1 = 小计 (c2), 2 = 一般公共 (c3), 3 = 基金 (c4), 4 = 国资 (c5)
  const bounds: Record<number, Decimal | null> = kind === 'T04' ? { 3: fund(2, 30), 4: fund(3, 31) } : {};
  const ids = kind === 'T04' ? (ROW_IDENTITIES.T04 ?? []).map((id) => ({ lhs: id.lhs - 1, rhs: id.rhs.map(([c, s]) => [c - 1, s] as const) })) : [];
  const inputs: PlaceInput[] = expense.map((d) => ({
    values: d.placed ? [] : d.values, columns: cols, bound: (c: number) => bounds[c] ?? null,
  }));
  const cands = inputs.map((inp) => rowCandidates(inp, ids));
  const sumAt = expense.findIndex((d) => compact(d.label) === '本年支出合计');
  const totalAt = expense.findIndex((d) => compact(d.label) === '总计');
  const groups: [number, number[]][] = [];
  if (sumAt > 0) groups.push([sumAt, expense.slice(0, sumAt).map((_, i) => i)]);
  if (sumAt >= 0 && totalAt > sumAt + 1) groups.push([totalAt, [sumAt, sumAt + 1]]);
  pruneByGroups(inputs, cands, groups, cols);
  return expense.map((d, i) => {
    if (d.placed) return d.placed;
    const c = cands[i]!;
    d.placement = placementOf(d, count, c.length);
    if (c.length > 1) {
      d.flags.push('column_ambiguous');
      problems.push(ambiguityProblem(ctx.tableId, d, c.length));
    }
    return spread(d.values, c[0] ?? [], count);
  });
}
