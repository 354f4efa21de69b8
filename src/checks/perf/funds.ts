// Funds block of 自评表 / 部门整体表: 执行率 = 执行数 / 预算数 (a printed 100% over a higher real rate is a cap,
// said as info), 执行率得分 = 分值 × min(执行率, 100%) (a local threshold rule → warning), and the fund identities.
import { Decimal, halfUnit } from '../../engine/decimal.ts';
import type { Finding } from '../../engine/finding.ts';
import type { Table } from '../../engine/table.ts';
import { finding, num, rowsOf, sumFinding, type Num } from './values.ts';

const HUNDRED = new Decimal(100);
const HALF_PP = new Decimal('0.5'); // percentage points: beyond precision but within this → warning

/** [lo, hi] of B / A × 100 when both stand for ± half a printed unit. */
function rateInterval(a: Num, b: Num): [Decimal, Decimal] | null {
  const ha = halfUnit(a.decimals);
  const hb = halfUnit(b.decimals);
  if (a.value.minus(ha).lte(0)) return null;
  const lo = Decimal.max(b.value.minus(hb), 0).div(a.value.plus(ha)).times(HUNDRED);
  const hi = b.value.plus(hb).div(a.value.minus(ha)).times(HUNDRED);
  return [lo, hi];
}

export function checkFunds(table: Table): Finding[] {
  const out: Finding[] = [];
  for (const i of rowsOf(table, 'funds')) {
    const a = num(table, i, 'budget');
    const b = num(table, i, 'executed');
    const rate = num(table, i, 'rate');
    if (!a || !b) continue;
    const range = rateInterval(a, b);
    if (!range) continue;
    const exact = b.value.div(a.value).times(HUNDRED);
    if (rate) out.push(...rateFinding(table, rate, a, b, exact, range));
    const weight = num(table, i, 'weight') ?? headerWeight(table, i);
    const score = num(table, i, 'score');
    if (weight && score) {
      const f = execScoreFinding(table, weight, score, rate, a, b, range);
      if (f) out.push(f);
    }
  }
  out.push(...fundIdentities(table));
  return out;
}

function rateFinding(table: Table, rate: Num, a: Num, b: Num, exact: Decimal, [lo, hi]: [Decimal, Decimal]): Finding[] {
  const h = halfUnit(rate.decimals);
  if (rate.value.plus(h).gte(lo) && rate.value.minus(h).lte(hi)) return [];
  const base = {
    ruleId: 'P.exec_rate', table: table.id, location: rate.ref, cells: [rate.ref, a.ref, b.ref],
    formula: '执行率=全年执行数/全年预算数×100%', operands: [a, b], expected: exact.toDecimalPlaces(4), actual: rate.value,
  };
  if (rate.value.eq(HUNDRED) && lo.gt(HUNDRED)) {
    return [finding({ ...base, code: 'exec_rate_capped', severity: 'info', tolerance: h })];
  }
  const gap = Decimal.min(rate.value.minus(hi).abs(), rate.value.minus(lo).abs());
  return [finding({ ...base, code: 'exec_rate_mismatch', severity: gap.lte(HALF_PP) ? 'warning' : 'error', tolerance: h })];
}

/** 武汉 form: the points are only in the header, “得分（20 分*执行率）”. */
export function headerWeight(table: Table, row: number): Num | null {
  const col = table.columns.find((c) => c.key === 'score');
  const m = col && /[（(]\s*(\d+)\s*分/.exec(col.header);
  if (!m) return null;
  return { value: new Decimal(m[1]!), decimals: 0, ref: { table: table.id, row, col: -1, label: col.header } };
}

function execScoreFinding(
  table: Table, weight: Num, score: Num, rate: Num | null, a: Num, b: Num, [lo, hi]: [Decimal, Decimal],
): Finding | null {
  const capped = (r: Decimal) => weight.value.times(Decimal.min(r, HUNDRED)).div(HUNDRED);
  const hs = halfUnit(score.decimals);
  const within = (x: Decimal, y: Decimal) => score.value.plus(hs).gte(x) && score.value.minus(hs).lte(y);
  if (within(capped(lo), capped(hi))) return null;
  // forms that score from the printed (rounded) rate
  if (rate) {
    const hr = halfUnit(rate.decimals);
    if (within(capped(rate.value.minus(hr)), capped(rate.value.plus(hr)))) return null;
  }
  const expected = capped(b.value.div(a.value).times(HUNDRED)).toDecimalPlaces(2);
  return finding({
    ruleId: 'P.exec_score', code: 'exec_score_mismatch', severity: 'warning', table: table.id,
    location: score.ref, cells: [score.ref, weight.ref, a.ref, b.ref, ...(rate ? [rate.ref] : [])],
    formula: '执行率得分=分值×min(执行率,100%)', operands: [weight, a, b], expected, actual: score.value, tolerance: hs,
  });
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
/** label without blanks and without a trailing unit: “年度资金总额（万元）” → “年度资金总额” */
const bare = (s: string) => squash(s).replace(/[（(](万元|元|亿元)[)）]$/, '');
const TOTAL = /资金总额$/;
const PARTS = /(当年财政拨款|政府预算资金|财政资金|上年结转(资金)?|其他资金)$/;

/** 年度资金总额 = its parts per column; 部门整体: 财政拨款 + 其他资金 = 全年预算数, 基本 + 项目支出 = 全年执行数. */
function fundIdentities(table: Table): Finding[] {
  const rows = rowsOf(table, 'funds');
  const out: Finding[] = [];
  const total = rows.find((i) => TOTAL.test(bare(table.rows[i]!.label)));
  if (total !== undefined) {
    const parts = rows.filter((i) => i !== total && PARTS.test(bare(table.rows[i]!.label)));
    for (const key of ['initial', 'budget', 'executed']) {
      const t = num(table, total, key);
      const ps = parts.map((i) => num(table, i, key)).filter((x): x is Num => x !== null);
      if (!t || ps.length === 0) continue;
      // a row whose numbers were placed in columns by inference (collapsed blanks) cannot make this an error
      const inferred = [total, ...parts].some((i) => table.rows[i]!.flags?.includes('column_ambiguous'));
      const f = sumFinding({ ruleId: 'P.funds_sum', code: 'funds_sum_mismatch', table: table.id,
        formula: '年度资金总额=当年财政拨款+上年结转资金+其他资金', ...(inferred ? { params: { unconfirmed: 'column_placement' } } : {}) },
      t, ps, inferred ? 'warning' : 'error');
      if (f) out.push(f);
    }
    return out;
  }
  const main = rows.find((i) => num(table, i, 'budget') && num(table, i, 'executed'));
  if (main === undefined) return out;
  const firstAmount = (i: number) => num(table, i, 'budget') ?? num(table, i, 'executed');
  const pick = (re: RegExp) => rows.filter((i) => i !== main && re.test(squash(table.rows[i]!.label)));
  const identities: [RegExp, string, string][] = [
    [/(财政拨款|其他资金)$/, 'budget', '全年预算数=财政拨款+其他资金'],
    [/(基本支出|项目支出)$/, 'executed', '全年执行数=基本支出+项目支出'],
  ];
  for (const [re, key, formula] of identities) {
    const t = num(table, main, key);
    const ps = pick(re).map(firstAmount).filter((x): x is Num => x !== null);
    if (!t || ps.length === 0) continue;
    const f = sumFinding({ ruleId: 'P.funds_sum', code: 'funds_sum_mismatch', table: table.id, formula }, t, ps);
    if (f) out.push(f);
  }
  return out;
}
