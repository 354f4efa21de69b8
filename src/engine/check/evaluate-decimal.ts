// The reference path: Decimal arithmetic over the bound operands, and the finding for any instance that
// does not simply pass (rounding residue, mismatch, text read as a number, ambiguous row).
import { Decimal, ZERO } from '../decimal.ts';
import type { CellRef, Finding, Operand } from '../finding.ts';
import type { CheckContext, Scratch } from './context.ts';
import type { Outcome } from './evaluate.ts';
import type { Plan } from './plan.ts';
import { classifyDecimal, fixed, halfWidth, toleranceString } from './tolerance.ts';

const PASS: Outcome = Object.freeze({ verdict: 'pass', finding: null });

export function evaluateDecimal(plan: Plan, i: number, n: number, ctx: CheckContext, s: Scratch): Outcome {
  let left = plan.constLeft;
  let right = plan.constRight;
  let tol = ZERO;
  let scale = plan.constDecimals;
  let numeric = false;
  const cells: CellRef[] = [];
  const operands: Operand[] = [];
  let location: CellRef | null = null;
  let problem: { code: 'not_a_number' | 'insufficient_data'; at: CellRef } | null = null;
  const exact = plan.bound.def.exact === true;
  for (let k = 0; k < n; k++) {
    const r = s.row[k]!;
    if (r < 0) continue;
    const ref = cellRef(ctx, s.tab[k]!, r, s.col[k]!);
    cells.push(ref);
    if (!location && s.left[k]) location = ref;
    const row = ctx.tables[s.tab[k]!]!.rows[r]!;
    const v = row.cells[s.col[k]!]?.value;
    if (row.flags?.includes('column_ambiguous')) {
      problem ??= { code: 'insufficient_data', at: ref };
    } else if (v && (v.kind === 'text' || v.kind === 'percent')) {
      if (problem?.code !== 'insufficient_data') problem ??= { code: 'not_a_number', at: ref };
    }
    if (!v || v.kind !== 'number') {
      operands.push({ ref, value: '' });
      continue;
    }
    numeric = true;
    operands.push({ ref, value: fixed(v.value, v.decimals) });
    const signed = s.sign[k]! < 0 ? v.value.negated() : v.value;
    if (s.left[k]) left = left.plus(signed); else right = right.plus(signed);
    // an exact rule (counts) reads integers as exact; a value printed with decimals keeps its envelope
    if (!(exact && v.decimals === 0)) tol = tol.plus(halfWidth(v));
    scale = Math.max(scale, v.decimals);
  }
  if (problem) {
    const severity = problem.code === 'insufficient_data' ? 'info' : 'warning';
    return { verdict: 'unsure', finding: build(plan, i, problem.code, severity, problem.at, cells, operands, null) };
  }
  // blank on both sides never fails
  if (!numeric && !plan.hasConst) return PASS;
  const diff = left.minus(right);
  const verdict = classifyDecimal(plan.op.accepts, diff, tol);
  if (verdict === 'pass') return PASS;
  const refined = verdict === 'fail' ? plan.refineFailure?.(i, left, right) ?? null : null;
  const code = verdict === 'residue' ? 'rounding_residue' : refined?.code ?? plan.failCode;
  const severity = verdict === 'residue' ? 'info' : refined?.severity ?? plan.bound.def.severity;
  const values = { left, right, diff, tol, scale };
  return { verdict, finding: build(plan, i, code, severity, location ?? cells[0] ?? null, cells, operands, values) };
}

function build(
  plan: Plan, i: number, code: string, severity: Finding['severity'], location: CellRef | null,
  cells: CellRef[], operands: Operand[],
  v: { left: Decimal; right: Decimal; diff: Decimal; tol: Decimal; scale: number } | null,
): Finding {
  const params = plan.params(i);
  return {
    ruleId: plan.bound.def.id,
    code,
    severity,
    table: location?.table ?? plan.bound.tableId,
    location,
    cells,
    formula: plan.formula(i),
    operands,
    expected: v ? fixed(v.right, v.scale) : '',
    actual: v ? fixed(v.left, v.scale) : '',
    difference: v ? fixed(v.diff, v.scale) : '',
    tolerance: v ? toleranceString(v.tol) : '',
    ...(params ? { params } : {}),
  };
}

export function cellRef(ctx: CheckContext, tab: number, row: number, col: number): CellRef {
  const table = ctx.tables[tab]!;
  const r = table.rows[row]!;
  const column = table.columns[col];
  return {
    table: table.id,
    row,
    col,
    lineNo: r.lineNo,
    code: r.code,
    label: r.label,
    colNo: column?.colNo ?? null,
    text: r.cells[col]?.text ?? '',
  };
}
