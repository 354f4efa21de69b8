import { expect, test } from 'vitest';
import { selectRules, listPacks } from '../../../src/rules/index.ts';
import { extractPrinted } from '../../../src/rules/printed.ts';
import { WH20_T01, WH20_T07, WH20_T08, JX23_T01 } from './fixtures.ts';
import { doc } from './helpers.ts';

test('the formulas printed under 武汉 表1 are extracted segment by segment', () => {
  expect(extractPrinted(WH20_T01).map((p) => p.text)).toEqual([
    '27行=（1+2+3+4+5+6+7+8）行', '30行=（27+28+29）行', '57行=（31+32+…+56）行', '60行=（57+58+59）行']);
});

test('prose notes yield no formula (“注：本套报表金额单位转换时可能存在尾数误差。”)', () => {
  expect(extractPrinted(JX23_T01)).toEqual([]);
});

test('printed formulas identical to the pack rules confirm them instead of running twice', () => {
  const sel = selectRules(doc([WH20_T01]));
  expect(sel.rules.filter((r) => r.def.origin === 'printed')).toEqual([]);
  expect(sel.findings).toEqual([]);
  const uses = listPacks(doc([WH20_T01])).find((p) => p.id === 'T01.B')!.rules.find((r) => r.id === 'T01.B.r57')!.uses;
  expect(uses[0]!.confirmedBy).toBe('57行=（31+32+…+56）行');
});

test('“各行” and the placement of the unit do not make a printed formula differ (表8, 表9)', () => {
  const sel = selectRules(doc([WH20_T07, WH20_T08]));
  expect(sel.findings.filter((f) => f.code === 'printed_formula_differs')).toEqual([]);
  expect(sel.rules.filter((r) => r.def.origin === 'printed')).toEqual([]);
});

test('a printed formula that disagrees with the pack is a finding, and both are checked', () => {
  const t = { ...WH20_T01, notes: ['57行=（31+32+…+55）行'] };
  const sel = selectRules(doc([t]));
  expect(sel.findings).toEqual([expect.objectContaining({ code: 'printed_formula_differs', severity: 'warning', table: 'T01',
    params: expect.objectContaining({ packRule: 'T01.B.r57', printed: '57行=（31+32+…+55）行' }) })]);
  expect(sel.rules.map((r) => r.def.id)).toEqual(expect.arrayContaining(['T01.B.r57', 'T01.printed.1']));
  expect(sel.rules.find((r) => r.def.id === 'T01.printed.1')!.def).toMatchObject({ origin: 'printed', expr: '57行=（31+32+…+55）行', severity: 'error' });
});

test('a printed formula with no pack counterpart is applied on its own (unrecognised table)', () => {
  const t = { ...WH20_T07, kind: 'unknown' as const, id: 'X1' };
  const sel = selectRules(doc([t]));
  expect(sel.rules.map((r) => r.def.expr)).toEqual(['层级', '6栏各行=（1+2-3）栏各行', '3栏各行=（4+5）栏各行']);
});
