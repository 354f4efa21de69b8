// Packed texts (an amount column's printed texts as one array of characters and one of row ends) give back every
// text exactly as set: in row order or not, Latin-1 or not (CJK, lone surrogates), long or empty, after trim and
// after the worker message's encoding.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { encodeTexts, PackedTexts, StringTexts } from '../../../src/engine/columnar/texts.ts';

const text = fc.oneof(
  fc.constantFrom('', '0', '1,234.56', '-', '—', '１２．３０', '见说明', '\ud800', 'é', 'ÿ', 'Ā', 'ſ1', '12 见说明', 'x'.repeat(40)),
  fc.string({ maxLength: 20, unit: 'binary' }),
);

test('packed texts read back what was set, in any order', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.nat(30), text), { maxLength: 40 }), fc.nat(35), (sets, cut) => {
    const n = 32;
    const packed = new PackedTexts(n);
    const strings = StringTexts.empty(n);
    const want = new Array<string>(n).fill('');
    for (const [r0, t] of sets) {
      const r = r0 % n;
      packed.set(r, t);
      strings.set(r, t);
      want[r] = t;
    }
    const all = Array.from({ length: n }, (_, r) => packed.get(r));
    expect(all).toEqual(want);
    expect(Array.from({ length: n }, (_, r) => strings.get(r))).toEqual(want);
    const m = Math.min(cut, n);
    const short = packed.trim(m);
    expect(short.length).toBe(m);
    expect(Array.from({ length: m }, (_, r) => short.get(r))).toEqual(want.slice(0, m));
    const { units, offsets } = packed.encode();
    expect(encodeTexts(packed)).toEqual({ units, offsets });
    const back = PackedTexts.decode(units, offsets);
    expect(Array.from({ length: n }, (_, r) => back.get(r))).toEqual(want);
  }), { seed: 7, numRuns: 300 });
});

test('a text set from a span of a longer string is that slice', () => {
  const src = '行政\t1,234.56\t运行 ８';
  const p = new PackedTexts(3);
  p.setSpan(0, src, 3, 11);
  p.setSpan(2, src, 12, 16);
  expect([p.get(0), p.get(1), p.get(2)]).toEqual(['1,234.56', '', '运行 ８']);
  expect(() => p.set(3, 'x')).toThrow(RangeError);
});
