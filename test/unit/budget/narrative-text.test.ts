// The budget 说明 on its own (no tables), on the 9 real 江苏 narratives: every error is one verified by hand and
// named here; the total's change against its parts' changes (N-YOY-SUM), “增长 N 倍”, zero bases, percentages
// printed with 0, 1 or 2 decimals, and text typeset with spaces between characters, each with an injected mistake.
import { describe, expect, test } from 'vitest';
import { checkNarrative } from '../../../src/checks/narrative/index.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import { describeFinding } from '../../../src/ui/messages/index.ts';
import { budgetDoc } from './helpers.ts';

const run = (file: string, edit?: (t: string) => string): Finding[] => checkNarrative(budgetDoc(file, [], edit));
const once = (from: string, to: string) => (text: string) => {
  expect(text.split(from).length - 1).toBe(1);
  return text.replace(from, to);
};
const NARRATIVES = ['renda_2017', 'renda_2018', 'renda_changweihui_2019', 'shengwei_2017', 'shengwei_2018', 'shengwei_2019',
  'zhengxie_2017', 'zhengxie_2018', 'zhengxie_2019'].map((n) => `jiangsu_${n}.txt`);

/** The errors on the real texts, each checked against the text by eye:
 *  renda 2018 单位预留机动经费 1685.72, +1557.29 → base 128.43, growth 1212.56% (1312.56% is 1685.72 / 128.43);
 *  shengwei 2019 住房保障 3894.09, +878.93 → base 3015.16, growth 29.15%, printed 30% (0 decimals: ±0.5). */
const DEFENDED: Readonly<Record<string, readonly string[]>> = {
  'jiangsu_renda_2018.txt': ['yoy_percent_mismatch 1312.56'],
  'jiangsu_shengwei_2019.txt': ['yoy_percent_mismatch 30'],
};

describe('budget narratives (real text)', () => {
  test.each(NARRATIVES)('%s: only the defended errors, no change-sum warning', (file) => {
    const fs = run(file);
    expect(fs.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.actual}`)).toEqual(DEFENDED[file] ?? []);
    expect(fs.filter((f) => f.code === 'change_sum_mismatch')).toEqual([]);
  });

  test('the defended errors read as sentences with the recomputed rate', () => {
    const [f] = run('jiangsu_shengwei_2019.txt').filter((x) => x.severity === 'error');
    expect(describeFinding(f!, 'zh')).toMatch(/29\.15%.*30%/);
  });
});

describe('N-YOY-SUM: the parts’ changes add up to the total’s change', () => {
  test('政协 2019: one class change altered → the sum of the class changes no longer meets the total', () => {
    const fs = run('jiangsu_zhengxie_2019.txt', once('增加 2,444.1 万元，增长 31.22%', '增加 2,414.1 万元，增长 31.22%'));
    const sum = fs.filter((f) => f.code === 'change_sum_mismatch');
    expect(sum).toHaveLength(1);
    expect(sum[0]).toMatchObject({ severity: 'warning', expected: '3196.63', actual: '3226.63' });
    expect(describeFinding(sum[0]!, 'zh')).toMatch(/增减之和为 3196\.63 万元/);
  });

  test('省委 2018: a part that is 0 this year still carries its decrease (财政专户 −147.20) — changed, it no longer adds up', () => {
    expect(run('jiangsu_shengwei_2018.txt').filter((f) => f.code === 'change_sum_mismatch')).toEqual([]);
    const fs = run('jiangsu_shengwei_2018.txt', once('少147.20万元，减少100%', '少174.20万元，减少100%'));
    expect(fs.filter((f) => f.code === 'change_sum_mismatch')[0]).toMatchObject({ severity: 'warning', expected: '3581.98', actual: '3608.98' });
  });
});

describe('rates, multiples and zero bases', () => {
  const doc = (sentence: string) => checkNarrative(budgetDoc('jiangsu_zhengxie_2019.txt', [],
    once('  单位预留机动经费预算为 1,886.02 万元。与上年相比增加\n728.39 万元，增长 62.92%。', `  ${sentence}`)));
  const yoy = (fs: readonly Finding[]) => fs.filter((f) => /yoy|zero_base/.test(f.code)).map((f) => `${f.severity} ${f.code}`);

  test('the replaced sentence is the real one (unchanged: nothing)', () => {
    expect(yoy(doc('单位预留机动经费预算为 1,886.02 万元。与上年相比增加\n728.39 万元，增长 62.92%。'))).toEqual([]);
  });
  test('0, 1 and 2 decimals: each judged by its own printed precision', () => {
    expect(yoy(doc('单位预留机动经费预算为 1,886.02 万元。与上年相比增加 728.39 万元，增长 63%。'))).toEqual([]);
    expect(yoy(doc('单位预留机动经费预算为 1,886.02 万元。与上年相比增加 728.39 万元，增长 62.9%。'))).toEqual([]);
    expect(yoy(doc('单位预留机动经费预算为 1,886.02 万元。与上年相比增加 728.39 万元，增长 65%。'))).toEqual(['error yoy_percent_mismatch']);
  });
  test('增长 N 倍: 300 on 100 is 增长 2 倍 (or, read loosely, 3 倍); 增长 5 倍 is wrong', () => {
    expect(yoy(doc('单位预留机动经费预算为 300 万元。与上年相比增加 200 万元，增长 2 倍。'))).toEqual([]);
    expect(yoy(doc('单位预留机动经费预算为 300 万元。与上年相比增加 200 万元，增长 3 倍。'))).toEqual([]);
    expect(yoy(doc('单位预留机动经费预算为 300 万元。与上年相比增加 200 万元，增长 5 倍。'))).toEqual(['error yoy_percent_mismatch']);
  });
  test('a rate on a zero base is not computable: a warning in a 部门预算', () => {
    expect(yoy(doc('单位预留机动经费预算为 300 万元。与上年相比增加 300 万元，增长 100%。'))).toEqual(['warning zero_base_percent']);
  });
  test('text typeset with spaces between characters is read as words', () => {
    expect(yoy(doc('单 位 预 留 机 动 经 费 预 算 为 1,886.02 万 元 。 与 上 年 相 比 增 加 728.39 万 元 ， 增 长 62.92% 。'))).toEqual([]);
    expect(yoy(doc('单 位 预 留 机 动 经 费 预 算 为 1,886.02 万 元 。 与 上 年 相 比 增 加 728.39 万 元 ， 增 长 26.92% 。'))).toEqual(['error yoy_percent_mismatch']);
  });
});
