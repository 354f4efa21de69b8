// Every rule of the 部门预算 summary packs (rules/B01–B04.json, rules/cross-budget-totals.json): a passing case on
// real tables (江苏 2017/2018 documents as parsed from test/fixtures/budget) and a failing case (the same tables
// with one printed cell changed), evaluated as the checker does (selectRules → checkRules).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkRules, type Table } from '../../../src/engine/index.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { CROSS_PACKS, selectRules, TABLE_PACKS } from '../../../src/rules/index.ts';
import { doc, withCell } from './helpers.ts';
import * as F from './fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function summaryTables(name: string): Table[] {
  const r = parseReportText(readFileSync(join(ROOT, 'test/fixtures/budget', `${name}.txt`), 'utf8'));
  if (!r.ok) throw new Error(r.reason.code);
  return r.value.tables.filter((t) => /^B0[1-4]$/.test(t.kind));
}

const SW17 = summaryTables('jiangsu_shengwei_2017_tables'); // 财政专户管理资金 147.20
const ZX18 = summaryTables('jiangsu_zhengxie_2018_tables'); // 其他资金 80.00

type Edit = readonly [kind: string, rowKey: string, col: number, text: string];
const c = (rule: string, tables: readonly Table[], ...edits: Edit[]) => ({ rule, tables, edits });

const CASES = [
  c('B01.grant', SW17, ['B01', '1.一般公共预算', 1, '20,700.25']),
  c('B01.income', SW17, ['B01', '二、财政专户管理资金', 1, '147.00']),
  c('B01.income-total', SW17, ['B01', '上年结转资金', 1, '10.00']),
  c('B01.expense-function', SW17, ['B01', '十八、住房保障支出', 2, '1,856.96']),
  c('B01.expense-use', SW17, ['B01', '三、单位预留机动经费', 3, '196.27']),
  c('B01.expense-total', SW17, ['B01', '结转下年资金', 3, '5.00']),
  c('B01.balance', SW17, ['B01', '收入合计', 1, '20,894.45'], ['B01', '上年结转资金', 1, '45.00']),
  c('B01.nonnegative', SW17, ['B01', '当年收入小计', 1, '-20,849.45']),
  c('B02.total', SW17, ['B02', '政府性基金小计', 1, '1.00']),
  c('B02.general', SW17, ['B02', '专项收入', 1, '5.00']),
  c('B02.special-account', SW17, ['B02', '专户管理教育收费', 1, '2.00']),
  c('B02.other', ZX18, ['B02', '事业收入', 1, '3.00']),
  c('B02.carryover-part', SW17, ['B02', '其中：动用上年结转和结余资金', 1, '5.00']),
  c('B03.row', SW17, ['B03', '', 3, '10,688.00']),
  c('B04.income', SW17, ['B04', '二、政府性基金预算', 1, '3.00']),
  c('B04.expense', SW17, ['B04', '二、项目支出', 2, '10,541.64']),
  c('B04.balance', SW17, ['B04', '收入合计', 1, '20,720.25'], ['B04', '二、政府性基金预算', 1, '18.00']),
  c('X.B01-B02.total', SW17, ['B02', '收入总计', 1, '20,849.54']),
  c('X.B01-B02.general', SW17, ['B02', '一般公共预算资金小计', 1, '20,702.52']),
  c('X.B01-B02.fund', SW17, ['B02', '政府性基金小计', 1, '4.00']),
  c('X.B01-B02.special-account', SW17, ['B02', '财政专户管理资金小计', 1, '147.02']),
  c('X.B01-B02.other', ZX18, ['B02', '其他资金小计', 1, '80.80']),
  c('X.B01-B02.carryover', SW17, ['B02', '上年结转和结余资金小计', 1, '6.00']),
  c('X.B01-B03.total', SW17, ['B03', '', 1, '20,849.54']),
  c('X.B01-B03.basic', SW17, ['B03', '', 2, '9,964.70']),
  c('X.B01-B03.project', SW17, ['B03', '', 3, '10,688.00']),
  c('X.B01-B03.reserve', SW17, ['B03', '', 4, '196.27']),
  c('X.B01-B03.carry', SW17, ['B03', '', 5, '1.00']),
  c('X.B01-B04.general', SW17, ['B04', '一、一般公共预算', 1, '20,702.52']),
  c('X.B01-B04.fund', SW17, ['B04', '二、政府性基金预算', 1, '2.00']),
  c('X.B01-B04.income', SW17, ['B04', '收入合计', 1, '20,900.00']),
  c('X.B01-B04.basic', SW17, ['B04', '一、基本支出', 2, '9,999.07']),
  c('X.B01-B04.project', SW17, ['B04', '二、项目支出', 2, '10,700.00']),
  c('X.B01-B04.reserve', SW17, ['B04', '三、单位预留机动经费', 2, '200.00']),
  c('X.B01-B04.expense', SW17, ['B04', '支出合计', 2, '20,900.00']),
];

const BUDGET_PACKS = [...TABLE_PACKS, ...CROSS_PACKS].filter((p) => /^(B0[1-4]|cross-budget-totals)$/.test(p.id));
const RULES = BUDGET_PACKS.flatMap((p) => p.rules);

function run(tables: readonly Table[]) {
  const d = doc(tables);
  return checkRules(d.tables, selectRules(d).rules);
}

const edit = (tables: readonly Table[], edits: readonly Edit[]) =>
  tables.map((t) => edits.filter(([k]) => k === t.kind).reduce((acc, [, key, col, text]) => withCell(acc, key, col, text), t));

test('every rule of the budget summary packs has a case', () => {
  expect(BUDGET_PACKS.map((p) => p.id).sort()).toEqual(['B01', 'B02', 'B03', 'B04', 'cross-budget-totals']);
  expect(RULES.map((r) => r.id).filter((id) => !CASES.some((k) => k.rule === id))).toEqual([]);
});

describe.each(CASES)('$rule', ({ rule, tables, edits }) => {
  test('passes on the tables as printed', () => {
    const res = run(tables);
    expect(res.statuses.filter((s) => s.ruleId === rule).map((s) => s.status)).toEqual(['pass']);
    expect(res.findings.filter((f) => f.ruleId === rule && f.severity !== 'info')).toEqual([]);
  });

  test('fails when one printed cell is changed', () => {
    const fs = run(edit(tables, edits)).findings.filter((f) => f.ruleId === rule && f.severity !== 'info');
    expect(fs.length).toBeGreaterThan(0);
    expect(fs[0]!.severity).toBe(RULES.find((r) => r.id === rule)!.severity);
    expect(['sum_mismatch', 'inequality_violated']).toContain(fs[0]!.code);
  });
});

test('a 支出预算总表 with columns other than the 江苏 five gets no 栏 numbers, so its pack is listed as not checked', () => {
  const text = [
    '                      支出预算总表',
    '部门：某单位                                                             单位：万元',
    '     合计        基本支出       项目支出      事业单位经营支出     上缴上级支出     结转下年资金',
    '    100.00       60.00         30.00          10.00',
  ].join('\n');
  const r = parseReportText(text);
  if (!r.ok) throw new Error(r.reason.code);
  const b03 = r.value.tables.find((t) => t.kind === 'B03')!;
  expect([b03.layout, b03.columns.map((c) => c.colNo)]).toEqual([null, [null, null, null, null, null, null]]);
  const sel = selectRules(doc([b03]));
  expect(sel.rules.filter((x) => x.def.id.startsWith('B03.'))).toEqual([]);
  expect(sel.statuses.filter((s) => s.ruleId === 'B03.row').map((s) => s.status)).toEqual(['not_applicable']);
});

test('a 收支预算总表 whose panes are not where its header puts them keeps every amount as an inference', () => {
  const b01 = SW17.find((t) => t.kind === 'B01')!;
  expect(b01.rows.every((r) => r.cells.every((c) => c.placement === undefined))).toBe(true);
  const text = [
    '                              收支预算总表',
    '部门：某单位                                                          单位：万元',
    '          收入                               支出',
    '                                 功能分类                    支出用途',
    '  项目名称     金额          功能科目名称      金额        项目名称      金额',
    '一、财政拨款     100.00   一、一般公共服务支出   100.00    基本支出    100.00',
    '  当年收入小计   100.00                当年支出小计              100.00',
  ].join('\n');
  const r = parseReportText(text);
  if (!r.ok) throw new Error(r.reason.code);
  const t = r.value.tables.find((x) => x.kind === 'B01')!;
  expect(t.layout).toBeNull();
  expect(t.rows.flatMap((row) => row.cells.slice(1)).every((c) => c.placement === 'inferred')).toBe(true);
});

test('budget cross rules are not listed for a 部门决算, nor 决算 cross rules for a 部门预算', () => {
  const juesuan = selectRules(doc(F.CZJ_TABLES));
  expect([...juesuan.rules.map((r) => r.def.id), ...juesuan.statuses.map((s) => s.ruleId)].filter((id) => id.startsWith('X.B'))).toEqual([]);
  const yusuan = selectRules(doc(SW17));
  expect([...yusuan.rules.map((r) => r.def.id), ...yusuan.statuses.map((s) => s.ruleId)].filter((id) => id.startsWith('X.T'))).toEqual([]);
  // the summary tables alone: every rule among B01–B04 applies (rules naming B05+ wait for their tables)
  expect(yusuan.statuses.filter((s) => /^X\.B0[1-4]-B0[1-4]\./.test(s.ruleId))).toEqual([]);
});

test('a 财政拨款 part larger than the whole is a warning, never an error (other funds cannot be confirmed)', () => {
  const fs = run(edit(SW17, [['B04', '二、项目支出', 2, '10,700.00']])).findings.filter((f) => f.ruleId === 'X.B01-B04.project');
  expect(fs.map((f) => [f.code, f.severity])).toEqual([['inequality_violated', 'warning']]);
});
