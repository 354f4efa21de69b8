// The scaled-integer fast path must decide exactly as the Decimal path: proven on seeded random tables
// that mix exact sums, rounding-boundary differences, blanks, placeholders, text, 5+ decimals and values
// around 2^53 / 10^5.
import { expect, test } from 'vitest';
import { checkRules } from '../../../src/engine/check/check-rules.ts';
import { compileRule } from '../../../src/engine/check/compile.ts';
import { CheckContext, Scratch } from '../../../src/engine/check/context.ts';
import { classifyFast } from '../../../src/engine/check/evaluate.ts';
import { evaluateDecimal } from '../../../src/engine/check/evaluate-decimal.ts';
import { Decimal } from '../../../src/engine/decimal.ts';
import type { Table } from '../../../src/engine/table.ts';
import { rule, table } from './helpers.ts';
import { mulberry32, randomTable } from './random-tables.ts';

const RULES = ['1栏=2+3+4栏', '1栏≥2+3栏', '1栏<2栏', '1栏≤2栏+0.01', '5栏=1-2栏', '3行=1+2行', '层级', '1栏≠2栏',
  '[r0]=[r1]+[r2]', '2栏 > 0.00', '1栏=2+3+4栏-0.005', '[r3]2栏≥[r4]3栏'].map((e) => rule(e));

test('fast and Decimal paths give identical findings and statuses on random tables', () => {
  const rand = mulberry32(20240601);
  for (let n = 0; n < 60; n++) {
    const t = randomTable(rand, 40);
    const fast = checkRules([t], RULES, { fastPath: true });
    const slow = checkRules([t], RULES, { fastPath: false });
    expect(fast).toEqual(slow);
  }
});

interface Tally { fast: number; slow: number; verdicts: Set<string> }

/** Classify every instance both ways; the fast verdict, when it has one, must equal the Decimal verdict. */
function compareInstances(t: Table, rules: typeof RULES, tally: Tally): void {
  const ctx = new CheckContext([t]);
  const s = new Scratch();
  for (const r of rules) {
    const plan = compileRule(r, ctx).plan;
    if (!plan) throw new Error(`${r.def.expr} did not bind`);
    for (let i = 0; i < plan.instanceCount; i++) {
      const k = plan.bind(i, s);
      const fast = plan.constScaled === null ? 'slow' : classifyFast(plan, k, ctx, s);
      const slow = evaluateDecimal(plan, i, k, ctx, s).verdict;
      if (fast === 'slow') { tally.slow++; continue; }
      tally.fast++;
      tally.verdicts.add(fast);
      expect(`${r.def.expr}#${i}:${fast}`).toBe(`${r.def.expr}#${i}:${slow}`);
    }
  }
}

test('every instance the fast path classifies gets the Decimal verdict', () => {
  const rand = mulberry32(7);
  const tally: Tally = { fast: 0, slow: 0, verdicts: new Set() };
  for (let n = 0; n < 40; n++) compareInstances(randomTable(rand, 50), RULES, tally);
  expect(tally.verdicts).toEqual(new Set(['pass', 'residue', 'fail']));
  expect(tally.fast).toBeGreaterThan(tally.slow);
  expect(tally.slow).toBeGreaterThan(0);
});

test('differences exactly on the rounding envelope, at every precision, decide the same way', () => {
  const rows: string[][] = [];
  for (let d = 0; d <= 4; d++) {
    const unit = new Decimal(10).pow(-d);
    const a = new Decimal('1234.5678').toDecimalPlaces(d);
    const b = new Decimal('-987.6543').toDecimalPlaces(d);
    const c = new Decimal('1');
    // four printed values at d decimals: the envelope of 1栏=2+3+4栏 is exactly 2 units
    for (const units of [0, 1, 2, 3, -2, -3]) {
      const left = a.plus(b).plus(c).plus(unit.times(units));
      rows.push([`d${d}`, left.toFixed(d), a.toFixed(d), b.toFixed(d), c.toFixed(d)]);
    }
  }
  const t = table(['label', '1', '2', '3', '4'], rows);
  const tally: Tally = { fast: 0, slow: 0, verdicts: new Set() };
  const ops = ['=', '≤', '<', '≥', '>', '≠'];
  compareInstances(t, ops.map((op) => rule(`1栏${op}2+3+4栏`)), tally);
  expect(tally.verdicts).toEqual(new Set(['pass', 'residue', 'fail']));
  expect(tally.slow).toBe(0);
});

test('values around 2^53 / 10^5 fall back to Decimal instead of losing digits', () => {
  const t = table(['label', '1', '2', '3'], [
    ['a', '90,071,992,547.41', '90,071,992,547.40', '0.01'],
    ['b', '180,143,985,094.80', '90,071,992,547.40', '90,071,992,547.40'],
    ['c', '180,143,985,094.81', '90,071,992,547.40', '90,071,992,547.40'],
  ]);
  const fast = checkRules([t], [rule('1栏=2+3栏')], { fastPath: true });
  expect(fast).toEqual(checkRules([t], [rule('1栏=2+3栏')], { fastPath: false }));
  expect(fast.findings.map((f) => [f.code, f.location?.row, f.difference])).toEqual([['rounding_residue', 2, '0.01']]);
});

test('column identities run in the typed-array hot loop; row and cross-row rules do not', () => {
  const t = randomTable(mulberry32(3), 10);
  const ctx = new CheckContext([t]);
  const hot = (expr: string) => compileRule(rule(expr), ctx).plan!.hotColumns?.() ?? null;
  expect(hot('1栏=2+3+4栏')).toMatchObject({ cols: [3, 4, 5, 6], signs: [1, -1, -1, -1] });
  expect(hot('5栏=1-2栏')).toMatchObject({ signs: [1, -1, 1] });
  expect(hot('3行=1+2行')).toBeNull();
  expect(hot('1栏≤[r0]1栏')).toBeNull();
});
