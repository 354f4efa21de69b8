// 自评情况汇总表: each project row adds up (小计 = 年初 + 追加; 分项得分之和 = 绩效自评得分), the 合计 row = Σ projects,
// 自评价平均分 = mean of the scores, the coverage ratio recomputes and names the report year; and every project row
// equals that project's 自评表 (budget, execution, 执行率得分, 成本/产出/效益/满意度 得分, 总分).
import type { CellRef, Finding } from '../../engine/finding.ts';
import type { Table } from '../../engine/table.ts';
import { projectNameOf, sameProject } from '../../paste/perf/index.ts';
import { scoredUnits } from './scores.ts';
import { colIndex, compare, compareCopy, finding, num, ref, rowsOf, sumFinding, sumOf, text, type Num } from './values.ts';

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
const PARTS = ['execScore', 'costScore', 'outputScore', 'benefitScore', 'satisfactionScore'];

export function checkSummary(table: Table, details: readonly Table[]): Finding[] {
  const out: Finding[] = [];
  const items = rowsOf(table, 'item');
  // 小计 = 年初 + 追加 holds on every row that prints all three (the 合计 and 项目支出总额 footers too)
  for (const i of [...items, ...rowsOf(table, 'footer')]) {
    const sub = num(table, i, 'budget');
    const parts = ['initial', 'adjust'].map((k) => num(table, i, k));
    if (sub && parts.every((p) => p)) {
      const f = sumFinding({ ruleId: 'P.summary_row', code: 'summary_sum_mismatch', table: table.id, formula: '小计=年初预算数+年中追加数' }, sub, parts as Num[]);
      if (f) out.push(f);
    }
    if (!items.includes(i)) continue;
    const score = num(table, i, 'score');
    const comps = PARTS.map((k) => num(table, i, k));
    if (score && comps.every((c) => c)) {
      const f = sumFinding({ ruleId: 'P.summary_row', code: 'summary_sum_mismatch', table: table.id,
        formula: '绩效自评得分=执行率得分+成本+产出+效益+满意度指标得分' }, score, comps as Num[], 'error', true);
      if (f) out.push(f);
    }
  }
  out.push(...footers(table, items));
  for (const i of items) out.push(...againstDetail(table, i, details));
  return out;
}

function footers(table: Table, items: readonly number[]): Finding[] {
  const out: Finding[] = [];
  const footerRows = rowsOf(table, 'footer');
  const totalRow = footerRows.find((i) => /合计/.test(table.rows[i]!.label));
  if (totalRow !== undefined) {
    for (const key of ['initial', 'adjust', 'budget', 'executed']) {
      const t = num(table, totalRow, key);
      const ps = items.map((i) => num(table, i, key));
      if (!t || ps.some((p) => !p)) continue;
      const f = sumFinding({ ruleId: 'P.summary_total', code: 'summary_sum_mismatch', table: table.id, formula: '合计=Σ各项目' }, t, ps as Num[]);
      if (f) out.push(f);
    }
  }
  // “自评价平均分 ⇥ 96.6”: the label sits in a value column, the number in the next one
  for (const i of footerRows) {
    const row = table.rows[i]!;
    const at = row.cells.findIndex((c) => /平均分/.test(c.text));
    const cell = at >= 0 ? row.cells[at + 1] : undefined;
    if (!cell || cell.value.kind !== 'number') continue;
    const scores = items.map((r) => num(table, r, 'score'));
    if (scores.length === 0 || scores.some((s) => !s)) continue;
    const avgRef = { ...ref(table, i, table.columns[at + 1]!.key), col: at + 1 };
    const avg: Num = { value: cell.value.value, decimals: cell.value.decimals, ref: avgRef };
    const mean = sumOf(scores as Num[]).div(scores.length);
    const { outcome, tolerance } = compare(avg, mean, []);
    if (outcome !== 'ok' && !mean.toDecimalPlaces(avg.decimals).eq(avg.value)) {
      out.push(finding({ ruleId: 'P.average', code: 'average_score_mismatch', severity: outcome === 'residue' ? 'info' : 'error',
        table: table.id, location: avgRef, cells: [avgRef, ...(scores as Num[]).map((s) => s.ref)], formula: '自评平均分=Σ得分/项目数',
        operands: scores as Num[], expected: mean.toDecimalPlaces(4), actual: avg.value, tolerance }));
    }
  }
  out.push(...ratioFindings(table, footerRows, totalRow));
  return out;
}

/** “比例=2020 年…全年预算数合计/…总额*100%”: recomputed from the 合计 and 总额 rows; its years = the report year. */
function ratioFindings(table: Table, footerRows: readonly number[], totalRow: number | undefined): Finding[] {
  const out: Finding[] = [];
  const ratioRow = footerRows.find((i) => /比例\s*[=＝]/.test(table.rows[i]!.label));
  if (ratioRow === undefined) return out;
  const label = table.rows[ratioRow]!.label;
  const year = table.year;
  const years = [...label.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  const labelRef = { ...ref(table, ratioRow, 'label'), text: label };
  if (year !== null && years.some((y) => y !== year)) {
    out.push(finding({ ruleId: 'P.ratio_year', code: 'formula_year_mismatch', severity: 'warning', table: table.id,
      location: labelRef, cells: [labelRef], formula: '公式年度=报告年度', expected: String(year),
      actual: years.find((y) => y !== year)!.toString() }));
  }
  const printed = table.rows[ratioRow]!.cells.map((c, col) => ({ c, col })).find(({ c }) => c.value.kind === 'percent');
  const whole = footerRows.find((i) => /项目支出总额$/.test(squash(table.rows[i]!.label)));
  const part = totalRow !== undefined ? num(table, totalRow, 'budget') : null;
  const all = whole !== undefined ? num(table, whole, 'budget') : null;
  if (printed && part && all && !all.value.isZero() && printed.c.value.kind === 'percent') {
    const expected = part.value.div(all.value).times(100);
    const pRef = { ...ref(table, ratioRow, table.columns[printed.col]!.key), col: printed.col };
    const p: Num = { value: printed.c.value.value, decimals: printed.c.value.decimals, ref: pRef };
    const { outcome, tolerance } = compare(p, expected, []);
    if (outcome === 'mismatch') {
      out.push(finding({ ruleId: 'P.ratio', code: 'coverage_ratio_mismatch', severity: 'error', table: table.id,
        location: pRef, cells: [pRef, part.ref, all.ref], formula: '比例=自评项目全年预算数合计/项目支出全年预算数总额×100%',
        operands: [part, all], expected: expected.toDecimalPlaces(4), actual: p.value, tolerance }));
    }
  }
  return out;
}

/** The project's own 自评表: funds row 年度资金总额 and 总分; group sums by 一级 name for the split scores. */
function againstDetail(table: Table, i: number, details: readonly Table[]): Finding[] {
  const name = text(table, i, 'label');
  const candidates = details.filter((d) => d.kind === 'P_PROJECT' && sameProject(projectNameOf(d) ?? '', name));
  const detail = candidates.find((d) => squash(projectNameOf(d) ?? '') === squash(name)) ?? candidates[0];
  if (!detail) return [];
  const funds = rowsOf(detail, 'funds').find((r) => /资金总额$/.test(squash(detail.rows[r]!.label)));
  const total = rowsOf(detail, 'total')[0];
  const units = scoredUnits(detail).filter((u) => detail.rows[u.rows[0]!]!.block !== 'funds');
  // a group's score is Σ of its indicators' 得分: every one of them is named by a finding about it
  const members = new Map<Num, CellRef[]>();
  const byGroup = (re: RegExp): Num | null => {
    const ms = units.filter((u) => re.test(squash(detail.rows[u.rows[0]!]!.group?.[0] ?? '')));
    if (ms.length === 0 || ms.some((u) => !u.score || u.unsure)) return null;
    const n: Num = { value: sumOf(ms.map((u) => u.score!)), decimals: 0, ref: ms[0]!.score!.ref };
    members.set(n, ms.map((u) => u.score!.ref));
    return n;
  };
  const pairs: [string, Num | null][] = [
    ['initial', funds !== undefined ? num(detail, funds, 'initial') : null],
    ['budget', funds !== undefined ? num(detail, funds, 'budget') : null],
    ['executed', funds !== undefined ? num(detail, funds, 'executed') : null],
    ['execScore', funds !== undefined ? num(detail, funds, 'score') : null],
    ['costScore', byGroup(/^成本/)],
    ['outputScore', byGroup(/^产出/)],
    ['benefitScore', byGroup(/^效益/)],
    ['satisfactionScore', byGroup(/^满意度/)],
    ['score', total !== undefined ? num(detail, total, 'score') : null],
  ];
  const out: Finding[] = [];
  for (const [key, theirs] of pairs) {
    const ours = num(table, i, key);
    if (!ours || !theirs || colIndex(table, key) < 0) continue;
    const { outcome, tolerance } = compareCopy(ours, theirs);
    if (outcome === 'ok') continue;
    out.push(finding({ ruleId: 'P.summary_detail', code: outcome === 'residue' ? 'rounding_residue' : 'summary_detail_mismatch',
      severity: outcome === 'residue' ? 'info' : 'error', table: table.id, location: ours.ref, cells: [ours.ref, ...(members.get(theirs) ?? [theirs.ref])],
      formula: `汇总表.${table.columns[colIndex(table, key)]!.header}=自评表`, operands: [theirs],
      expected: theirs.value, actual: ours.value, tolerance, params: { project: name, detail: detail.id, column: key } }));
  }
  return out;
}

