// 三公 costs against their counts (row-form T09, 决算 column): 江西 2020 (seeds/000) is consistent; 江西 2023
// (seeds/001) pays 0.90 公务用车运行维护费 with 保有量 blank (“2023 年处置公车”, so the warning asks for that note).
import { expect, test } from 'vitest';
import { selectRules } from '../../../src/rules/index.ts';
import { checkSangongConsistency } from '../../../src/rules/special/sangong-consistency.ts';
import { GHZY_T09, JX20_T09, JX23_T09 } from './fixtures.ts';
import { doc, withCell } from './helpers.ts';

const brief = (t: Parameters<typeof withCell>[0]) =>
  checkSangongConsistency(doc([t])).map((f) => [f.code, f.severity, f.location?.label, f.params?.item]);

test('江西 2020: 购置费 21.60 with 1 辆, 运维 6.78 with 保有量 1, 国内接待 4.00 with 13 批 / 85 人次 → no warning', () => {
  expect(brief(JX20_T09)).toEqual([]);
});

test('江西 2023: 运行维护费 0.90 with 保有量 blank → sangong_count_missing on the 保有量 cell', () => {
  expect(brief(JX23_T09)).toEqual([['sangong_count_missing', 'warning', '4.公务用车保有量（辆）', 'car_run']]);
  const [f] = checkSangongConsistency(doc([JX23_T09]));
  expect(f!.cells.map((c) => c.label)).toEqual(['4.公务用车保有量（辆）', '（2）公务用车运行维护费']);
});

test('保有量 without running costs is allowed (the implication runs one way)', () => {
  expect(brief(withCell(withCell(JX20_T09, '5', 2, ''), '3', 2, '21.60'))).toEqual([]);
});

test.each([
  ['出国费 paid, no 团组/人次', '2', '12.00', [['sangong_count_missing', '1.因公出国（境）团组数（个）'], ['sangong_count_missing', '2.因公出国（境）人次数（人）']]],
  ['购置数 1 辆 without 购置费', '4', '', [['sangong_cost_missing', '（1）公务用车购置费']]],
  ['国内接待费 without 批次/人次', '15', '', [['sangong_count_missing', '5.国内公务接待批次（个）']]],
])('江西 2020 with %s → warning', (_name, line, text, expected) => {
  const edited = line === '2' ? withCell(withCell(JX20_T09, '2', 2, text), '1', 2, '44.38') : withCell(JX20_T09, line, 2, text);
  expect(checkSangongConsistency(doc([edited])).map((f) => [f.code, f.location?.label])).toEqual(expected);
});

test('the 12-column form prints no counts and is not checked', () => {
  expect(brief(GHZY_T09)).toEqual([]);
});

test('selectRules reports the warning with the other special checks', () => {
  expect(selectRules(doc([JX23_T09])).findings.map((f) => f.code)).toContain('sangong_count_missing');
});
