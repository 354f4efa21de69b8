// The scaled integer a parsed number carries (value·10^5) is what the fast path adds: it must equal the
// Decimal value exactly, and be NaN wherever the scale cannot hold the value.
import { expect, test } from 'vitest';
import { parseAmount } from '../../../src/engine/amount.ts';
import { Decimal } from '../../../src/engine/decimal.ts';

const scaledOf = (text: string) => {
  const v = parseAmount(text);
  return v.kind === 'number' ? v.scaled : undefined;
};

test.each([
  ['1,511.89', 151189000], ['-1,234.5', -123450000], ['0', 0], ['-0.00', 0], ['8.37', 837000], ['12.3456', 1234560],
  ['（12.00）', -1200000], ['１２．５０', 1250000], ['90,000,000,000.99', 9000000000099000], ['7', 700000],
])('%s carries %d', (text, scaled) => {
  expect(scaledOf(text)).toBe(scaled);
});

test.each([['0.123456'], ['1.00001'], ['90,071,992,547.40'], ['123,456,789,012.34']])('%s is beyond the scale: NaN', (text) => {
  expect(scaledOf(text)).toBeNaN();
});

test('on 20,000 random amounts the scaled value equals the Decimal value times 10^5', () => {
  let seed = 17;
  const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  for (let i = 0; i < 20_000; i++) {
    const d = Math.floor(rand() * 5);
    const int = String(Math.floor(rand() * 10 ** Math.floor(rand() * 12)));
    const grouped = rand() < 0.5 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
    const frac = d ? '.' + String(Math.floor(rand() * 10 ** d)).padStart(d, '0') : '';
    const text = (rand() < 0.3 ? '-' : '') + grouped + frac;
    const v = parseAmount(text);
    if (v.kind !== 'number') throw new Error(`not a number: ${text}`);
    const exact = v.value.times(100000);
    if (exact.abs().lt(9e15)) expect(v.scaled, text).toBe(exact.toNumber());
    else expect(Number.isNaN(v.scaled!) || new Decimal(v.scaled!).eq(exact), text).toBe(true);
  }
});
