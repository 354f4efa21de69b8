import { describe, expect, it, test } from 'vitest';
import { parseRule } from '../../../src/engine/grammar/parser.ts';
import { formatRule, ruleReads } from '../../../src/engine/grammar/format.ts';
import { ruleRefs } from '../../../src/engine/grammar/flatten.ts';
import type { RuleAst } from '../../../src/engine/grammar/ast.ts';

function ast(text: string): RuleAst {
  const r = parseRule(text);
  if (!r.ok) throw new Error(`${text}: ${JSON.stringify(r.reason)}`);
  return r.value;
}

describe('every printed notation parses to its canonical form', () => {
  it.each([
    ['1栏=2+3+6', '1栏=2+3+6栏'],
    ['1栏各行=（2+3+4+5+6+7）栏各行', '1栏=2+3+4+5+6+7栏'],
    ['1栏各行=(2+3+4+5+6+7)栏各行', '1栏=2+3+4+5+6+7栏'],
    ['6栏各行=（1+2-3）栏各行', '6栏=1+2-3栏'],
    ['6栏各行＝（1＋2－3）栏各行', '6栏=1+2-3栏'],
    ['6栏=1+2−3栏', '6栏=1+2-3栏'],
    ['3栏=（4+5）栏', '3栏=4+5栏'],
    ['1栏=（2+3+6）栏；'.slice(0, -1), '1栏=2+3+6栏'],
    ['27行=（1+2+3+4+5+6+7+8）行', '27行=1+2+3+4+5+6+7+8行'],
    ['57行=（31+32+…+56）行', '57行=31+32+…+56行'],
    ['57行=（31+32+...+56）行', '57行=31+32+…+56行'],
    ['57行=（31+32+⋯+56）行', '57行=31+32+…+56行'],
    ['57行=(31+32+……+56)行', '57行=31+32+…+56行'],
    ['57行=（31～56）行', '57行=31+…+56行'],
    ['57行=(31~56)行', '57行=31+…+56行'],
    ['59行=（33+34+…+58）行', '59行=33+34+…+58行'],
    ['27行1栏=1行1栏+2行1栏', '27行1栏=1行1栏+2行1栏'],
    ['1栏27行=1行1栏+2行1栏', '27行1栏=1行1栏+2行1栏'],
    ['（1+2）行1栏=3行1栏', '1行1栏+2行1栏=3行1栏'],
    ['[本年收入合计]=[1|2]', '[本年收入合计]=[1|2]'],
    ['[收入总计] = [本年收入合计] + [使用非财政拨款结余] + [年初结转和结余]',
      '[收入总计]=[本年收入合计]+[使用非财政拨款结余]+[年初结转和结余]'],
    ['[合计]1栏=[合计]2栏+[合计]3栏', '[合计]1栏=[合计]2栏+[合计]3栏'],
    ['1栏[合计]=2栏[合计]', '[合计]1栏=[合计]2栏'],
    ['［合计］1栏=【合计】2栏', '[合计]1栏=[合计]2栏'],
    ['[2080505]1栏=[2080505]2栏', '[2080505]1栏=[2080505]2栏'],
    ['T01.[本年收入合计]1栏 = T02.[合计]1栏', 'T01.[本年收入合计]1栏=T02.[合计]1栏'],
    ['T01．[本年收入合计]=T02.[合计]1栏', 'T01.[本年收入合计]=T02.[合计]1栏'],
    ['T06.[30217] ≤ T09.[公务接待费]2栏', 'T06.[30217]≤T09.[公务接待费]2栏'],
    ['T06.[30217] <= T09.[公务接待费]2栏', 'T06.[30217]≤T09.[公务接待费]2栏'],
    ['P_PROJECT.[总分]=[总分]', 'P_PROJECT.[总分]=[总分]'],
    ['1栏 ≥ 0.00', '1栏≥0.00'],
    ['1栏>=0.00', '1栏≥0.00'],
    ['1栏 ≧ 0.00', '1栏≥0.00'],
    ['[本年收入合计] ≥ 0', '[本年收入合计]≥0'],
    ['1栏<2栏', '1栏<2栏'],
    ['1栏>2栏', '1栏>2栏'],
    ['1栏≠2栏', '1栏≠2栏'],
    ['1栏!=2栏', '1栏≠2栏'],
    ['1栏==2栏', '1栏=2栏'],
    ['１栏＝２＋３', '1栏=2+3栏'],
    ['1栏=2-（3+4）栏', '1栏=2-3-4栏'],
    ['1栏=（2+3）栏+4', '1栏=2+3+4栏'],
    ['7栏 = （8 + 9 + 12）栏', '7栏=8+9+12栏'],
    ['层级', '层级'],
    ['层级(3,5)', '层级(3,5)'],
    ['层级（3，5）', '层级(3,5)'],
    ['层级(3,5,7)', '层级'],
  ])('%s → %s', (text, canonical) => {
    expect(formatRule(ast(text))).toBe(canonical);
  });
});

test('the canonical form parses back to itself', () => {
  const samples = ['1栏各行=（2+3+4+5+6+7）栏各行', '57行=（31+32+…+56）行', '27行1栏=1行1栏+2行1栏',
    'T01.[本年收入合计]1栏 = T02.[合计]1栏', '1栏=2-（3+4）栏', '[本年收入合计] ≥ 0', '1栏 ≥ 0.00', '（1+2）行1栏=3行1栏'];
  for (const s of samples) {
    const once = formatRule(ast(s));
    expect(formatRule(ast(once))).toBe(once);
    expect(ruleReads(ast(once))).toEqual(ruleReads(ast(s)));
  }
});

test('a bare integer takes the single unit used elsewhere in the rule', () => {
  const r = ast('1栏=2+3+6');
  const { left, right } = ruleRefs(r);
  expect(left).toEqual([{ kind: 'ref', table: null, row: null, col: 1, pos: 0 }]);
  expect(right.map((x) => [x.col, x.row, x.pos])).toEqual([[2, null, 3], [3, null, 5], [6, null, 7]]);
});

test('a group unit distributes over the bare numbers inside it', () => {
  const { right } = ruleRefs(ast('27行=（1+2+3）行'));
  expect(right.map((x) => x.row)).toEqual([1, 2, 3].map((lineNo) => ({ kind: 'line', lineNo })));
  expect(right.every((x) => x.col === null)).toBe(true);
});

test('a bare integer in a rule without units is a constant', () => {
  const r = ast('[本年收入合计] ≥ 0');
  expect(r.kind === 'compare' && r.right.terms[0]!.node).toEqual({ kind: 'const', text: '0', decimals: 0, pos: 11 });
});

test('a constant with a decimal point keeps its printed decimals', () => {
  const r = ast('1栏 ≥ 0.00');
  expect(r.kind === 'compare' && r.right.terms[0]!.node).toEqual({ kind: 'const', text: '0.00', decimals: 2, pos: 5 });
});

test('label keys keep alternatives in order and codes as written', () => {
  const { left, right } = ruleRefs(ast('[201 06 01]=[收入总计|总计]'));
  expect(left[0]!.row).toEqual({ kind: 'key', keys: ['201 06 01'] });
  expect(right[0]!.row).toEqual({ kind: 'key', keys: ['收入总计', '总计'] });
});

test('ranges expand to every number between their ends', () => {
  expect(ruleReads(ast('57行=（31+32+…+56）行')).lines).toEqual(Array.from({ length: 27 }, (_, i) => 31 + i));
  expect(ruleReads(ast('10栏=1～9栏')).cols).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});

test('ruleReads lists tables, 栏, 行 and keys', () => {
  expect(ruleReads(ast('T06.[30217] ≤ T09.[公务接待费]2栏'))).toEqual({
    tables: ['T06', 'T09'], cols: [2], lines: [], keys: ['30217', '公务接待费'], hierarchy: false,
  });
  expect(ruleReads(ast('27行1栏=1行1栏+2行1栏'))).toMatchObject({ cols: [1], lines: [1, 2, 27] });
  expect(ruleReads(ast('层级(3,5)'))).toMatchObject({ hierarchy: true, cols: [] });
});

test('hierarchy lengths default to 3, 5, 7', () => {
  expect(ast('层级')).toEqual({ kind: 'hierarchy', lengths: [3, 5, 7] });
  expect(ast('层级(3,5)')).toEqual({ kind: 'hierarchy', lengths: [3, 5] });
});

describe('malformed rules are values with a position', () => {
  it.each([
    ['', 'rule_syntax', 0, 'term', ''],
    ['1栏', 'rule_syntax', 2, 'comparison', ''],
    ['1栏=', 'rule_syntax', 3, 'term', ''],
    ['1栏=2+', 'rule_syntax', 5, 'term', ''],
    ['=2栏', 'rule_syntax', 0, 'term', '='],
    ['1栏=（2+3', 'rule_syntax', 7, ')', ''],
    ['1栏=（2+3））', 'rule_syntax', 8, 'end', '）'],
    ['1栏=2+3栏<4栏', 'rule_syntax', 7, 'end', '<'],
    ['1栏 2栏', 'rule_syntax', 4, '行', '栏'],
    ['1栏2栏=3栏', 'rule_syntax', 3, '行', '栏'],
    ['1栏=2+…', 'rule_syntax', 6, '+', ''],
    ['1栏=2-…+5', 'rule_syntax', 4, '+', '-'],
    ['57行=（31+32+…+30）行', 'rule_syntax', 13, 'range end', '30'],
    ['1栏=[a]+…+5', 'rule_syntax', 9, 'range end', '5'],
    ['27行1栏=1+2', 'ambiguous_unit', 6, '栏|行', '1'],
    ['[合计]1栏=2栏+27行+5', 'ambiguous_unit', 14, '栏|行', '5'],
    ['[合计', 'rule_syntax', 3, ']', ''],
    ['[a||b]=1栏', 'rule_syntax', 3, 'key', '|'],
    ['[]=1栏', 'rule_syntax', 1, 'key', ']'],
    ['[a]1行=2栏', 'rule_syntax', 4, '栏', '行'],
    ['1栏各栏=2栏', 'rule_syntax', 2, '各行', '各栏'],
    ['1各=2', 'rule_syntax', 2, '行|栏', '='],
    ['1栏=2#3', 'rule_syntax', 4, 'token', '#'],
    ['T11.[a]=1栏', 'rule_syntax', 0, 'token', 'T'],
    ['T01.=1栏', 'rule_syntax', 4, 'INT|[key]', '='],
    ['T01.1=2', 'rule_syntax', 4, '栏|行', '1'],
    ['层级(5,3)', 'rule_syntax', 5, 'ascending INT', '3'],
    ['层级(3,', 'rule_syntax', 5, 'INT', ''],
    ['层级(3', 'rule_syntax', 4, ')', ''],
    ['层级 1栏', 'rule_syntax', 3, 'end', '1'],
    ['1栏=2栏（3栏）', 'rule_syntax', 5, 'end', '（'],
  ])('%j → %s at %i', (text, code, pos, expected, found) => {
    const r = parseRule(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toEqual({ code, pos, expected, found });
  });
});

test('parseRule never throws on arbitrary text', () => {
  const alphabet = ['1', '2', '栏', '行', '各', '(', '）', '[', ']', '|', '+', '-', '…', '～', '=', '≤', 'T01.', '层级', ',', '.', ' ', 'x'];
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let n = 0; n < 3000; n++) {
    const len = Math.floor(next() * 12);
    let s = '';
    for (let k = 0; k < len; k++) s += alphabet[Math.floor(next() * alphabet.length)]!;
    const r = parseRule(s);
    if (!r.ok) {
      expect(r.reason.pos).toBeGreaterThanOrEqual(0);
      expect(r.reason.pos).toBeLessThanOrEqual(s.length);
    }
  }
});
