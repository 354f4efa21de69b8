// 三公 costs against their counts in the row-form T09 (决算 column): a cost without its count, or a count
// without its cost, needs an explanation (W, domain §1.9 “T09 consistency”). The 12-column form prints no counts.
import { Decimal } from '../../engine/decimal.ts';
import type { CellRef, Finding } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import type { Table } from '../../engine/table.ts';
import { findRowByKeys } from '../labels.ts';

export const SANGONG_CONSISTENCY_RULE = 'S.sangong-consistency';

interface Pair {
  readonly item: string;
  readonly cost: readonly string[];
  readonly count: readonly string[];
  /** false: only “cost > 0 ⇒ count > 0” (vehicles held can exist without running costs being financed) */
  readonly both: boolean;
}

const PAIRS: readonly Pair[] = [
  { item: 'abroad', cost: ['因公出国（境）费'], count: ['因公出国（境）团组数'], both: true },
  { item: 'abroad', cost: ['因公出国（境）费'], count: ['因公出国（境）人次数'], both: true },
  { item: 'car_buy', cost: ['公务用车购置费'], count: ['公务用车购置数'], both: true },
  { item: 'car_run', cost: ['公务用车运行维护费', '公务用车运行费'], count: ['公务用车保有量'], both: false },
  { item: 'reception', cost: ['国内接待费'], count: ['国内公务接待批次'], both: true },
  { item: 'reception', cost: ['国内接待费'], count: ['国内公务接待人次'], both: true },
];

interface Read {
  readonly ref: CellRef;
  readonly value: Decimal;
  /** decimal string as printed ("" when blank), as engine operands are */
  readonly printed: string;
}

/** The 决算 column: by header, else the last amount column. */
function finalColumn(t: Table): number {
  const amounts = t.columns.flatMap((c, i) => (c.role === 'amount' ? [i] : []));
  return amounts.find((i) => /决算/.test(t.columns[i]!.header)) ?? amounts[amounts.length - 1] ?? -1;
}

function read(t: Table, keys: readonly string[], col: number): Read | null {
  const row = findRowByKeys(t, keys);
  if (!row) return null;
  const i = t.rows.indexOf(row);
  const cell = row.cells[col];
  const v = cell?.value;
  const value = v?.kind === 'number' ? v.value : new Decimal(0);
  const printed = v?.kind === 'number' ? v.value.toFixed(v.decimals) : '';
  const c = t.columns[col]!;
  return { ref: { table: t.id, row: i, col, lineNo: row.lineNo, code: row.code, label: row.label, colNo: c.colNo, text: cell?.text ?? '' }, value, printed };
}

function finding(t: Table, code: string, pair: Pair, at: Read, other: Read): Finding {
  return {
    ruleId: SANGONG_CONSISTENCY_RULE, code, severity: 'warning', table: t.id, location: at.ref, cells: [at.ref, other.ref],
    formula: '', operands: [at, other].map((r) => ({ ref: r.ref, value: r.printed })),
    expected: '', actual: at.value.toString(), difference: '', tolerance: '',
    params: { item: pair.item, cost: pair.cost[0]!, count: pair.count[0]! },
  };
}

export function checkSangongConsistency(doc: ParsedDocument): Finding[] {
  const out: Finding[] = [];
  for (const t of doc.tables.filter((x) => x.kind === 'T09')) {
    const col = finalColumn(t);
    if (col < 0) continue;
    for (const pair of PAIRS) {
      const cost = read(t, pair.cost, col);
      const count = read(t, pair.count, col);
      if (!cost || !count) continue; // 12-column form: no count rows
      const paid = cost.value.gt(0);
      const counted = count.value.gt(0);
      if (paid && !counted) out.push(finding(t, 'sangong_count_missing', pair, count, cost));
      else if (pair.both && counted && !paid) out.push(finding(t, 'sangong_cost_missing', pair, cost, count));
    }
  }
  return out;
}
