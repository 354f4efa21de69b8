import { describe, expect, test } from 'vitest';
import { findingKey } from '../../../src/engine/finding.ts';
import { changeDigit, transposeDigits } from '../../../src/trainer/mutations.ts';
import { seededRandom } from '../../../src/trainer/random.ts';
import { checkAll, createExercise, injectErrors, type ErrorKind } from '../../../src/trainer/index.ts';
import { fixtureDoc, GANZHOU, JIANGAN } from './helpers.ts';

const doc = fixtureDoc(GANZHOU);

describe('mutations', () => {
  test.each(['1,488.13', '57.51', '810.48', '14,947.60', '0.54'])('transposing digits of %s swaps two neighbouring digits, format kept', (text) => {
    const out = transposeDigits(text, seededRandom(3));
    expect(out).not.toBe(text);
    expect(out.replace(/\d/g, '9')).toBe(text.replace(/\d/g, '9'));
    expect([...out.replace(/\D/g, '')].sort()).toEqual([...text.replace(/\D/g, '')].sort());
    expect(out).not.toMatch(/^0\d/);
  });

  test.each(['603.01', '12,306.62', '1', '75.16'])('changing a digit of %s changes exactly one digit and never adds a leading zero', (text) => {
    for (let seed = 0; seed < 20; seed++) {
      const out = changeDigit(text, seededRandom(seed));
      expect(out).toHaveLength(text.length);
      expect([...out].filter((ch, i) => ch !== text[i])).toHaveLength(1);
      expect(out).not.toMatch(/^0\d/);
    }
  });
});

test('the same seed injects the same errors; another seed other errors', () => {
  const a = injectErrors(doc, { count: 3, seed: 11 });
  const b = injectErrors(doc, { count: 3, seed: 11 });
  const c = injectErrors(doc, { count: 3, seed: 12 });
  const spots = (x: typeof a) => x.injected.map((e) => `${e.kind} ${e.table} ${e.row} ${e.col} ${e.after}`);
  expect(spots(a)).toEqual(spots(b));
  expect(spots(a)).not.toEqual(spots(c));
});

test('four errors of random kinds are injected and each is found by the checker at its cell or sentence', () => {
  const { doc: wrong, injected } = injectErrors(doc, { count: 4, seed: 5 });
  expect(injected).toHaveLength(4);
  const keys = new Set(checkAll(wrong).filter((f) => f.severity !== 'info').map(findingKey));
  for (const e of injected) {
    expect(e.findings.length).toBeGreaterThan(0);
    for (const k of e.findings) expect(keys.has(k)).toBe(true);
    if (e.kind === 'transposed_digits' || e.kind === 'wrong_total') {
      expect(e.cells[0]).toEqual({ table: e.table, row: e.row, col: e.col });
      expect(wrong.tables.find((t) => t.id === e.table)!.rows[e.row]!.cells[e.col]!.text).toBe(e.after);
    }
  }
  // the correct document is left as it was
  expect(checkAll(doc).length).toBeLessThan(checkAll(wrong).length);
});

test.each<[ErrorKind]>([['transposed_digits'], ['wrong_total'], ['dropped_row'], ['wrong_percentage']])(
  'a chosen kind (%s) is the only kind injected',
  (kind) => {
    const { injected } = injectErrors(doc, { count: 2, seed: 21, kinds: [kind] });
    expect(injected).toHaveLength(2);
    expect(injected.every((e) => e.kind === kind)).toBe(true);
  },
);

test('a wrong percentage edits one figure of the 说明 and leaves its length and lines alone', () => {
  const { doc: wrong, injected } = injectErrors(doc, { count: 1, seed: 2, kinds: ['wrong_percentage'] });
  const e = injected[0]!;
  expect(e.table).toBe('N');
  const [s, end] = e.span!;
  expect(wrong.narrative.text.slice(s, end)).toBe(e.after);
  expect(doc.narrative.text.slice(s, end)).toBe(e.before);
  expect(wrong.narrative.text).toHaveLength(doc.narrative.text.length);
  expect(wrong.tables).toBe(doc.tables);
  expect(e.spans.some(([a, b]) => a <= s && end <= b && b - a > end - s)).toBe(true); // the finding's sentence
});

test('a dropped row takes one 款/项 row out and its parent no longer adds up', () => {
  const { doc: wrong, injected } = injectErrors(doc, { count: 1, seed: 4, kinds: ['dropped_row'] });
  const e = injected[0]!;
  const before = doc.tables.find((t) => t.id === e.table)!;
  const after = wrong.tables.find((t) => t.id === e.table)!;
  expect(after.rows).toHaveLength(before.rows.length - 1);
  expect(e.before).toBe(`${before.rows[e.row]!.code} ${before.rows[e.row]!.label}`);
  expect(e.findings.some((k) => k.includes('hierarchy_mismatch') || k.includes('sum_mismatch'))).toBe(true);
});

test('a document without 说明 cannot take a wrong percentage: fewer errors come back, never a fake one', () => {
  const tablesOnly = { ...fixtureDoc(JIANGAN), narrative: { text: '', lineMap: [] } };
  const { injected } = injectErrors(tablesOnly, { count: 2, seed: 1, kinds: ['wrong_percentage'] });
  expect(injected).toEqual([]);
});

test('createExercise records the seed and where the document came from', () => {
  const ex = createExercise(doc, { count: 1, seed: 9 }, { title: '练习', source: 'sample-report.txt' });
  expect([ex.seed, ex.title, ex.source, ex.injected.length]).toEqual([9, '练习', 'sample-report.txt', 1]);
});
