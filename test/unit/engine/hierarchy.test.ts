import { expect, test } from 'vitest';
import { checkRules } from '../../../src/engine/check/check-rules.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import { rule, table, withText } from './helpers.ts';
import { fixtureText, PUTUO, PUTUO_T03_ROWS, putuoT03, seedT03, seedT05, seedT06 } from './real-tables.ts';

const at = (f: Finding) => `${f.code}@${f.location?.code ?? f.location?.label}:${f.location?.colNo}`;

test('赣州 2023 T03: classes, 款 and 项 close; the 0.01 differences are rounding residues', () => {
  const r = checkRules([seedT03()], [rule('层级', 'T03')]);
  expect(r.findings.map(at)).toEqual([
    'rounding_residue@合计:1', 'rounding_residue@合计:3', 'rounding_residue@21015:1', 'rounding_residue@21015:3',
  ]);
  expect(r.findings[0]).toMatchObject({ actual: '14695.49', expected: '14695.48', difference: '0.01', tolerance: '0.03' });
  expect(r.statuses[0]).toMatchObject({ status: 'pass' });
});

test('赣州 2023 T05: hierarchy and the printed 1栏各行=（2+3）栏各行', () => {
  const r = checkRules([seedT05()], [rule('层级', 'T05'), rule('1栏各行=（2+3）栏各行', 'T05')]);
  expect(r.findings.map(at)).toEqual([
    'rounding_residue@合计:1', 'rounding_residue@21015:1', 'rounding_residue@合计:1', 'rounding_residue@2101506:1',
  ]);
  expect(r.statuses.map((s) => s.status)).toEqual(['pass', 'pass']);
});

test('普陀财政局 2024 T03: classes sum to 2,940.06 against 合计 2,940.05 → info', () => {
  const r = checkRules([putuoT03()], [rule('层级', 'T03')]);
  const c1 = r.findings.find((f) => f.location?.colNo === 1)!;
  expect(c1).toMatchObject({ code: 'rounding_residue', severity: 'info', actual: '2940.05', expected: '2940.06', difference: '-0.01' });
  expect(c1.location).toMatchObject({ row: 0, label: '合计' });
  expect(c1.cells.map((c) => c.code)).toEqual([null, '201', '208', '210', '221']);
  expect(r.findings.map(at)).toEqual(['rounding_residue@合计:1', 'rounding_residue@合计:2']);
});

test('the typed 普陀 T03 numbers are all in the fixture', () => {
  const text = fixtureText(PUTUO);
  for (const row of PUTUO_T03_ROWS) for (const v of row.slice(2)) if (v) expect(text).toContain(v);
});

test('a dropped digit breaks the parent and the row identity, reported at the parent cell', () => {
  const t = seedT05();
  const r2101501 = t.rows.findIndex((r) => r.code === '2101501');
  const broken = withText(t, r2101501, 2, '242.61'); // printed 2,426.10
  const r = checkRules([broken], [rule('层级', 'T05'), rule('1栏=2+3栏', 'T05')]);
  const errors = r.findings.filter((f) => f.severity === 'error');
  expect(errors.map(at)).toEqual(['hierarchy_mismatch@21015:1', 'sum_mismatch@2101501:1']);
  expect(errors[0]).toMatchObject({ actual: '10943.83', expected: '8760.35', difference: '2183.48' });
  expect(errors[0]!.location?.code).toBe('21015');
});

test('赣州 2023 T06: 层级(3,5) across three panes, footers are not totals of the classes', () => {
  const r = checkRules([seedT06()], [rule('层级(3,5)', 'T06'), rule('[人员经费合计]=[301]+[303]', 'T06'),
    rule('[公用支出合计]=[302]+[307]+[310]+[312]+[399]', 'T06')]);
  expect(r.findings.map(at)).toEqual([
    'rounding_residue@301:1', 'rounding_residue@302:2', 'rounding_residue@303:1', 'rounding_residue@人员经费合计:1',
  ]);
  expect(r.statuses.map((s) => [s.status, s.checked])).toEqual([['pass', 7], ['pass', 1], ['pass', 1]]);
});

test('a parent without listed children is a leaf; a missing 款 lets a 项 count toward its 类', () => {
  const t = table(['code', 'label', '1'], [
    ['', '合计', '10.00'],
    ['201', '一般公共服务支出', '4.00'],
    ['2010601', '行政运行', '4.00'],
    ['208', '社会保障和就业支出', '6.00'],
  ]);
  const r = checkRules([t], [rule('层级')]);
  expect(r.findings).toEqual([]);
  expect(r.statuses[0]).toMatchObject({ status: 'pass', checked: 2 });
});

test('a single row flagged total stands for 合计 when no row is labelled so', () => {
  const t = table(['code', 'label', '1'], [
    ['201', 'a', '4.00'], ['208', 'b', '6.00'], { cells: ['', '支出合计', '11.00'], flags: ['total'] },
  ]);
  expect(checkRules([t], [rule('层级')]).findings.map(at)).toEqual(['hierarchy_mismatch@支出合计:1']);
});

test('economic codes checked with 层级(3,5) ignore other lengths', () => {
  const t = table(['code', 'label', '1'], [['301', '工资福利支出', '3.00'], ['30101', '基本工资', '3.00'], ['3010101', 'x', '9.00']]);
  expect(checkRules([t], [rule('层级(3,5)')]).findings).toEqual([]);
  expect(checkRules([t], [rule('层级')]).findings.map(at)).toEqual(['hierarchy_mismatch@30101:1']);
});

test('a text child gives not_a_number at that cell, not a crash', () => {
  const t = table(['code', 'label', '1'], [['201', 'a', '4.00'], ['20101', 'b', '见说明']]);
  const r = checkRules([t], [rule('层级')]);
  expect(r.findings.map((f) => [f.code, f.location?.row])).toEqual([['not_a_number', 1]]);
  expect(r.statuses[0]).toMatchObject({ status: 'insufficient_data', checked: 0 });
});
