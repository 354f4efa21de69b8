// For every pack rule: a passing case (the real table as printed) and a failing case (one printed cell
// changed), evaluated by the engine exactly as the checker does (selectRules → checkRules).
import { describe, expect, test } from 'vitest';
import { checkRules, type Table } from '../../../src/engine/index.ts';
import { CROSS_PACK, selectRules, TABLE_PACKS } from '../../../src/rules/index.ts';
import { SUPPORTED_PROPOSALS } from '../../../src/rules/plan-tables.ts';
import * as F from './fixtures.ts';
import { doc, withCell } from './helpers.ts';

type Edit = readonly [kind: string, rowKey: string, col: number, text: string];
interface Case { readonly rule: string; readonly tables: readonly Table[]; readonly edits: readonly Edit[]; readonly code?: string }

const c = (rule: string, tables: readonly Table[], ...edits: Edit[]): Case => ({ rule, tables, edits });
const CZJ = F.CZJ_TABLES;
const JX_T01 = [F.JX23_T01];
const JX_T04 = [F.JX23_T04];
const WH_T01 = [F.WH20_T01];

const CASES: readonly Case[] = [
  c('T01.A.r27', JX_T01, ['T01', '8', 1, '600.53']),
  c('T01.A.r31', JX_T01, ['T01', '29', 1, '248.31']),
  c('T01.A.r58', JX_T01, ['T01', '40', 2, '12,383.82']),
  c('T01.A.r62', JX_T01, ['T01', '60', 2, '225.11']),
  c('T01.A.balance', JX_T01, ['T01', '60', 2, '262.11'], ['T01', '62', 2, '14,957.60']),
  c('T01.A.nonneg.1', JX_T01, ['T01', '29', 1, '-284.31']),
  c('T01.A.nonneg.2', JX_T01, ['T01', '60', 2, '-252.11']),
  c('T01.B.r27', WH_T01, ['T01', '2', 1, '12.20']),
  c('T01.B.r30', WH_T01, ['T01', '30', 1, '1,829.46']),
  c('T01.B.r57', WH_T01, ['T01', '49', 2, '22.93']),
  c('T01.B.r60', WH_T01, ['T01', '60', 2, '1,820.46']),
  c('T01.B.balance', WH_T01, ['T01', '59', 2, '1.00'], ['T01', '60', 2, '1,820.46']),
  c('T01.B.nonneg.1', WH_T01, ['T01', '29', 1, '-1.00']),
  c('T01.B.nonneg.2', WH_T01, ['T01', '58', 2, '-1.00']),
  c('T01.C.income', CZJ, ['T01', '八、其他收入', 1, '6.02']),
  c('T01.C.income-total', CZJ, ['T01', '年初结转和结余', 1, '41.94']),
  c('T01.C.expense', CZJ, ['T01', '十九、住房保障支出', 2, '454.69']),
  c('T01.C.expense-total', CZJ, ['T01', '年末结转和结余', 2, '53.34']),
  c('T01.C.balance', CZJ, ['T01', '年末结转和结余', 2, '65.34'], ['T01', '总计', 2, '3,005.39']),
  c('T01.C.nonneg.1', CZJ, ['T01', '年初结转和结余', 1, '-49.14']),
  c('T01.C.nonneg.2', CZJ, ['T01', '年末结转和结余', 2, '-55.34']),
  c('T02.col.1', CZJ, ['T02', '2010602', 7, '6.91']),
  c('T02.hier', CZJ, ['T02', '2010601', 1, '1,151.90'], ['T02', '2010601', 2, '1,151.89']),
  c('T03.col.1', CZJ, ['T03', '2010601', 3, '83.70']),
  c('T03.hier', CZJ, ['T03', '2080501', 1, '48.65'], ['T03', '2080501', 2, '48.65']),
  c('T05.col.1', [F.JX23_T05], ['T05', '2101501', 3, '90.90']),
  c('T05.hier', [F.JX23_T05], ['T05', '2210201', 1, '801.48'], ['T05', '2210201', 2, '792.88']),
  c('T04.A.r27', JX_T04, ['T04', '1', 1, '14,020.76']),
  c('T04.A.r28', JX_T04, ['T04', '29', 1, '0.02']),
  c('T04.A.r32', JX_T04, ['T04', '32', 1, '14,020.95']),
  c('T04.A.r59', JX_T04, ['T04', '41', 2, '11,710.10'], ['T04', '41', 3, '11,710.10']),
  c('T04.A.r64', JX_T04, ['T04', '64', 2, '14,020.95']),
  c('T04.A.col.2', JX_T04, ['T04', '40', 3, '1,488.31']),
  c('T04.A.balance', JX_T04, ['T04', '60', 2, '12.69'], ['T04', '60', 3, '12.69'], ['T04', '64', 2, '14,012.95'], ['T04', '64', 3, '14,012.95']),
  c('T04.A.carry.gen', JX_T04, ['T04', '60', 3, '26.90']),
  c('T04.A.carry.fund', [F.WH20_T04], ['T04', '60', 4, '5.00']),
  c('T04.A.carry.soe', JX_T04, ['T04', '60', 5, '5.00']),
  c('T04.C.income', CZJ, ['T04', '一、一般公共预算财政拨款', 1, '2,904.05']),
  c('T04.C.income-total', CZJ, ['T04', '年初财政拨款结转和结余', 1, '12.63']),
  c('T04.C.expense', CZJ, ['T04', '十九、住房保障支出', 2, '454.69'], ['T04', '十九、住房保障支出', 3, '454.69']),
  c('T04.C.expense-total.2', CZJ, ['T04', '年末财政拨款结转和结余', 2, '12.63']),
  c('T04.C.expense-total.3', CZJ, ['T04', '年末财政拨款结转和结余', 3, '12.63']),
  c('T04.C.expense-total.4', CZJ, ['T04', '年末财政拨款结转和结余', 4, '1.00']),
  c('T04.C.expense-total.5', CZJ, ['T04', '年末财政拨款结转和结余', 5, '1.00']),
  c('T04.C.col.2', CZJ, ['T04', '九、卫生健康支出', 2, '60.90']),
  c('T04.C.balance', CZJ, ['T04', '总计', 2, '2,961.86'], ['T04', '总计', 3, '2,961.86']),
  // `[年初财政拨款结转和结余>一般公共预算财政拨款]` is the 年初 breakdown row, not the income row of the same label
  c('T04.C.opening', CZJ, ['T04', '年初财政拨款结转和结余', 1, '30.00']),
  c('T04.C.carry.gen', CZJ, ['T04', '年末财政拨款结转和结余', 3, '12.63']),
  c('T04.C.carry.fund', CZJ, ['T04', '年末财政拨款结转和结余', 4, '1.00']),
  c('T04.C.carry.soe', CZJ, ['T04', '年末财政拨款结转和结余', 5, '1.00']),
  c('T06.hier', CZJ, ['T06', '30102', 1, '1,283.58']),
  c('T06.personnel', CZJ, ['T06', '人员经费合计', 1, '2,125.26']),
  c('T06.public', CZJ, ['T06', '公用经费合计', 2, '148.65']),
  c('T07.col.6', [F.WH20_T07], ['T07', '2296013', 6, '1.00']),
  c('T07.col.3', [F.WH20_T07], ['T07', '2296013', 4, '1.00']),
  c('T07.hier', [F.WH20_T07], ['T07', '22960', 2, '12.20'], ['T07', '22960', 3, '12.20'], ['T07', '22960', 5, '12.20']),
  c('T08.hier', [F.T08_EXP_FROM_WH20], ['T08', '22960', 1, '12.20'], ['T08', '22960', 3, '12.20']),
  c('T08.EXP.col.1', [F.T08_EXP_FROM_WH20], ['T08', '2296013', 2, '1.00']),
  c('T08.INOUT.col.6', [F.T08_INOUT_FROM_WH20], ['T08', '2296013', 6, '1.00']),
  c('T08.INOUT.col.3', [F.T08_INOUT_FROM_WH20], ['T08', '2296013', 4, '1.00']),
  c('T09.W.budget', [F.GHZY_T09], ['T09', '', 1, '3.85']),
  c('T09.W.budget-car', [F.GHZY_T09], ['T09', '', 3, '1.00']),
  c('T09.W.final', [F.GHZY_T09], ['T09', '', 7, '0.93']),
  c('T09.W.final-car', [F.GHZY_T09], ['T09', '', 9, '0.50']),
  c('T09.R2.total', [F.JX20_T09], ['T09', '1', 2, '23.38']),
  c('T09.R2.car', [F.JX20_T09], ['T09', '4', 2, '12.60']),
  c('T09.R2.reception', [F.JX20_T09], ['T09', '7', 2, '40.00']),
  c('T09.R2.foreign-guests', [F.JX20_T09], ['T09', '8', 2, '5.00']),
  // counts are exact ("exact": true): one more 外事 batch/visitor than the 国内 total already fails
  c('T09.R2.batches', [F.JX20_T09], ['T09', '16', 2, '14']),
  c('T09.R2.visitors', [F.JX20_T09], ['T09', '18', 2, '86']),
  c('T09.R3.total', [F.JX23_T09], ['T09', '1', 3, '71.77']),
  c('T09.R3.car', [F.JX23_T09], ['T09', '4', 3, '1.00']),
  c('T09.R3.reception', [F.JX23_T09], ['T09', '9', 3, '1.00']),
  c('T09.R3.foreign-guests', [F.JX23_T09], ['T09', '8', 3, '80.00']),
  c('T09.R3.batches', [F.JX23_T09], ['T09', '16', 3, '778']),
  c('T09.R3.visitors', [F.JX23_T09], ['T09', '18', 3, '6,590']),
  // vehicle numbers are exact: one vehicle too many is an error, not a rounding residue
  c('T10.vehicles', [F.JX20_T10], ['T10', '9', 1, '1']),
  c('T10.nonneg', [F.JX20_T10], ['T10', '2', 1, '-1']),
  c('GEN.hier', [{ ...F.CZJ_T03, kind: 'unknown' }], ['unknown', '2010607', 1, '153.25'], ['unknown', '2010607', 3, '153.25']),
  // cross-table
  c('X.T01-T02.income', CZJ, ['T02', '合计', 1, '2,964.25']),
  c('X.T01-T02.grants', CZJ, ['T02', '合计', 2, '2,904.05']),
  c('X.T01-T02.upper', CZJ, ['T02', '合计', 3, '1.00']),
  c('X.T01-T02.business', CZJ, ['T02', '合计', 4, '1.00']),
  c('X.T01-T02.operating', CZJ, ['T02', '合计', 5, '1.00']),
  c('X.T01-T02.affiliated', CZJ, ['T02', '合计', 6, '1.00']),
  c('X.T01-T02.other', CZJ, ['T02', '合计', 7, '2.60']),
  c('X.T01-T03.expense', CZJ, ['T03', '合计', 1, '2,904.05']),
  c('X.T01-T03.class.221', CZJ, ['T03', '221', 1, '454.69']),
  c('X.T01-T04.grant-gen.AB', [F.JX23_T01, F.JX23_T04], ['T04', '1', 1, '14,020.76']),
  c('X.T01-T04.grant-fund.AB', [F.JX23_T01, F.JX23_T04], ['T04', '2', 1, '1.00']),
  c('X.T01-T04.grant-soe.AB', [F.JX23_T01, F.JX23_T04], ['T04', '3', 1, '1.00']),
  c('X.T01-T04.grant-gen.C', CZJ, ['T04', '一、一般公共预算财政拨款', 1, '2,904.05']),
  c('X.T01-T04.grant-fund.C', CZJ, ['T04', '二、政府性基金预算财政拨款', 1, '1.00']),
  c('X.T01-T04.grant-soe.C', CZJ, ['T04', '三、国有资本经营预算财政拨款', 1, '1.00']),
  c('X.T01-T04.opening.AB', [F.JX23_T01, F.JX23_T04], ['T04', '28', 1, '300.00']),
  c('X.T01-T04.opening.C', CZJ, ['T04', '年初财政拨款结转和结余', 1, '50.00']),
  c('X.T01-T04.closing.AB', [F.JX23_T01, F.JX23_T04], ['T04', '60', 2, '300.00']),
  c('X.T01-T04.closing.C', CZJ, ['T04', '年末财政拨款结转和结余', 2, '60.00']),
  c('X.T01-T04.class.221', CZJ, ['T04', '十九、住房保障支出', 2, '454.69']),
  c('X.T04-T02.income.AB', [F.JX23_T04, F.JX23_T02_TOTALS], ['T02', '合计', 2, '14,020.76']),
  c('X.T04-T02.income.C', CZJ, ['T02', '合计', 2, '2,904.05']),
  c('X.T04-T05.expense', CZJ, ['T05', '合计', 1, '2,904.05']),
  c('X.T04-T05.class.221', CZJ, ['T05', '221', 1, '454.69']),
  c('X.T04-T07.expense', [F.WH20_T04, F.WH20_T07], ['T07', '合计', 3, '1.02']),
  c('X.T04-T07.income.AB', [F.WH20_T04, F.WH20_T07], ['T07', '合计', 2, '1.02']),
  c('X.T04-T07.income.C', CZJ, ['T07', '合计', 2, '1.00']),
  c('X.T04-T07.opening.AB', [F.WH20_T04, F.WH20_T07], ['T07', '合计', 1, '1.00']),
  c('X.T04-T07.opening.C', CZJ, ['T07', '合计', 1, '1.00']),
  c('X.T04-T07.closing.AB', [F.WH20_T04, F.WH20_T07], ['T07', '合计', 6, '1.00']),
  c('X.T04-T07.closing.C', CZJ, ['T07', '合计', 6, '1.00']),
  c('X.T04-T08.expense.EXP', [F.JX23_T04, F.JX23_T08], ['T08', '合计', 1, '1.00']),
  c('X.T04-T08.expense.INOUT', CZJ, ['T08', '合计', 3, '1.00']),
  c('X.T04-T08.income.INOUT', CZJ, ['T08', '合计', 2, '1.00']),
  c('X.T03-T05.basic', CZJ, ['T05', '合计', 2, '2,363.91']),
  c('X.T03-T05.code.2010602', CZJ, ['T05', '2010602', 1, '100.00']),
  c('X.T05-T06.basic', CZJ, ['T06', '公用经费合计', 2, '148.65']),
  c('X.T06-T09.abroad.W', [F.GHZY_T06_SANGONG, F.GHZY_T09], ['T06', '30212', 2, '1.00']),
  c('X.T06-T09.reception.W', [F.GHZY_T06_SANGONG, F.GHZY_T09], ['T06', '30217', 2, '0.93']),
  c('X.T06-T09.car-run.W', [F.GHZY_T06_SANGONG, F.GHZY_T09], ['T06', '30231', 2, '1.00']),
  c('X.T06-T09.car-buy.W', [F.GHZY_T06_SANGONG, F.GHZY_T09], ['T06', '31013', 2, '1.00']),
  c('X.T06-T09.abroad.R2', [F.CZJ_T06, F.JX20_T09], ['T06', '30212', 2, '1.00']),
  c('X.T06-T09.reception.R2', [F.CZJ_T06, F.JX20_T09], ['T06', '30217', 2, '5.00']),
  c('X.T06-T09.car-run.R2', [F.CZJ_T06, F.JX20_T09], ['T06', '30231', 2, '7.00']),
  c('X.T06-T09.car-buy.R2', [F.CZJ_T06, F.JX20_T09], ['T06', '31013', 2, '22.00']),
  c('X.T06-T09.abroad.R3', [F.CZJ_T06, F.JX23_T09], ['T06', '30212', 2, '1.00']),
  c('X.T06-T09.reception.R3', [F.CZJ_T06, F.JX23_T09], ['T06', '30217', 2, '80.00']),
  c('X.T06-T09.car-run.R3', [F.CZJ_T06, F.JX23_T09], ['T06', '30231', 2, '1.00']),
  c('X.T06-T09.car-buy.R3', [F.CZJ_T06, F.JX23_T09], ['T06', '31013', 2, '1.00']),
];

function edit(tables: readonly Table[], edits: readonly Edit[]): Table[] {
  return tables.map((t) => edits.filter(([k]) => k === t.kind).reduce((acc, [, key, col, text]) => {
    if (key === '') { // a single-row table (三公 wide form): the only data row
      return withCell({ ...acc, rows: acc.rows.map((r) => ({ ...r, label: '@' })) }, '@', col, text);
    }
    return withCell(acc, key, col, text);
  }, t));
}

function run(tables: readonly Table[]) {
  const d = doc(tables);
  const sel = selectRules(d);
  return checkRules(d.tables, sel.rules);
}

const PENDING = [...TABLE_PACKS, CROSS_PACK].flatMap((p) => p.rules)
  .filter((r) => r.needs && !SUPPORTED_PROPOSALS.has(r.needs)).map((r) => r.id);
const baseOf = (id: string) => id.replace(/\.\d{3,7}$/, '');

test('every pack rule has a passing and a failing case (except those waiting for a grammar addition)', () => {
  // 部门预算 packs have their cases next to their own tests (budget-*.test.ts)
  const all = [...TABLE_PACKS, CROSS_PACK].filter((p) => !p.appliesTo.kind.startsWith('B'))
    .flatMap((p) => p.rules).map((r) => r.id).filter((id) => !PENDING.includes(id));
  expect(all.filter((id) => !CASES.some((k) => baseOf(k.rule) === id))).toEqual([]);
});

describe.each(CASES)('$rule', ({ rule, tables, edits }) => {
  test('passes on the table as printed (rounding residue at most)', () => {
    const res = run(tables);
    expect(res.statuses.filter((s) => s.ruleId === rule).map((s) => s.status)).toEqual(['pass']);
    expect(res.findings.filter((f) => f.ruleId === rule && f.severity !== 'info')).toEqual([]);
  });

  test('fails when one printed cell is changed', () => {
    const res = run(edit(tables, edits));
    const fs = res.findings.filter((f) => f.ruleId === rule && f.severity !== 'info');
    const def = [...TABLE_PACKS, CROSS_PACK].flatMap((p) => p.rules).find((r) => r.id === baseOf(rule))!;
    expect(fs.length).toBeGreaterThan(0);
    expect(fs[0]!.severity).toBe(def.severity);
    expect(['sum_mismatch', 'hierarchy_mismatch', 'inequality_violated']).toContain(fs[0]!.code);
  });
});
