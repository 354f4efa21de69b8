// For every 部门预算 coded-table pack rule (B05–B12, cross-budget): a passing case on the real tables of a 江苏
// document as parsed from its pdftotext text, and a failing case with one printed cell changed. Layouts no real
// document shows yet (split columns `.3`, B11, the row-form 三公) are cased on the handmade tables of
// test/fixtures/budget/handmade/national_template_tables*.txt, laid out as the national template prints them.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkRules, type Table } from '../../../src/engine/index.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { selectRules } from '../../../src/rules/index.ts';
import { BUDGET_CODED_PACKS, CROSS_BUDGET_PACK } from '../../../src/rules/packs-budget-coded.ts';
import { doc, table, withCell } from './helpers.ts';

function tablesOf(name: string): Table[] {
  const parsed = parseReportText(readFileSync(`test/fixtures/budget/${name}.txt`, 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return [...parsed.value.tables];
}

const SW19 = tablesOf('jiangsu_shengwei_2019_tables');
const ZX18 = tablesOf('jiangsu_zhengxie_2018_tables');
const HM = tablesOf('handmade/national_template_tables');
const HM2 = tablesOf('handmade/national_template_tables_2');

// 财政拨款收支预算总表 of the same document, transcribed from jiangsu_shengwei_2019_tables.txt lines 98–117 in the
// two-pane shape of layout B04.A (收入 金额 1栏 | 支出（支出用途） 金额 2栏), which the B01–B04 parser produces
const SW19_B04 = table({
  kind: 'B04', layout: 'B04.A', cols: ['label@0', '1@0', 'label@1', '2@1'],
  rows: [
    ['一、一般公共预算', '27,664.22', '', ''],
    ['二、政府性基金预算', '', '', ''],
    ['收入合计', '27,664.22', '', ''],
    ['', '', '一、基本支出', '11,700.63'],
    ['', '', '二、项目支出', '13,025.38'],
    ['', '', '三、单位预留机动经费', '2,938.21'],
    ['', '', '支出合计', '27,664.22'],
  ],
});

// the hand-transcribed B04 stands in for the one this branch reads generically
const WITH_B04 = [...SW19.filter((t) => t.kind !== 'B04'), SW19_B04];

type Edit = readonly [kind: string, rowKey: string, col: number, text: string];
interface Case { readonly rule: string; readonly tables: readonly Table[]; readonly edits: readonly Edit[] }
const c = (rule: string, tables: readonly Table[], ...edits: Edit[]): Case => ({ rule, tables, edits });

const CASES: readonly Case[] = [
  c('B05.1.hier', SW19, ['B05', '2013101', 1, '9,370.21']),
  c('B07.1.hier', ZX18, ['B07', '20805', 1, '1.00']),
  c('B06.1.hier', SW19, ['B06', '30102', 1, '4,292.76']),
  c('B08.1.hier', ZX18, ['B08', '302', 1, '10.00']),
  c('B12.1.hier', SW19, ['B12', '30211', 1, '530.00']),
  c('B09.W9.total', SW19, ['B09', '', 8, '933.05']),
  c('B09.W9.sangong', SW19, ['B09', '', 3, '75.00']),
  c('B09.W9.car', SW19, ['B09', '', 6, '400.20']),
  c('B05.3.row', HM, ['B05', '2010101', 2, '700.00']),
  c('B05.3.hier', HM, ['B05', '2010102', 3, '410.00']),
  c('B07.3.row', HM, ['B07', '2210203', 3, '90.00']),
  c('B07.3.hier', HM, ['B07', '22102', 2, '210.00']),
  c('B06.3.row', HM, ['B06', '30201', 3, '100.00']),
  c('B06.3.hier', HM, ['B06', '30211', 3, '90.00']),
  c('B06.3.people', HM, ['B06', '303', 1, '110.00']),
  c('B08.3.row', HM, ['B08', '30102', 2, '310.00']),
  c('B08.3.hier', HM, ['B08', '30101', 2, '410.00']),
  c('B08.3.people', HM, ['B08', '301', 1, '710.00']),
  c('B11.1.hier', HM, ['B11', '2230105', 1, '40.00']),
  c('B11.3.row', HM2, ['B11', '223', 3, '40.00']),
  c('B11.3.hier', HM2, ['B11', '22301', 2, '20.00']),
  c('B09.R.total', HM, ['B09', '合计', 1, '120.00']),
  c('B09.R.car', HM, ['B09', '其中：（1）公务用车购置费', 1, '30.00']),
  c('B09.RM.total', HM2, ['B09', '合计', 1, '100.00']),
  c('B09.RM.car', HM2, ['B09', '（2）公务用车运行维护费', 1, '20.00']),
  c('X.B05-B07.total', SW19, ['B05', '合计', 1, '27,646.22']),
  c('X.B05-B07.code.2013101', SW19, ['B07', '2013101', 1, '9,371.12']),
  c('X.B06-B08.total', SW19, ['B08', '合计', 1, '11,700.73']),
  c('X.B06-B08.funds', SW19, ['B06', '合计', 1, '11,700.83']),
  c('X.B06-B08.code.30201', SW19, ['B08', '30201', 1, '455.00']),
  c('X.B04-B05.total', WITH_B04, ['B04', '支出合计', 2, '27,664.32']),
  c('X.B04-B06.basic', WITH_B04, ['B04', '一、基本支出', 2, '11,007.63']),
  c('X.B04-B07.general', WITH_B04, ['B04', '一、一般公共预算', 1, '26,664.22']),
  c('X.B04-B10.fund', WITH_B04, ['B04', '二、政府性基金预算', 1, '100.00']),
];

function edit(tables: readonly Table[], edits: readonly Edit[]): Table[] {
  return tables.map((t) => edits.filter(([k]) => k === t.kind).reduce((acc, [, key, col, text]) =>
    // the 三公 table has one data row
    (key === '' ? withCell({ ...acc, rows: acc.rows.map((r) => ({ ...r, label: '@' })) }, '@', col, text) : withCell(acc, key, col, text)), t));
}

function run(tables: readonly Table[]) {
  const d = doc(tables);
  return checkRules(d.tables, selectRules(d).rules);
}

const RULES = [...BUDGET_CODED_PACKS, CROSS_BUDGET_PACK].flatMap((p) => p.rules);
const baseOf = (id: string) => id.replace(/\.\d{3,7}$/, '');

test('every 部门预算 coded-table pack rule has a passing and a failing case', () => {
  expect(RULES.map((r) => r.id).filter((id) => !CASES.some((k) => baseOf(k.rule) === id))).toEqual([]);
});

describe.each(CASES)('$rule', ({ rule, tables, edits }) => {
  test('passes on the real tables as printed', () => {
    const res = run(tables);
    expect(res.statuses.filter((s) => s.ruleId === rule).map((s) => s.status)).toEqual(['pass']);
    expect(res.findings.filter((f) => f.ruleId === rule)).toEqual([]);
  });

  test('fails when one printed cell is changed', () => {
    const res = run(edit(tables, edits));
    const fs = res.findings.filter((f) => f.ruleId === rule && f.severity !== 'info');
    expect(fs.length).toBeGreaterThan(0);
    expect(fs[0]!.severity).toBe(RULES.find((r) => r.id === baseOf(rule))!.severity);
    expect(['sum_mismatch', 'hierarchy_mismatch', 'inequality_violated']).toContain(fs[0]!.code);
  });
});

test('an empty 政府性基金 table printing no row at all leaves the rules reading it unchecked (never unknown_row)', () => {
  const bare = SW19.map((t) => (t.kind === 'B10' ? { ...t, rows: [] } : t));
  const sel = selectRules(doc(bare));
  const apps = sel.statuses.filter((a) => a.ruleId === 'X.B05-B07.total' || a.ruleId === 'X.B06-B08.funds');
  expect(sel.rules.filter((r) => r.def.id === 'X.B05-B07.total' || r.def.id === 'X.B06-B08.funds')).toEqual([]);
  expect(apps.map((a) => [a.ruleId, a.status === 'pass', a.reason])).toEqual([
    ['X.B05-B07.total', false, 'no_instances'], ['X.B06-B08.funds', false, 'no_instances']]);
  expect(run(bare).findings.filter((f) => f.code === 'unknown_row')).toEqual([]);
});
