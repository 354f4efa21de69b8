// The reference path: Decimal arithmetic over the bound operands, and the finding for any instance that
// does not simply pass (rounding residue, mismatch, text read as a number, ambiguous row).
import { Decimal, ZERO } from '../decimal.ts';
import type { CellRef, Finding, Operand } from '../finding.ts';
import type { CheckContext, Scratch } from './context.ts';
import type { Outcome } from './evaluate.ts';
import type { Plan } from './plan.ts';
import { rowPlacement } from '../table.ts';
import { enumeratePlacements, instancePlacement, uncertainRows } from './placements.ts';
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
  let problem: { code: 'not_a_number'; at: CellRef } | null = null;
  const exact = plan.bound.def.exact === true;
  for (let k = 0; k < n; k++) {
    const r = s.row[k]!;
    if (r < 0) continue;
    const ref = cellRef(ctx, s.tab[k]!, r, s.col[k]!);
    cells.push(ref);
    if (!location && s.left[k]) location = ref;
    const row = ctx.tables[s.tab[k]!]!.rows[r]!;
    const v = row.cells[s.col[k]!]?.value;
    if (v && (v.kind === 'text' || v.kind === 'percent')) problem ??= { code: 'not_a_number', at: ref };
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
  if (problem) return { verdict: 'unsure', finding: build(plan, i, problem.code, 'warning', problem.at, cells, operands, null) };
  const placement = instancePlacement(n, ctx, s);
  // blank on both sides never fails (an ambiguous row may hide its values in these blanks: decided below)
  if (!numeric && !plan.hasConst && placement !== 'ambiguous') return PASS;
  const diff = left.minus(right);
  const verdict = classifyDecimal(plan.op.accepts, diff, tol);
  const values = { left, right, diff, tol, scale };
  const at = location ?? cells[0] ?? null;
  if (placement !== 'exact' && verdict !== 'residue') {
    const decided = decideUncertain(plan, n, ctx, s, placement, verdict === 'pass');
    if (decided?.proven) {
      const refined = plan.refineFailure?.(i, left, right) ?? null;
      const code = refined?.code ?? plan.failCode;
      const severity = refined?.severity ?? plan.bound.def.severity;
      // the culprit may be any printed value of a row whose placement is a guess: all of them are named
      const named = withUncertainRowCells(cells, n, ctx, s);
      return { verdict: 'fail', finding: build(plan, i, code, severity, at, named, operands, values, decided.params) };
    }
    if (decided === null) return PASS;
    return { verdict: 'unsure', finding: build(plan, i, decided.code, decided.severity, at, cells, operands, values, decided.params) };
  }
  if (verdict === 'pass') return PASS;
  const refined = verdict === 'fail' ? plan.refineFailure?.(i, left, right) ?? null : null;
  const code = verdict === 'residue' ? 'rounding_residue' : refined?.code ?? plan.failCode;
  const severity = verdict === 'residue' ? 'info' : refined?.severity ?? plan.bound.def.severity;
  return { verdict, finding: build(plan, i, code, severity, at, cells, operands, values) };
}

type Params = Readonly<Record<string, string | number>>;
interface Decided { readonly proven: boolean; readonly code: string; readonly severity: Finding['severity']; readonly params: Params }

/**
 * An instance reading a cell placed by inference or left ambiguous. Failing under the shown placement: every
 * admissible placement is tried — failing under all is proven (`'proven'`, the rule's own code and severity);
 * otherwise it is `placement_fits` (info) for an ambiguous row, an `unconfirmed_*` warning for an inferred one.
 * Passing as shown: an inferred row passes; an ambiguous row says which placement satisfies it (info).
 */
function decideUncertain(
  plan: Plan, n: number, ctx: CheckContext, s: Scratch, placement: 'inferred' | 'ambiguous', passes: boolean,
): Decided | null {
  // the rows whose values could not be placed with certainty, named in every such finding
  const rows = uncertainRows(n, ctx, s);
  const info = (code: string, params: Params): Decided => ({ proven: false, code, severity: 'info', params: { ...params, unconfirmedRows: rows } });
  if (passes) return placement === 'ambiguous' ? info('placement_fits', { placement: 'shown' }) : null;
  const e = enumeratePlacements(n, ctx, s, plan.op.accepts, plan.constLeft.minus(plan.constRight), plan.bound.def.exact === true);
  if (e.kind === 'all_fail') {
    return { proven: true, code: plan.failCode, severity: plan.bound.def.severity, params: { placements: 'all', placementCount: e.count } };
  }
  const unconfirmed = (params: Params): Decided => ({
    proven: false, code: `unconfirmed_${plan.failCode}`, severity: plan.bound.def.severity === 'info' ? 'info' : 'warning',
    params: { ...params, unconfirmedRows: rows },
  });
  if (e.kind === 'fits') {
    const params = { placement: e.placement, placementCount: e.count };
    return placement === 'ambiguous' ? info('placement_fits', params) : unconfirmed({ reason: 'placement_fits', ...params });
  }
  const params: Params = e.kind === 'capped' ? { reason: 'enumeration_cap', placementCount: e.count } : { reason: `placement_${placement}` };
  return placement === 'ambiguous' ? info('insufficient_data', params) : unconfirmed(params);
}

function build(
  plan: Plan, i: number, code: string, severity: Finding['severity'], location: CellRef | null,
  cells: CellRef[], operands: Operand[],
  v: { left: Decimal; right: Decimal; diff: Decimal; tol: Decimal; scale: number } | null, extra?: Params,
): Finding {
  const own = plan.params(i);
  const params = extra ? { ...own, ...extra } : own;
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

/** The cells plus every non-blank cell of the instance's rows not read exactly (once each, after the cells). */
function withUncertainRowCells(cells: readonly CellRef[], n: number, ctx: CheckContext, s: Scratch): CellRef[] {
  const out = cells.slice();
  const seen = new Set(cells.map((c) => `${c.table}|${c.row}|${c.col}`));
  for (let k = 0; k < n; k++) {
    const r = s.row[k]!;
    if (r < 0) continue;
    const row = ctx.tables[s.tab[k]!]!.rows[r]!;
    if (rowPlacement(row) === 'exact') continue;
    row.cells.forEach((c, col) => {
      if (c.value.kind !== 'number' && c.value.kind !== 'placeholder') return;
      const key = `${ctx.tables[s.tab[k]!]!.id}|${r}|${col}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(cellRef(ctx, s.tab[k]!, r, col));
    });
  }
  return out;
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
