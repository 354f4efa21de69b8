// 政府采购预算表 (B13, 江苏 layout B13.JS): parents = Σ children down its nesting — 合计 = Σ 品目, 品目 = Σ 专项,
// 专项 = Σ 采购物品 — read from the rows' levels (Row.block) in printed order, with the rounding model of every
// identity: equal passes, overlapping intervals are 尾数误差 (info), anything else is procurement_sum_mismatch (error;
// a warning when a cell was not read exactly where it is printed). The notation cannot say "the rows below this
// one until the next of its level", hence a special check.
import type { CellRef, Finding, Operand } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import { Decimal, ZERO } from '../../engine/decimal.ts';
import { classifyDecimal, fixed, halfWidth, toleranceString } from '../../engine/check/tolerance.ts';
import type { Row, Table } from '../../engine/table.ts';

export const PROCUREMENT_TREE_RULE = 'S.procurement-tree';

const EQ = { lt: false, eq: true, gt: false } as const;
/** the level a row's children have, and the levels that end its list of children */
const CHILD: Readonly<Record<string, { child: string; stop: readonly string[] }>> = {
  total: { child: 'category', stop: ['total'] },
  category: { child: 'project', stop: ['total', 'category'] },
  project: { child: 'item', stop: ['total', 'category', 'project'] },
};

function childrenOf(rows: readonly Row[], i: number): number[] {
  const spec = CHILD[rows[i]!.block ?? ''];
  if (!spec) return [];
  const out: number[] = [];
  for (let k = i + 1; k < rows.length; k++) {
    const b = rows[k]!.block ?? '';
    if (spec.stop.includes(b)) break;
    if (b === spec.child) out.push(k);
  }
  return out;
}

const ref = (t: Table, row: number, col: number): CellRef => {
  const r = t.rows[row]!;
  return { table: t.id, row, col, lineNo: null, code: null, label: r.label, colNo: 1, text: r.cells[col]?.text ?? '',
    ...(r.page !== undefined ? { page: r.page } : {}) };
};

/** parent = Σ kids in the table's one amount column, with the rounding model; null when it holds. */
export function parentSumFinding(t: Table, i: number, kids: readonly number[], ruleId: string, code: string): Finding | null {
  const col = t.columns.findIndex((c) => c.role === 'amount');
  const r = t.rows[i]!;
  const parent = r.cells[col];
  if (col < 0 || kids.length === 0 || !parent || parent.value.kind !== 'number') return null;
  let sum = ZERO;
  let tol = halfWidth(parent.value);
  let decimals = parent.value.decimals;
  for (const k of kids) {
    const v = t.rows[k]!.cells[col]!.value;
    if (v.kind !== 'number') continue;
    sum = sum.plus(v.value);
    tol = tol.plus(halfWidth(v));
    decimals = Math.max(decimals, v.decimals);
  }
  const diff: Decimal = parent.value.value.minus(sum);
  const verdict = classifyDecimal(EQ, diff, tol);
  if (verdict === 'pass') return null;
  const exact = [i, ...kids].every((k) => (t.rows[k]!.cells[col]!.placement ?? 'exact') === 'exact');
  const severity = verdict === 'residue' ? 'info' : exact ? 'error' : 'warning';
  const cells = [ref(t, i, col), ...kids.map((k) => ref(t, k, col))];
  const operands: Operand[] = cells.map((c) => ({ ref: c, value: t.rows[c.row]!.cells[col]!.text.replace(/,/g, '') }));
  return {
    ruleId, code: verdict === 'residue' ? 'rounding_residue' : code,
    severity, table: t.id, location: cells[0]!, cells,
    formula: `[${r.label}]=${kids.map((k) => `[${t.rows[k]!.label}]`).join('+')}`,
    operands, expected: fixed(sum, decimals), actual: fixed(parent.value.value, decimals),
    difference: fixed(diff, decimals), tolerance: toleranceString(tol),
    params: { label: r.label, colNo: 1, children: kids.length },
    ...(r.page !== undefined ? { page: r.page } : {}),
  };
}

function checkTable(t: Table): Finding[] {
  return t.rows.flatMap((_, i) => parentSumFinding(t, i, childrenOf(t.rows, i), PROCUREMENT_TREE_RULE, 'procurement_sum_mismatch') ?? []);
}

export function checkProcurementTree(doc: ParsedDocument): Finding[] {
  return doc.tables.filter((t) => t.kind === 'B13' && t.layout === 'B13.JS').flatMap(checkTable);
}
