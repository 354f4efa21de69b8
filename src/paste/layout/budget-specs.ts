// 部门预算 coded tables (B05–B12, B14) in layout text and PDF lines: each kind's layout variants and their
// amount columns, told apart by the printed header (江苏 prints one 金额 column; the national template
// splits 合计/基本支出/项目支出 or 合计/人员经费/公用经费). Headers are the printed names.
import type { BudgetKind } from '../../engine/table.ts';
import { compactLabel, type LayoutLine } from './frags.ts';
import type { AmountColSpec, KindSpec } from './specs.ts';

const col = (n: number, header: string, names: readonly string[] = [header]): AmountColSpec =>
  ({ key: `c${n}`, colNo: n, header, names });

const ONE_AMOUNT = [col(1, '金额', ['金额', '预算数'])];
const BY_USE = [col(1, '合计', ['合计', '小计']), col(2, '基本支出'), col(3, '项目支出')];
const BY_COST = [col(1, '合计', ['合计', '小计']), col(2, '人员经费'), col(3, '公用经费')];
const RUNNING = [col(1, '机关运行经费支出', ['机关运行经费支出', '机关运行经费', '金额', '预算数'])];

/** Functional-code tables (功能科目): one 金额 column or 合计/基本/项目. */
const FUNCTIONAL: readonly BudgetKind[] = ['B05', 'B07', 'B10', 'B11'];
/** Economic-code tables (经济科目): one 金额 column or 合计/人员经费/公用经费. */
const ECONOMIC: readonly BudgetKind[] = ['B06', 'B08'];

/** Header words printed above the first data line (the header zone), compacted. */
function headerWords(body: readonly LayoutLine[]): string {
  const words: string[] = [];
  for (const l of body) {
    if (l.frags.some((f) => f.kind === 'amount' || f.kind === 'code')) break;
    for (const f of l.frags) if (f.kind === 'text') words.push(compactLabel([f.text]));
  }
  return words.join('|');
}

/** The spec of a budget coded table from its printed header, or null when the kind is not a coded one. */
export function budgetCodedSpec(kind: BudgetKind, body: readonly LayoutLine[]): KindSpec | null {
  const h = headerWords(body);
  if (FUNCTIONAL.includes(kind)) {
    return h.includes('基本支出') && h.includes('项目支出')
      ? { layout: `${kind}.3`, cols: BY_USE }
      : { layout: `${kind}.1`, cols: ONE_AMOUNT };
  }
  if (ECONOMIC.includes(kind)) {
    return h.includes('人员经费') && h.includes('公用经费')
      ? { layout: `${kind}.3`, cols: BY_COST }
      : { layout: `${kind}.1`, cols: ONE_AMOUNT };
  }
  if (kind === 'B12') return { layout: 'B12.1', cols: RUNNING };
  return null;
}
