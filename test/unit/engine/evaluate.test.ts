import { describe, expect, it, test } from 'vitest';
import { checkRules } from '../../../src/engine/check/check-rules.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import { rule, table } from './helpers.ts';

const brief = (f: Finding) => ({ code: f.code, severity: f.severity, row: f.location?.row, col: f.location?.col });

describe('rounding tolerance (v ± ½·10⁻ᵈ per printed value)', () => {
  it.each([
    // [left, addends, code or null]
    ['27,655.80', ['10,000.00', '17,000.00', '655.81'], 'rounding_residue'],
    ['27,655.81', ['10,000.00', '17,000.00', '655.81'], null],
    ['27,655.78', ['10,000.00', '17,000.00', '655.81'], 'sum_mismatch'], // 0.03 > envelope 4 × 0.005
    ['0.00', ['0.01', '', ''], 'rounding_residue'],
    ['0', ['0.01', '', ''], 'sum_mismatch'],
    ['', ['0.01', '', ''], 'sum_mismatch'],
    ['', ['0.00', '-', '—'], null],
    ['', ['', '', ''], null],
    ['---', ['', '--', ''], null],
    ['10', ['9', '', ''], 'rounding_residue'],
    ['12', ['9', '', ''], 'sum_mismatch'],
    ['1.0', ['0.95', '', ''], 'rounding_residue'],
  ])('%s vs %j → %s', (left, addends, code) => {
    const t = table(['label', '1', '2', '3', '4'], [['行', left, ...addends]]);
    const r = checkRules([t], [rule('1栏=2+3+4')]);
    expect(r.findings.map((f) => f.code)).toEqual(code ? [code] : []);
  });
});

test('27,655.80 against three addends summing to 27,655.81 is an info rounding residue', () => {
  const t = table(['label', '1', '2', '3', '4'], [['合计', '27,655.80', '10,000.00', '17,000.00', '655.81']]);
  const r = checkRules([t], [rule('1栏各行=（2+3+4）栏各行')]);
  expect(r.findings).toHaveLength(1);
  expect(r.findings[0]).toMatchObject({
    code: 'rounding_residue', severity: 'info', actual: '27655.80', expected: '27655.81',
    difference: '-0.01', tolerance: '0.02', formula: '1栏=2+3+4栏',
  });
  expect(r.statuses).toEqual([{ ruleId: '1栏各行=（2+3+4）栏各行', tableId: 't1', status: 'pass', checked: 1 }]);
});

test('1,066.51 printed where 10,661.51 closes the total is an error', () => {
  const t = table(['label', '1', '2', '3', '4'], [
    ['合计', '25,000.00', '1,066.51', '14,000.00', '338.49'],
    ['其他', '14,338.49', '', '14,000.00', '338.49'],
  ]);
  const r = checkRules([t], [rule('1栏=2+3+4')]);
  expect(r.findings.map(brief)).toEqual([{ code: 'sum_mismatch', severity: 'error', row: 0, col: 1 }]);
  expect(r.findings[0]).toMatchObject({ actual: '25000.00', expected: '15405.00', difference: '9595.00', tolerance: '0.02' });
  expect(r.statuses[0]).toMatchObject({ status: 'fail', checked: 2 });
});

test('a finding carries the cells, operands and row of its instance', () => {
  const t = table(['code', 'label', '1', '2', '3'], [['2101501', '行政运行', '2,426.38', '2,417.01', '9.09']]);
  const f = checkRules([t], [rule('1栏=2+3', 't1', 'error', 'r1')]).findings[0]!;
  expect(f).toMatchObject({ ruleId: 'r1', table: 't1', formula: '1栏=2+3栏', params: { label: '行政运行', code: '2101501' } });
  expect(f.location).toEqual({ table: 't1', row: 0, col: 2, lineNo: null, code: '2101501', label: '行政运行', colNo: 1, text: '2,426.38' });
  expect(f.cells.map((c) => c.colNo)).toEqual([1, 2, 3]);
  expect(f.operands.map((o) => o.value)).toEqual(['2426.38', '2417.01', '9.09']);
});

test('the rule severity applies to mismatches, info to residues', () => {
  const t = table(['label', '1', '2'], [['a', '5.00', '4.00'], ['b', '5.00', '5.01']]);
  const r = checkRules([t], [rule('1栏=2栏', 't1', 'warning')]);
  expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['sum_mismatch', 'warning'], ['rounding_residue', 'info']]);
});

describe('inequalities', () => {
  it.each([
    ['1栏≥2栏', '5.00', '4.00', null],
    ['1栏≥2栏', '4.00', '5.00', 'inequality_violated'],
    ['1栏≥2栏', '4.99', '5.00', 'rounding_residue'],
    ['1栏≤2栏', '5.01', '5.00', 'rounding_residue'],
    ['1栏<2栏', '5.00', '5.00', 'rounding_residue'],
    ['1栏<2栏', '5', '5', 'rounding_residue'],
    ['1栏<2栏', '0', '0', 'inequality_violated'],
    ['1栏>2栏', '', '', null],
    ['1栏≠2栏', '3.00', '3.00', 'rounding_residue'],
    ['1栏≠2栏', '3.00', '4.00', null],
    ['1栏≥0.00', '-0.01', '', 'inequality_violated'],
    ['1栏≥0.00', '0.00', '', null],
    ['[行] ≥ 0', '-1.00', '', 'inequality_violated'],
  ])('%s with %s, %s → %s', (expr, a, b, code) => {
    const t = table(['label', '1', '2'], [['行', a, b]]);
    const r = checkRules([t], [rule(expr, 't1', 'warning')]);
    expect(r.findings.map((f) => f.code)).toEqual(code ? [code] : []);
    if (code === 'inequality_violated') expect(r.findings[0]!.severity).toBe('warning');
  });
});

describe('scope', () => {
  const t = table(['line', 'label', '1', '2', '3'], [
    { cells: ['', '栏次', '1', '2', '3'], flags: ['header'] },
    ['1', '甲', '1.00', '2.00', '3.00'],
    ['2', '乙', '4.00', '5.00', '6.00'],
    ['3', '合计', '5.00', '7.00', '9.00'],
    { cells: ['', '注：本表无数据', '', '', ''], flags: ['note'] },
  ]);
  test('a 栏-only rule runs on every data row, not header or note rows', () => {
    const r = checkRules([t], [rule('3栏=1+2栏')]);
    expect(r.statuses[0]).toMatchObject({ status: 'fail', checked: 3 });
    expect(r.findings.map((f) => f.location?.row)).toEqual([2, 3]);
  });
  test('a 行-only rule runs in every amount column', () => {
    const r = checkRules([t], [rule('3行=1+2行')]);
    expect(r.statuses[0]).toMatchObject({ status: 'pass', checked: 3 });
    const bad = checkRules([t], [rule('3行=1行')]);
    expect(bad.findings.map((f) => [f.location?.col, f.params?.colNo])).toEqual([[2, 1], [3, 2], [4, 3]]);
  });
  test('a rule naming both 行 and 栏 runs once', () => {
    const r = checkRules([t], [rule('3行1栏=1行1栏+2行1栏')]);
    expect(r.statuses[0]).toMatchObject({ status: 'pass', checked: 1 });
  });
  test('labels work like 行次', () => {
    const r = checkRules([t], [rule('[合计]=[甲]+[乙]'), rule('[合计]2栏=[甲]2栏+[乙]2栏')]);
    expect(r.statuses.map((s) => [s.status, s.checked])).toEqual([['pass', 3], ['pass', 1]]);
  });
});

describe('labels', () => {
  const t = table(['label', '1'], [
    ['一、一般公共预算财政拨款收入', '10.00'],
    ['   本年收入合计 ', '10.00'],
    ['使用非财政拨款结余（含专用结余）', '1.00'],
    ['其中：“三公”经费', '2.00'],
    ['（1）公务用车购置费', '3.00'],
  ]);
  it.each([
    ['[一般公共预算财政拨款收入]=10.00', 'pass'],
    ['[本年收入合计]=10.00', 'pass'],
    ['[使用非财政拨款结余]=1.00', 'pass'],
    ['[三公经费]=2.00', 'pass'],
    ['[公务用车购置费]=3.00', 'pass'],
    ['[不存在|本年收入合计]=10.00', 'pass'],
    ['[不存在]=10.00', 'not_applicable'],
  ])('%s → %s', (expr, status) => {
    expect(checkRules([t], [rule(expr)]).statuses[0]!.status).toBe(status);
  });
});

test('in a two-pane table the pane of the named 栏 picks between equal labels', () => {
  const t = table(['label', 'p0:1', 'label2', 'p1:2'], [
    { cells: ['本年收入合计', '100.00', '', ''], pane: 0 },
    { cells: ['总计', '120.00', '', ''], pane: 0 },
    { cells: ['本年支出合计', '', '', '90.00'], pane: 1 },
    { cells: ['总计', '', '', '120.00'], pane: 1 },
  ]);
  const r = checkRules([t], [rule('[总计]1栏=[总计]2栏'), rule('[总计]2栏=[本年支出合计]2栏+30.00'), rule('[总计]=[本年收入合计]+20.00')]);
  expect(r.findings).toEqual([]);
  expect(r.statuses.map((s) => [s.status, s.checked])).toEqual([['pass', 1], ['pass', 1], ['pass', 1]]);
});

describe('rules the table cannot answer', () => {
  const seven = table(['label', '1', '2', '3', '4', '5', '6', '7'], [['合计', '7.00', '1.00', '1.00', '1.00', '1.00', '1.00', '2.00']]);
  it.each([
    ['9栏=1栏', 'unknown_column', { table: 't1', colNo: 9 }],
    ['1栏=2+3+4+5+6+7+8+9栏', 'unknown_column', { table: 't1', colNo: 8 }],
    ['99行=1行', 'unknown_row', { table: 't1', lineNo: 99 }],
    ['[不存在的行]=[合计]', 'unknown_row', { table: 't1', key: '不存在的行' }],
    ['T09.[公务接待费]2栏=1栏', 'unknown_table', { table: 'T09' }],
  ])('%s → one %s warning, status not_applicable', (expr, code, params) => {
    const r = checkRules([seven], [rule(expr)]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code, severity: 'warning', params, location: null });
    expect(r.statuses[0]).toMatchObject({ status: 'not_applicable', checked: 0 });
  });
  test('a home table missing from the set is unknown_table', () => {
    const r = checkRules([seven], [rule('1栏=2栏', 'nope')]);
    expect(r.findings.map((f) => f.code)).toEqual(['unknown_table']);
  });
  test('the other rules still run', () => {
    const r = checkRules([seven], [rule('9栏=1栏'), rule('1栏=2+3+4+5+6+7栏')]);
    expect(r.statuses.map((s) => s.status)).toEqual(['not_applicable', 'pass']);
  });
});

describe('rule cycles and syntax errors', () => {
  const t = table(['line', 'label', '1', '2'], Array.from({ length: 27 }, (_, i) => [String(i + 1), `r${i + 1}`, '1.00', '']));
  it.each([
    ['27行=（1+…+27）行', 'rule_cycle', 'parse_error'],
    ['1栏=1+2栏', 'rule_cycle', 'parse_error'],
    ['27行=(1+2', 'rule_syntax', 'parse_error'],
    ['27行1栏=1+2', 'rule_syntax', 'parse_error'],
  ])('%s → %s, status %s', (expr, code, status) => {
    const r = checkRules([t], [rule(expr)]);
    expect(r.findings.map((f) => f.code)).toEqual([code]);
    expect(r.statuses[0]!.status).toBe(status);
  });
  test('a syntax finding carries the position and what was expected', () => {
    const f = checkRules([t], [rule('27行=(1+2')]).findings[0]!;
    expect(f.params).toEqual({ reason: 'rule_syntax', pos: 8, expected: ')', found: '' });
    const g = checkRules([t], [rule('27行1栏=1+2')]).findings[0]!;
    expect(g.params).toMatchObject({ reason: 'ambiguous_unit', pos: 6 });
  });
});

describe('cells that are not amounts', () => {
  test('a text cell read by a rule is not_a_number for that instance only', () => {
    const t = table(['label', '1', '2'], [['甲', '本表无数据', '1.00'], ['乙', '1.00', '1.00']]);
    const r = checkRules([t], [rule('1栏=2栏')]);
    expect(r.findings.map(brief)).toEqual([{ code: 'not_a_number', severity: 'warning', row: 0, col: 1 }]);
    expect(r.statuses[0]).toMatchObject({ status: 'pass', checked: 1 });
  });
  test('a percentage is not an amount', () => {
    const t = table(['label', '1', '2'], [['执行率', '96.96%', '96.96']]);
    expect(checkRules([t], [rule('1栏=2栏')]).findings.map((f) => f.code)).toEqual(['not_a_number']);
  });
  test('a column_ambiguous row that holds as shown gives info placement_fits, never pass or error', () => {
    const t = table(['label', '1', '2', '3'], [{ cells: ['事业单位医疗', '56.00', '56.00', ''], flags: ['column_ambiguous'] }]);
    const r = checkRules([t], [rule('1栏=2+3栏')]);
    expect(r.findings.map(brief)).toEqual([{ code: 'placement_fits', severity: 'info', row: 0, col: 1 }]);
    expect(r.statuses[0]).toMatchObject({ status: 'insufficient_data', checked: 0 });
  });
});

describe('cross-table references', () => {
  const t01 = table(['label', '1'], [['本年收入合计', '16,713.19'], ['本年支出合计', '11,927.97']], { id: 'doc/T01', kind: 'T01' });
  const t02 = table(['code', 'label', '1', '2'], [['', '合计', '16,713.19', '16,000.00'], ['201', '一般公共服务支出', '1.00', '1.00']],
    { id: 'doc/T02', kind: 'T02' });
  test('T01. and T02. resolve to the first table of each kind', () => {
    const r = checkRules([t01, t02], [rule('T01.[本年收入合计] = T02.[合计]1栏', 'doc/T01')]);
    expect(r.statuses[0]).toMatchObject({ status: 'pass', checked: 1 });
  });
  test('a cross-table mismatch points at the home cell and lists both', () => {
    const r = checkRules([t01, t02], [rule('[本年支出合计] = T02.[合计]2栏', 'doc/T01')]);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ code: 'sum_mismatch', table: 'doc/T01', actual: '11927.97', expected: '16000.00' });
    expect(f.cells.map((c) => `${c.table}:${c.row}:${c.col}`)).toEqual(['doc/T01:1:1', 'doc/T02:0:3']);
  });
  test('a 栏 rule across tables matches rows by code', () => {
    const t03 = table(['code', 'label', '1'], [['201', '一般公共服务支出', '2.00'], ['208', '社会保障和就业支出', '5.00']], { id: 'T03', kind: 'T03' });
    const t05 = table(['code', 'label', '1'], [['208', '社会保障', '6.00'], ['201', '一般公共服务', '1.00']], { id: 'T05', kind: 'T05' });
    const r = checkRules([t03, t05], [rule('1栏 ≥ T05.1栏', 'T03', 'warning')]);
    expect(r.findings.map((f) => [f.code, f.params?.code, f.expected])).toEqual([['inequality_violated', '208', '6.00']]);
  });
});
