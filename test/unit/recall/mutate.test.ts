// The recall script's injections (test/bench/recall): each mutation kind makes the intended change to a printed
// number, keeps its format, and the choice is reproducible from the seed.
import { describe, expect, test } from 'vitest';
import { candidates, delta, formatNumText, mutate, MUTATION_KINDS, parseNumText, rng } from '../../bench/recall/mutate.ts';
import { editSource } from '../../bench/recall/inject.ts';

const all = (text: string, kind: (typeof MUTATION_KINDS)[number]) => candidates(parseNumText(text)!, kind).map(formatNumText);

describe('mutation kinds', () => {
  test('transpose swaps two adjacent different digits on the same side of the point', () => {
    expect(all('1,234.56', 'transpose')).toEqual(['2,134.56', '1,324.56', '1,243.56', '1,234.65']);
    expect(all('11.00', 'transpose')).toEqual([]); // nothing to swap: the value would not change
    expect(all('105', 'transpose')).toEqual(['150']); // 015 is not a well-formed number
  });
  test('digit ±1 changes exactly one digit by one', () => {
    expect(all('19', 'digit_pm1')).toEqual(['29', '18']); // 09 not well-formed, 20 = 1+1 carries nothing
    expect(all('0.5', 'digit_pm1')).toEqual(['1.5', '0.6', '0.4']);
  });
  test('a dropped digit comes from the integer part, or from the decimals of a one-digit number', () => {
    expect(all('4,483.925', 'drop_digit')).toEqual(['483.925', '483.925', '443.925', '448.925']);
    expect(all('3.36', 'drop_digit')).toEqual(['3.6', '3.3']);
    expect(all('1.50', 'drop_digit')).toEqual(['1.0']); // 1.5 has the same value: not a mistake
  });
  test('±10 and ±100 keep the printed decimals and separators; no negative from a positive', () => {
    expect(all('1,234.50', 'pm10')).toEqual(['1,244.50', '1,224.50']);
    expect(all('950.00', 'pm100')).toEqual(['1050.00', '850.00']); // no separators printed, none added
    expect(all('5', 'pm10')).toEqual(['15']);
    expect(all('98.57%', 'pm10')).toEqual(['108.57%', '88.57%']);
  });
  test('delta is exact', () => {
    expect(delta({ kind: 'transpose', from: '1,234.56', to: '1,234.65' }).toFixed()).toBe('0.09');
    expect(delta({ kind: 'drop_digit', from: '3.36', to: '3.6' }).toFixed()).toBe('0.24');
  });
  test('text that is not a plain number is not mutated', () => {
    for (const t of ['≥35', '3122.18万元', '—', '', '1.2.3']) expect(mutate(t, 'pm10', () => 0)).toBeNull();
  });
});

test('the generator is deterministic by seed and spreads its choices', () => {
  const draw = (seed: number) => { const r = rng(seed); return Array.from({ length: 8 }, () => r.int(1000)); };
  expect(draw(15)).toEqual(draw(15));
  expect(draw(15)).not.toEqual(draw(16));
  const r = rng(15);
  const kinds = MUTATION_KINDS.map((k) => mutate('2,940.05', k, r.int)?.to);
  const again = rng(15);
  expect(MUTATION_KINDS.map((k) => mutate('2,940.05', k, again.int)?.to)).toEqual(kinds);
  for (const [i, k] of MUTATION_KINDS.entries()) expect(kinds[i]).toSatisfy((to: string) => all('2,940.05', k).includes(to));
});

test('a source edit replaces the one occurrence of the cell text on its line, never a part of another number', () => {
  const lines = ['合计\t1,234.56\t234.56\t1,000.00'];
  expect(editSource(lines, 1, '234.56', '243.56')).toEqual(['合计\t1,234.56\t243.56\t1,000.00']);
  expect(editSource(['a 5 5'], 1, '5', '6')).toBeNull(); // twice on the line, once in the row: another row shares the line
  expect(editSource(['a 5 5'], 1, '5', '6', 1, 2)).toEqual(['a 5 6']); // the row's second 5
  expect(editSource(lines, 2, '1', '2')).toBeNull();
});
