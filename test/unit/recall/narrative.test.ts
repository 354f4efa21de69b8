// The recall script's budget 说明 injections (test/bench/recall/narrative.ts): which statements it treats as the
// identity P = D ÷ (A ∓ D), and when a changed number leaves what rounding could explain.
import { describe, expect, test } from 'vitest';
import { prepareNarrative } from '../../../src/checks/narrative/segment.ts';
import { shareGroups, sharesBreak, yoyBreaks, yoyStatements } from '../../bench/recall/narrative.ts';

const found = (text: string) =>
  yoyStatements(prepareNarrative(text)).map((y) => `${y.a.text} ${y.d.text} ${y.p.text} ${y.up ? '↑' : '↓'}`);

describe('比上年增减 statements', () => {
  test('amount, then 上年, then 增加 D 万元 and 增长 P%, in one sentence', () => {
    expect(found('住房保障支出3894.09万元，与上年相比增加878.93万元，增长29.15%。')).toEqual(['3894.09万元 878.93万元 29.15% ↑']);
    expect(found('公务接待费预算支出443.50万元，比上年预算减少0.8万元，下降0.18%。')).toEqual(['443.50万元 0.8万元 0.18% ↓']);
  });
  test('no 上年 between amount and change, or words that disagree: not a statement', () => {
    expect(found('支出3894.09万元，其中增加878.93万元，增长29.15%。')).toEqual([]);
    expect(found('支出3894.09万元，比上年增加878.93万元，下降29.15%。')).toEqual([]);
    expect(found('支出3894.09万元，比上年增加878.93万元。')).toEqual([]);
  });
});

describe('what rounding can explain', () => {
  test('the printed rate recomputes within the precision of its three numbers', () => {
    expect(yoyBreaks('3894.09', '878.93', '29.15', true)).toBe(false);
    expect(yoyBreaks('3894.09', '878.93', '29', true)).toBe(false);
    expect(yoyBreaks('443.50', '0.8', '0.18', false)).toBe(false);
  });
  test('a changed digit that moves the rate beyond them breaks it', () => {
    expect(yoyBreaks('3894.09', '878.93', '30', true)).toBe(true); // as 省委 2019 printed it: 29.15% rounds to 29%
    expect(yoyBreaks('3894.09', '878.93', '29.51', true)).toBe(true);
    expect(yoyBreaks('3849.09', '878.93', '29.15', true)).toBe(true);
    expect(yoyBreaks('3894.09', '878.93', '29.16', true)).toBe(true); // 29.1500–29.1506 ± 0.005: 0.01 is beyond it
    expect(yoyBreaks('3894.09', '878.93', '29.2', true)).toBe(false); // one decimal: ± 0.05
  });
  test('no base (change ≥ amount when increasing): nothing to judge', () => {
    expect(yoyBreaks('100', '100', '50', true)).toBe(false);
  });
});

describe('share groups', () => {
  const groups = (text: string) => shareGroups(prepareNarrative(text)).map((g) => g.map((m) => `${m.x.text} ${m.p.text}`));
  test('parts of one whole in a block, rates adding to 100%', () => {
    expect(groups('支出预算总计13,377.11万元。其中：基本支出6,522.75万元，占48.76%；项目支出4,968.34万元，占37.14%；单位预留机动经费1,886.02万元，占14.1%。'))
      .toEqual([['6,522.75万元 48.76%', '4,968.34万元 37.14%', '1,886.02万元 14.1%']]);
  });
  test('rates that do not add to 100% (parts of different wholes), or one part alone: no group', () => {
    expect(groups('基本支出6,522.75万元，占48.76%；项目支出4,968.34万元，占37.14%。')).toEqual([]);
    expect(groups('一般公共预算收入24458.43万元，占100%。')).toEqual([]);
  });
  test('a part or a rate changed beyond rounding breaks the group; ΣX before the change is the whole', () => {
    const xs = ['6,522.75', '4,968.34', '1,886.02'];
    const ps = ['48.76', '37.14', '14.1'];
    expect(sharesBreak(xs, xs, ps)).toBe(false);
    expect(sharesBreak(xs, ['6,522.75', '4,986.34', '1,886.02'], ps)).toBe(true);
    expect(sharesBreak(xs, xs, ['48.76', '37.41', '14.1'])).toBe(true);
    expect(sharesBreak(xs, ['6,522.75', '4,968.35', '1,886.02'], ps)).toBe(false); // 0.01 万元 moves no rate
  });
});
