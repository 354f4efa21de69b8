// `[a>b]`: the row labelled b that follows the row labelled a — 上海 T04 (layout C) repeats the fund labels
// under 年初财政拨款结转和结余 (rows typed from corpus/putuo_caizhengju_2024.txt, 年初 amounts changed where a
// test needs the two rows to differ).
import { describe, expect, it, test } from 'vitest';
import { checkRules } from '../../../src/engine/check/check-rules.ts';
import { formatRule, ruleReads } from '../../../src/engine/grammar/format.ts';
import { parseRule } from '../../../src/engine/grammar/parser.ts';
import { ruleRefs } from '../../../src/engine/grammar/flatten.ts';
import { rule, table, type RowSpec } from './helpers.ts';

/** 财政局 T04 as printed: income pane 0 (栏1), expenditure pane 1 (栏2–5). */
function t04(opening: { gen: string; fund: string; soe: string } = { gen: '21.63', fund: '', soe: '' }, total = '21.63'): ReturnType<typeof table> {
  const l = (label: string, c1: string): RowSpec => ({ cells: [label, c1, '', '', '', ''], pane: 0 });
  const r = (label: string, ...c: string[]): RowSpec => ({ cells: [label, '', ...c], pane: 1 });
  return table(['label', 'p0:1', 'p1:2', 'p1:3', 'p1:4', 'p1:5'], [
    l('一、一般公共预算财政拨款', '2,940.05'), l('二、政府性基金预算财政拨款', ''), l('三、国有资本经营预算财政拨款', ''),
    l('本年收入合计', '2,940.05'), l('年初财政拨款结转和结余', total),
    l('一、一般公共预算财政拨款', opening.gen), l('二、政府性基金预算财政拨款', opening.fund), l('三、国有资本经营预算财政拨款', opening.soe),
    l('总计', '2,961.68'),
    r('一、一般公共服务支出', '2,106.66', '2,106.66', '', ''),
    r('本年支出合计', '2,940.05', '2,940.05', '', ''),
    r('年末财政拨款结转和结余', '21.63', '21.63', '', ''),
    r('总计', '2,961.68', '2,961.68', '', ''),
  ], { kind: 'T04' });
}

const OPENING = '[年初财政拨款结转和结余]1栏=[年初财政拨款结转和结余>一般公共预算财政拨款]1栏'
  + '+[年初财政拨款结转和结余>政府性基金预算财政拨款]1栏+[年初财政拨款结转和结余>国有资本经营预算财政拨款]1栏';
const CARRY_GEN = '[年末财政拨款结转和结余]3栏=[年初财政拨款结转和结余>一般公共预算财政拨款]1栏+[一般公共预算财政拨款]1栏-[本年支出合计]3栏';

describe('grammar', () => {
  it.each([
    ['[年初财政拨款结转和结余>一般公共预算财政拨款]1栏=[合计]1栏', '[年初财政拨款结转和结余>一般公共预算财政拨款]1栏=[合计]1栏'],
    ['[ 年初 ＞ 一般公共预算财政拨款 ]=[合计]', '[年初>一般公共预算财政拨款]=[合计]'],
    ['[年初|期初>一般公共预算|一般公共]1栏=[合计]1栏', '[年初|期初>一般公共预算|一般公共]1栏=[合计]1栏'],
    ['T04.[年初>政府性基金]1栏=T07.[合计]1栏', 'T04.[年初>政府性基金]1栏=T07.[合计]1栏'],
  ])('%s → %s', (text, canonical) => {
    const r = parseRule(text);
    expect(r.ok && formatRule(r.value)).toBe(canonical);
  });

  test('the anchor keys go in `after`, the row keys in `keys`', () => {
    const r = parseRule('[年初|期初>一般公共预算]1栏=[合计]1栏');
    expect(r.ok && ruleRefs(r.value).left[0]!.row).toEqual({ kind: 'key', keys: ['一般公共预算'], after: ['年初', '期初'] });
  });

  test('a plain [a] has no anchor, so existing rules keep their shape', () => {
    const r = parseRule('[合计]1栏=[a]1栏');
    expect(r.ok && ruleRefs(r.value).left[0]!.row).toEqual({ kind: 'key', keys: ['合计'] });
  });

  test('ruleReads lists anchor and row keys', () => {
    const r = parseRule('[年初>一般]1栏=[合计]1栏');
    expect(r.ok && ruleReads(r.value).keys).toEqual(['年初', '一般', '合计']);
  });

  it.each([
    ['[a>b>c]=1栏', 4, ']', '>'],
    ['[>b]=1栏', 1, 'key', '>'],
    ['[a>]=1栏', 3, 'key', ']'],
    ['[a||c>b]=1栏', 3, 'key', '|'],
    ['[a>b||c]=1栏', 5, 'key', '|'],
  ])('%j is a rule_syntax error at %i', (text, pos, expected, found) => {
    const r = parseRule(text);
    expect(r.ok ? null : r.reason).toEqual({ code: 'rule_syntax', pos, expected, found });
  });
});

describe('evaluation on the 财政局 T04', () => {
  test('T04.C.opening passes as printed: 21.63 = 21.63 + 0 + 0', () => {
    const r = checkRules([t04()], [rule(OPENING)]);
    expect(r.findings).toEqual([]);
    expect(r.statuses[0]!.status).toBe('pass');
  });

  test('the selector reads the 年初 breakdown row, not the income row with the same label', () => {
    // 年初 21.63 split 20.00 + 1.63; the income rows still read 2,940.05 / blank
    const r = checkRules([t04({ gen: '20.00', fund: '1.63', soe: '' })], [rule(OPENING)]);
    expect(r.findings).toEqual([]);
    const bad = checkRules([t04({ gen: '20.00', fund: '', soe: '' })], [rule(OPENING)]);
    expect(bad.findings).toHaveLength(1);
    expect(bad.findings[0]).toMatchObject({ code: 'sum_mismatch', actual: '21.63', expected: '20.00' });
    expect(bad.findings[0]!.cells.map((c) => c.row)).toEqual([4, 5, 6, 7]);
  });

  test('年末 = 年初 + 收入 − 支出 per fund (一般公共预算: 21.63 = 21.63 + 2,940.05 − 2,940.05)', () => {
    expect(checkRules([t04()], [rule(CARRY_GEN)]).findings).toEqual([]);
    const f = checkRules([t04({ gen: '12.63', fund: '', soe: '' })], [rule(CARRY_GEN)]).findings;
    expect(f.map((x) => [x.code, x.actual, x.expected])).toEqual([['sum_mismatch', '21.63', '12.63']]);
  });

  test('a target that does not follow its anchor is an unknown_row naming the whole key', () => {
    const r = checkRules([t04()], [rule('[总计>本年收入合计]1栏=[合计]1栏')]);
    expect(r.findings[0]).toMatchObject({ code: 'unknown_row', params: { key: '总计>本年收入合计' } });
    expect(r.statuses[0]!.status).toBe('not_applicable');
  });

  test('the target is looked for in the anchor\'s pane only', () => {
    // 本年支出合计 (pane 1) is printed after 年初… (pane 0) but in the other pane
    const r = checkRules([t04()], [rule('[年初财政拨款结转和结余>本年支出合计]1栏=[总计]1栏')]);
    expect(r.findings[0]).toMatchObject({ code: 'unknown_row' });
  });

  test('codes work as anchor and target keys', () => {
    const t = table(['code', 'label', '1'], [
      ['201', '一般公共服务支出', '10.00'], ['20101', '人大事务', '10.00'],
      ['208', '社会保障和就业支出', '5.00'], ['20101', '人大事务（重复）', '5.00'],
    ]);
    expect(checkRules([t], [rule('[208]1栏=[208>20101]1栏')]).findings).toEqual([]);
    expect(checkRules([t], [rule('[201]1栏=[208>20101]1栏')]).findings[0]?.code).toBe('sum_mismatch');
  });
});
