// Rule options on RuleDef: `exact` (counts printed as integers are exact) and `duplicateChild` (a 款 restating
// its 类 total is a warning). Rows typed from seeds/001 (江西 2023 三公 counts) and corpus/putuo_caizhengju_2024 (T06).
import { describe, expect, it, test } from 'vitest';
import { checkRules } from '../../../src/engine/check/check-rules.ts';
import type { BoundRule } from '../../../src/engine/check/types.ts';
import type { RuleDef } from '../../../src/engine/rule.ts';
import { table } from './helpers.ts';

const bound = (expr: string, extra: Partial<RuleDef> = {}): BoundRule => ({ def: { id: expr, expr, severity: 'error', ...extra }, tableId: 't1' });

/** seeds/001 三公 counts, 决算 column: 国内公务接待批次 777, 人次 6,589, 外事 blank */
const counts = (foreignBatches: string, foreignVisitors = '') => table(['label', '3'], [
  ['5.国内公务接待批次（个）', '777'], ['其中：外事接待批次（个）', foreignBatches],
  ['6.国内公务接待人次（人）', '6,589'], ['其中：外事接待人次（人）', foreignVisitors],
]);

describe('exact counts', () => {
  it.each([
    ['778', true, 'inequality_violated'],
    ['778', false, 'rounding_residue'],
    ['777', true, null],
    ['', true, null],
  ])('外事接待批次 %s ≤ 国内 777 with exact=%s → %s', (batches, exact, code) => {
    const r = checkRules([counts(batches)], [bound('[外事接待批次]3栏≤[国内公务接待批次]3栏', exact ? { exact } : {})]);
    expect(r.findings.map((f) => f.code)).toEqual(code ? [code] : []);
  });

  test('an exact failure reports a zero tolerance and the rule\'s severity', () => {
    const r = checkRules([counts('', '6,590')], [bound('[外事接待人次]3栏≤[国内公务接待人次]3栏', { exact: true })]);
    expect(r.findings[0]).toMatchObject({ code: 'inequality_violated', severity: 'error', actual: '6590', expected: '6589', tolerance: '0' });
  });

  test('the fast path and the Decimal path agree on exact rules', () => {
    const t = counts('778');
    const rules = [bound('[外事接待批次]3栏≤[国内公务接待批次]3栏', { exact: true })];
    expect(checkRules([t], rules, { fastPath: true })).toEqual(checkRules([t], rules, { fastPath: false }));
  });

  test('T10 vehicles: 车辆数合计 1 against categories summing to 2 fails when exact', () => {
    const t = table(['label', 'line', '1'], [['一、车辆数合计(台、辆)', '1', '1'], ['主要领导干部用车', '2', '1'], ['其他用车', '3', '1']]);
    expect(checkRules([t], [bound('1行=（2+3）行', { exact: true })]).findings.map((f) => f.code)).toEqual(['sum_mismatch']);
    expect(checkRules([t], [bound('1行=（2+3）行')]).findings.map((f) => f.code)).toEqual(['rounding_residue']);
  });

  test('values printed with decimals keep their envelope in an exact rule', () => {
    const t = table(['label', '1', '2'], [['行', '1.00', '1.01']]);
    expect(checkRules([t], [bound('1栏=2栏', { exact: true })]).findings.map((f) => f.code)).toEqual(['rounding_residue']);
  });
});

describe('a 款 duplicating its 类 total', () => {
  // 财政局 T06: 302 商品和服务支出 184.65 = 30201 办公费 … ; here 30299 is printed with the 类 total
  const t06 = (dup: string) => table(['code', 'label', '1'], [
    ['302', '商品和服务支出', '184.65'], ['30201', '办公费', '21.13'], ['30299', '其他商品和服务支出', dup], ['30228', '工会经费', '163.52'],
    ['303', '对个人和家庭的补助', '69.41'], ['30302', '退休费', '69.41'],
  ]);

  test('is a warning with its own code when the rule says so', () => {
    const r = checkRules([t06('184.65')], [bound('层级(3,5)', { duplicateChild: 'warning' })]);
    expect(r.findings.map((f) => [f.code, f.severity, f.params?.code])).toEqual([['hierarchy_duplicate_child', 'warning', '302']]);
  });

  test('stays an error without the option', () => {
    const r = checkRules([t06('184.65')], [bound('层级(3,5)')]);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['hierarchy_mismatch', 'error']]);
  });

  test('any other hierarchy break stays an error', () => {
    const r = checkRules([t06('18.46')], [bound('层级(3,5)', { duplicateChild: 'warning' })]);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['hierarchy_mismatch', 'error']]);
  });
});
