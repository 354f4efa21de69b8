import { expect, test } from 'vitest';
import { selectRules } from '../../../src/rules/index.ts';
import { checkCarryoverLabels } from '../../../src/rules/special/carryover-label.ts';
import { checkCodes } from '../../../src/rules/special/codes.ts';
import { checkEmptyTables } from '../../../src/rules/special/empty-table.ts';
import { checkRequiredTables } from '../../../src/rules/special/required-tables.ts';
import { checkSubjectNames } from '../../../src/rules/special/subject-names.ts';
import { CZJ_T02, CZJ_T03, CZJ_T04, CZJ_T05, CZJ_T07, CZJ_T08, CZJ_T09, CZJ_TABLES, JX23_T04, JX23_T05, JX23_T07, JX23_T09, WH20_T07, WH20_T08 } from './fixtures.ts';
import { doc, table, withCell } from './helpers.ts';

const codes = (fs: { code: string }[]) => fs.map((f) => f.code);

test('the 财政局 report has all nine tables; the SYNTHETIC copy lost its 支出决算表 (T03)', () => {
  expect(checkRequiredTables(doc(CZJ_TABLES))).toEqual([]);
  const synthetic = checkRequiredTables(doc(CZJ_TABLES.filter((t) => t.kind !== 'T03')));
  expect(synthetic).toEqual([expect.objectContaining({ code: 'required_table_missing', severity: 'warning', table: 'document', params: { kind: 'T03' } })]);
});

test('a fragment of a report (fewer than three tables) is not asked for the others', () => {
  expect(checkRequiredTables(doc([CZJ_T02, CZJ_T03]))).toEqual([]);
});

test.each([
  ['财政局 T07 “故本表无数据”', CZJ_T07],
  ['财政局 T08 “故本表无数据”', CZJ_T08],
  ['江西 2023 T07 “当此表数据为零时，即本部门无…”', JX23_T07],
  ['武汉 T08 statement inside the 合计 row', WH20_T08],
])('an empty table with its statement passes: %s', (_name, t) => {
  expect(checkEmptyTables(doc([t]))).toEqual([]);
});

test('the SYNTHETIC 三公 table lost its data row and carries no statement → error', () => {
  const emptied = { ...CZJ_T09, rows: [] };
  expect(checkEmptyTables(doc([emptied]))).toEqual([expect.objectContaining({ code: 'empty_table_statement_missing', severity: 'warning', table: 'T09' })]);
});

test('an empty 基金 table may rely on the 说明 sentence “无政府性基金预算财政拨款收入和支出”', () => {
  const bare = { ...CZJ_T07, notes: [] };
  expect(codes(checkEmptyTables(doc([bare])))).toEqual(['empty_table_statement_missing']);
  expect(checkEmptyTables(doc([bare], '上海市普陀区财政局2024年度无政府性基金预算财政拨款收入和支出。'))).toEqual([]);
});

test('“本表无数据” on a table with data is contradicted; the conditional 江西 note is not', () => {
  const stated = { ...WH20_T07, notes: ['注：本部门无政府性基金预算财政拨款支出，故本表无数据。'] };
  expect(codes(checkEmptyTables(doc([stated])))).toEqual(['empty_statement_contradicted']);
  expect(checkEmptyTables(doc([{ ...WH20_T07, notes: JX23_T07.notes }]))).toEqual([]);
});

test('a 基金 table saying “no data” while T04 shows 政府性基金 spending is contradicted', () => {
  const t04 = withCell(CZJ_T04, '本年支出合计', 4, '10.20');
  expect(checkEmptyTables(doc([t04, CZJ_T07]))).toEqual([expect.objectContaining({ code: 'empty_statement_contradicted', params: { kind: 'T07', against: 'T04', colNo: 4 } })]);
  expect(checkEmptyTables(doc([CZJ_T04, CZJ_T07]))).toEqual([]);
});

test('a 三公 table with data needs no statement (江西 2023 row form)', () => {
  expect(checkEmptyTables(doc([JX23_T09]))).toEqual([]);
});

test('科目 names: the 江西 2023 T05 prints 201 as “一般公共预算支出” (should be 一般公共服务支出)', () => {
  const fs = checkSubjectNames(doc([JX23_T05], '', 2023));
  expect(fs).toEqual([expect.objectContaining({ code: 'subject_name_mismatch', severity: 'warning', table: 'T05',
    params: expect.objectContaining({ code: '201', printed: '一般公共预算支出', expected: '一般公共服务支出' }) })]);
});

test('科目 names truncated by the cell width are not errors (“机关事业单位基本养老保险缴费支”)', () => {
  const fixed = withCell(JX23_T05, '201', 1, '0.54');
  const rows = fixed.rows.map((r) => (r.code === '201' ? { ...r, label: '一般公共服务支出' } : r));
  expect(checkSubjectNames(doc([{ ...fixed, rows }], '', 2023))).toEqual([]);
});

test('a pre-2019 name in a 2023 report is outdated; in a 2018 report it is right', () => {
  const t = table({ kind: 'T03', cols: ['code', 'label', '1'], rows: [['210', '医疗卫生与计划生育支出', '1.00'], ['20805', '行政事业单位离退休', '1.00']] });
  expect(codes(checkSubjectNames(doc([t], '', 2023)))).toEqual(['subject_name_outdated', 'subject_name_outdated']);
  expect(checkSubjectNames(doc([t], '', 2018))).toEqual([]);
});

test('an economic code named against the dictionary is flagged, an alias is not (30305 生活补贴)', () => {
  const t = table({ kind: 'T06', cols: ['code', 'label', '1'], rows: [['30305', '生活补贴', '1.00'], ['30217', '会议费', '1.00']] });
  expect(checkSubjectNames(doc([t], '', 2023))).toEqual([expect.objectContaining({ code: 'subject_name_mismatch', params: expect.objectContaining({ code: '30217' }) })]);
});

test('a code missing from the dictionary must carry the same name in every table', () => {
  const a = table({ kind: 'T03', cols: ['code', 'label', '1'], rows: [['2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出', '1.00']] });
  const b = table({ id: 'T05', kind: 'T05', cols: ['code', 'label', '1'], rows: [['2130599', '其他扶贫支出', '1.00']] });
  const fs = checkSubjectNames(doc([a, b], '', 2023));
  expect(fs.filter((f) => f.severity !== 'info')).toEqual([expect.objectContaining({ code: 'subject_name_inconsistent', table: 'T05' })]);
  // the dictionary does not list 2130599: said once per table as not checked
  expect(fs.filter((f) => f.severity === 'info').map((f) => [f.code, f.table, f.params?.codes])).toEqual([
    ['subject_code_unlisted', 'T03', '2130599'], ['subject_code_unlisted', 'T05', '2130599']]);
});

test('the fullest printed name is the reference: a truncated cell is never the measure of another table', () => {
  const a = table({ kind: 'T03', cols: ['code', 'label', '1'], rows: [['2130599', '其他巩固脱贫攻坚成果衔', '1.00']] });
  const b = table({ id: 'T05', kind: 'T05', cols: ['code', 'label', '1'], rows: [['2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出', '1.00']] });
  const c = table({ id: 'T02', kind: 'T02', cols: ['code', 'label', '1'], rows: [['2130599', '其他扶贫支出', '1.00']] });
  const fs = checkSubjectNames(doc([a, b, c], '', 2023)).filter((f) => f.severity !== 'info');
  expect(fs.map((f) => [f.code, f.table, f.params?.expected])).toEqual([['subject_name_inconsistent', 'T02', '其他巩固脱贫攻坚成果衔接乡村振兴支出']]);
});

test('a code of another year is not judged by name: 39909 经常性赠与 (from 2023) in a 2020 report, 39906 赠与 (until 2022) in 2023', () => {
  const t = table({ kind: 'T06', cols: ['code', 'label', '1'], rows: [['39909', '经常性赠与', '1.00'], ['39906', '赠与', '1.00']] });
  expect(checkSubjectNames(doc([t], '', 2020)).map((f) => [f.code, f.severity, f.params?.code])).toEqual([['subject_code_not_in_year', 'info', '39909']]);
  expect(checkSubjectNames(doc([t], '', 2023)).map((f) => [f.code, f.severity, f.params?.code])).toEqual([['subject_code_not_in_year', 'info', '39906']]);
});

test('款 98 超长期特别国债安排的支出 exists from 2024: named right it passes, named wrong it is flagged, before 2024 it is not in the year', () => {
  const t = table({ kind: 'T03', cols: ['code', 'label', '1'], rows: [['20898', '超长期特别国债安排的支出', '1.00']] });
  expect(checkSubjectNames(doc([t], '', 2024))).toEqual([]);
  const wrong = table({ kind: 'T03', cols: ['code', 'label', '1'], rows: [['20898', '其他社会保障支出', '1.00']] });
  expect(checkSubjectNames(doc([wrong], '', 2024)).map((f) => f.code)).toEqual(['subject_name_mismatch']);
  expect(checkSubjectNames(doc([t], '', 2023)).map((f) => f.code)).toEqual(['subject_code_not_in_year']);
});

test('code format: a 6-digit functional code and a 7-digit economic code are flagged, repeats too', () => {
  const t03 = table({ kind: 'T03', cols: ['code', 'label', '1'], rows: [['208050', '机关事业单位', '1.00'], ['208', '社会保障和就业支出', '1.00'], ['208', '社会保障和就业支出', '1.00']] });
  const t06 = table({ kind: 'T06', cols: ['code', 'label', '1'], rows: [['3010101', '基本工资', '1.00']] });
  expect(codes(checkCodes(doc([t03, t06])))).toEqual(['code_format_invalid', 'code_duplicated', 'code_format_invalid']);
  expect(checkCodes(doc([CZJ_T02, CZJ_T03, CZJ_T05]))).toEqual([]);
});

test('江西 2023 T04 labels its expenditure-side 60行 “年初财政拨款结转和结余” (should be 年末)', () => {
  expect(checkCarryoverLabels(doc([JX23_T04]))).toEqual([expect.objectContaining({ code: 'carryover_label_mismatch', severity: 'warning',
    location: expect.objectContaining({ lineNo: 60 }), params: expect.objectContaining({ side: 'expenditure' }) })]);
  expect(checkCarryoverLabels(doc([CZJ_T04]))).toEqual([]);
});

test('selectRules returns the special findings with the rule selection', () => {
  const sel = selectRules(doc(CZJ_TABLES.filter((t) => t.kind !== 'T03')));
  expect(sel.findings.map((f) => f.code)).toContain('required_table_missing');
});
