// Indicator scores of one 绩效 table: Σ分值 = 100 (and = the 总分 row's 分值), 0 ≤ 得分 ≤ 分值, 总分 = Σ得分,
// 得分 < 分值 needs a 偏差原因, and the ticked grade matches 总分's band. Criteria rows (②…, definitions) that
// repeat their indicator's points are a merged cell printed on every line: counted once.
import { Decimal } from '../../engine/decimal.ts';
import type { Finding } from '../../engine/finding.ts';
import type { Table } from '../../engine/table.ts';
import { checkGroupTotal } from './group-total.ts';
import { judgePlacements } from './placements.ts';
import { envelope, finding, num, ref, rowsOf, sumFinding, sumOf, text, type Num } from './values.ts';

export interface Scored {
  /** rows of one indicator (the row and its criteria rows) */
  readonly rows: readonly number[];
  readonly weight: Num | null;
  readonly score: Num | null;
  /** points could not be read with certainty */
  readonly unsure: boolean;
}

/** Indicators with their points, plus the funds row that carries 执行率 points (年度资金总额). */
export function scoredUnits(table: Table): Scored[] {
  const units: Scored[] = [];
  for (const i of rowsOf(table, 'funds')) {
    const w = num(table, i, 'weight');
    if (w) units.push({ rows: [i], weight: w, score: num(table, i, 'score'), unsure: false });
  }
  let cur: number[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    const ws = cur.map((i) => num(table, i, 'weight'));
    const ss = cur.map((i) => num(table, i, 'score'));
    const flagged = cur.some((i) => table.rows[i]!.flags?.includes('column_ambiguous'));
    const same = (xs: (Num | null)[]) => xs.every((x) => (x === null ? xs[0] === null : xs[0] !== null && x.value.eq(xs[0]!.value)));
    units.push({ rows: cur, weight: ws[0] ?? null, score: ss[0] ?? null, unsure: flagged || !same(ws) || !same(ss) });
    cur = [];
  };
  table.rows.forEach((r, i) => {
    if (r.block === 'indicator') { flush(); cur = [i]; }
    else if (r.block === 'criteria' && cur.length) cur.push(i);
    else if (r.block === 'criteria') cur = [i];
  });
  flush();
  return units;
}

const HUNDRED = new Decimal(100);

export function checkScores(table: Table, units: readonly Scored[]): Finding[] {
  const out: Finding[] = [];
  const indicators = units.filter((u) => table.rows[u.rows[0]!]!.block !== 'funds');
  if (indicators.length === 0) return out;
  for (const u of units) for (const l of perLine(table, u)) out.push(...rangeFindings(table, l));
  if (table.kind === 'P_PROJECT' || table.kind === 'P_DEPT') {
    for (const u of indicators) {
      for (const l of perLine(table, u)) {
        const f = reasonFinding(table, l, u.rows);
        if (f) out.push(f);
      }
    }
  }
  const total = rowsOf(table, 'total')[0];
  const scoreCell = total !== undefined ? num(table, total, 'score') : null;
  if (scoreCell) out.push(...gradeFindings(table, scoreCell));
  // the 总分 row's printed 分值 is 100 whatever the rows above could be read as
  const printedTotal = total !== undefined ? num(table, total, 'weight') : null;
  if (printedTotal && !printedTotal.value.eq(HUNDRED)) {
    out.push(finding({ ruleId: 'P.weights', code: 'weights_not_100', severity: 'error', table: table.id,
      location: printedTotal.ref, cells: [printedTotal.ref], formula: '总分分值=100', expected: HUNDRED, actual: printedTotal.value }));
  }
  const unsure = units.filter((u) => u.unsure);
  if (unsure.length) {
    const proven = provenFailure(table, units, total);
    if (proven) {
      out.push(proven);
      return out;
    }
    out.push(finding({
      ruleId: 'P.weights', code: 'insufficient_data', severity: 'info', table: table.id,
      location: total !== undefined ? ref(table, total, 'score') : null,
      // every 分值 and 得分 cell goes unchecked, the uncertain rows first
      cells: [...unsure, ...units.filter((u) => !u.unsure)].flatMap((u) => u.rows.flatMap((i) => [ref(table, i, 'weight'), ref(table, i, 'score')]))
        .concat(total !== undefined ? [ref(table, total, 'weight'), ref(table, total, 'score')] : []),
      formula: 'Σ分值=100；总分=Σ得分', params: { rows: unsure.map((u) => table.rows[u.rows[0]!]!.sourceLine ?? -1).join(',') },
    }));
    return out;
  }
  const weights = units.map((u) => u.weight).filter((w): w is Num => w !== null);
  if (weights.length === units.length) {
    const printed = total !== undefined ? num(table, total, 'weight') : null;
    const target: Num = printed ?? { value: HUNDRED, decimals: 0, ref: { table: table.id, row: -1, col: -1, label: '100' } };
    const f = sumFinding({ ruleId: 'P.weights', code: 'weights_not_100', table: table.id, formula: 'Σ分值=100' }, target, weights, 'error', true);
    if (f) out.push(f);
  } else if (weights.length > 0) {
    out.push(notChecked(table, units, total, 'weight', 'P.weights', 'Σ分值=100'));
  } else {
    const f = checkGroupTotal(table, units);
    if (f) out.push(f);
  }
  const scores = units.map((u) => u.score).filter((s): s is Num => s !== null);
  if (scoreCell && scores.length !== units.length) out.push(notChecked(table, units, total!, 'score', 'P.total', '总分=Σ得分'));
  if (scoreCell && scores.length === units.length) {
    const f = sumFinding({ ruleId: 'P.total', code: 'total_score_mismatch', table: table.id, formula: '总分=Σ得分' }, scoreCell, scores, 'error', true);
    if (f) out.push(f);
  }
  return out;
}

/**
 * Rows whose points were placed by inference (column_ambiguous, one line each): Σ分值 = 100 and 总分 = Σ得分 are
 * an error only when they fail under every admissible placement of those rows' numbers (placements.ts).
 */
function provenFailure(table: Table, units: readonly Scored[], total: number | undefined): Finding | null {
  const unsure = units.filter((u) => u.unsure);
  const sure = units.filter((u) => !u.unsure);
  const flaggedLine = (u: Scored) => u.rows.length === 1 && (table.rows[u.rows[0]!]!.flags?.includes('column_ambiguous') ?? false);
  if (!unsure.every(flaggedLine) || sure.some((u) => !u.weight)) return null;
  const printedWeight = total !== undefined ? num(table, total, 'weight') : null;
  const totalScore = total !== undefined ? num(table, total, 'score') : null;
  const scoresKnown = totalScore !== null && sure.every((u) => u.score);
  const printed = unsure.map((u) => [u.weight, u.score].filter((x): x is Num => x !== null));
  const all = [...sure.flatMap((u) => [u.weight!, ...(u.score ? [u.score] : [])]), ...printed.flat(),
    ...(printedWeight ? [printedWeight] : []), ...(totalScore ? [totalScore] : [])];
  const verdict = judgePlacements(
    { weights: sure.map((u) => u.weight!.value), scores: scoresKnown ? sure.map((u) => u.score!.value) : [] },
    printed.map((p) => ({ printed: p })), printedWeight?.value ?? HUNDRED, scoresKnown ? totalScore.value : null, envelope(all, true));
  if (verdict !== 'weights_fail' && verdict !== 'scores_fail') return null;
  const weights = verdict === 'weights_fail';
  const known = weights ? sure.map((u) => u.weight!) : sure.map((u) => u.score!);
  const target = weights ? printedWeight : totalScore;
  // the uncertain rows are named by the numbers they print (or their 分值 cell when they print none); a 总分
  // that fails only together with Σ分值 names the 分值 cells too
  const unsureRefs = unsure.flatMap((u, k) => (printed[k]!.length ? printed[k]!.map((x) => x.ref) : [ref(table, u.rows[0]!, 'weight')]));
  const joint = weights ? [] : [...sure.map((u) => u.weight!.ref), ...(printedWeight ? [printedWeight.ref] : [])];
  return finding({
    ruleId: weights ? 'P.weights' : 'P.total', code: weights ? 'weights_not_100' : 'total_score_mismatch', severity: 'error',
    table: table.id, location: target?.ref ?? unsureRefs[0]!,
    cells: [...(target ? [target.ref] : []), ...known.map((k) => k.ref), ...unsureRefs, ...joint],
    formula: weights ? 'Σ分值=100' : '总分=Σ得分', operands: known, expected: sumOf(known), actual: target?.value ?? HUNDRED,
    params: { placements: 'all', rows: unsure.map((u) => table.rows[u.rows[0]!]!.sourceLine ?? -1).join(',') },
  });
}

/** Some indicators print no 分值 (得分): the identity is listed as not checked, never passed silently. */
function notChecked(table: Table, units: readonly Scored[], total: number | undefined, key: 'weight' | 'score', ruleId: string, formula: string): Finding {
  const missing = units.filter((u) => !(key === 'weight' ? u.weight : u.score));
  return finding({
    ruleId, code: 'insufficient_data', severity: 'info', table: table.id,
    location: total !== undefined ? ref(table, total, key) : null, cells: missing.map((u) => ref(table, u.rows[0]!, key)),
    formula, params: { rows: missing.map((u) => table.rows[u.rows[0]!]!.sourceLine ?? -1).join(','), reason: 'values_missing' },
  });
}

function rangeFindings(table: Table, u: Scored): Finding[] {
  if (!u.score || u.unsure) return [];
  const base = { ruleId: 'P.score_range', code: 'score_out_of_range', severity: 'error' as const, table: table.id,
    location: u.score.ref, formula: '0≤得分≤分值', actual: u.score.value };
  if (u.score.value.lt(0)) return [finding({ ...base, cells: [u.score.ref], expected: '0' })];
  if (u.weight && u.score.value.gt(u.weight.value)) {
    return [finding({ ...base, cells: [u.score.ref, u.weight.ref], expected: u.weight.value, operands: [u.weight] })];
  }
  return [];
}

/**
 * An indicator whose lines print different points is not summed (merged cells or separate items cannot be told
 * apart), but each line still prints its own 分值 and 得分 side by side: 0 ≤ 得分 ≤ 分值 and the 偏差原因 rule hold
 * line by line. Lines whose numbers were placed by inference are left out.
 */
function perLine(table: Table, u: Scored): Scored[] {
  if (!u.unsure) return [u];
  if (u.rows.some((i) => table.rows[i]!.flags?.includes('column_ambiguous'))) return [];
  return u.rows.map((i) => ({ rows: [i], weight: num(table, i, 'weight'), score: num(table, i, 'score'), unsure: false }));
}

function reasonFinding(table: Table, u: Scored, reasonRows: readonly number[] = u.rows): Finding | null {
  if (!u.weight || !u.score || u.unsure || !u.score.value.lt(u.weight.value)) return null;
  if (reasonRows.some((i) => text(table, i, 'reason') !== '')) return null;
  return finding({
    ruleId: 'P.deviation_reason', code: 'deviation_reason_missing', severity: 'warning', table: table.id,
    location: ref(table, u.rows[0]!, 'reason'), cells: [u.score.ref, u.weight.ref],
    formula: '得分<分值⇒偏差原因分析及改进措施', expected: u.weight.value, actual: u.score.value, operands: [u.weight],
  });
}

/** 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 (财政部预算司). */
export function gradeOf(score: Decimal): string {
  return score.gte(90) ? '优' : score.gte(80) ? '良' : score.gte(60) ? '中' : '差';
}

function gradeFindings(table: Table, total: Num): Finding[] {
  const out: Finding[] = [];
  for (const i of rowsOf(table, 'grade')) {
    const ticked = /(优|良|中|差)\s*☑/.exec(text(table, i, 'info'))?.[1];
    if (!ticked) continue;
    const band = gradeOf(total.value);
    if (ticked !== band) {
      out.push(finding({ ruleId: 'P.grade', code: 'grade_mismatch', severity: 'error', table: table.id,
        location: ref(table, i, 'info'), cells: [ref(table, i, 'info'), total.ref], formula: '等级=总分分档',
        expected: band, actual: ticked, params: { score: total.value.toFixed() } }));
    }
  }
  return out;
}
