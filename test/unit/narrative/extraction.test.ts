import { expect, test } from 'vitest';
import { prepareNarrative } from '../../../src/checks/narrative/index.ts';
import { fixture, narrativeOf } from './helpers.ts';

const amounts = (text: string) => prepareNarrative(text).sentences.flatMap((s) => s.tokens)
  .filter((t) => t.kind === 'amount').map((t) => t.value.toString());

test('an amount broken from its unit across an empty line is one amount (seed 001)', () => {
  const text = fixture('seeds/001_c1aab3eb9d979e5d.txt');
  const at = text.indexOf('全年预算数 1257.94 万元');
  expect(at).toBeGreaterThan(0);
  expect(amounts(text.slice(at, at + 80))).toEqual(['1257.94', '1217.99']);
});

test('a number broken from its label across lines is bound to the label (seed 003)', () => {
  const text = fixture('seeds/003_151e3cc1a638edf9.txt');
  const at = text.indexOf('公务接待费支出年初预算数为 3.5');
  const s = prepareNarrative(text.slice(at, at + 120)).sentences[0]!;
  const final = s.tokens.find((t) => t.value.toString() === '2.74')!;
  expect(final.label).toBe('决算数为');
});

test('characters spaced out by the PDF and 元/亿元 amounts are normalised to 万元', () => {
  const p = prepareNarrative('本 年 收 入 合 计 2946.25 万 元，其中：其他收入 62,000.00 元，另 1.5 亿元。');
  const toks = p.sentences[0]!.tokens;
  expect(toks[0]!.label).toBe('本年收入合计');
  expect(toks.map((t) => t.value.toString())).toEqual(['2946.25', '6.2', '15000']);
});

test('full-width digits and half-width brackets read like their full-width forms', () => {
  const p = prepareNarrative('社会保障和就业(类)支出 ８.３１ 万元，占 ０.５％。');
  const toks = p.sentences[0]!.tokens;
  expect(toks.map((t) => [t.kind, t.value.toString()])).toEqual([['amount', '8.31'], ['percent', '0.5']]);
  expect(toks[0]!.label).toBe('社会保障和就业（类）支出');
});

test('a paragraph tail printed above its head is moved back (putuo 财政局 支出决算)', () => {
  const p = prepareNarrative(narrativeOf('corpus/putuo_caizhengju_2024.txt'));
  expect(p.clean).toContain('项目支出603.14万元，占20.51%；');
  expect(p.clean).toContain('住房保障支出（类）445.69万元，占15.16%；');
  expect(p.clean).toContain('年初预算为450.52万元，支出决算为449.52万元。决算数小于预算数');
  expect(p.clean).toContain('绩效评级为“优”的项目4个');
});

test('headings start new sections and numbered items start new blocks', () => {
  const p = prepareNarrative(narrativeOf('corpus/putuo_caizhengju_2024.txt'));
  const titles = p.sections.map((s) => s.title);
  expect(titles).toContain('二、收入决算情况说明');
  expect(titles).toContain('七、财政拨款“三公”经费支出决算情况说明');
  const item1 = p.sentences.find((s) => s.text.startsWith('1、一般公共服务支出'))!;
  const item2 = p.sentences.find((s) => s.text.startsWith('2、一般公共服务支出'))!;
  expect(item1.block).not.toBe(item2.block);
  expect(item1.section).toBe(item2.section);
});

test('every sentence starts, in the original text, where its cleaned form starts', () => {
  const text = narrativeOf('corpus/putuo_guihuaziyuan_2024.txt');
  const p = prepareNarrative(text);
  for (const s of p.sentences) {
    const first = text[p.origin[s.start]!]!;
    expect(first === s.text[0] || (first === '(' && s.text[0] === '（')).toBe(true);
  }
});
