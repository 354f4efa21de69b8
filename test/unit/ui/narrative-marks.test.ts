import { expect, test } from 'vitest';
import { segmentNarrative } from '../../../src/ui/model/narrative-marks.ts';
import { narrativeFinding, seedText } from './fixtures.ts';

// a real sentence of seed 001's 政府采购 paragraph and its neighbour
const text = seedText().split('\n').filter((l) => l.includes('政府采购')).slice(0, 3).join('\n');

test('the text is cut into plain and marked segments that rebuild it exactly', () => {
  const f = narrativeFinding([5, 20], 'error');
  const segs = segmentNarrative(text, [f]);
  expect(segs.map((s) => s.text).join('')).toBe(text);
  expect(segs.map((s) => s.severity)).toEqual([null, 'error', null]);
  expect(segs[1]!.text).toBe(text.slice(5, 20));
});

test('overlapping findings split the sentence; the shared part carries both, worst first', () => {
  const warn = narrativeFinding([0, 12], 'warning', 'w');
  const err = narrativeFinding([8, 16], 'error', 'e');
  const segs = segmentNarrative(text, [warn, err]);
  expect(segs.map((s) => [s.start, s.severity])).toEqual([[0, 'warning'], [8, 'error'], [12, 'error'], [16, null]]);
  expect(segs[1]!.findings.map((f) => f.ruleId)).toEqual(['e', 'w']);
});

test('spans past the end are clamped and empty spans ignored', () => {
  const segs = segmentNarrative('abc', [narrativeFinding([1, 99], 'info'), narrativeFinding([2, 2], 'error')]);
  expect(segs.map((s) => [s.text, s.severity])).toEqual([['a', null], ['bc', 'info']]);
});

test('a narrative without findings is one plain segment', () => {
  expect(segmentNarrative(text, [])).toEqual([{ start: 0, text, findings: [], severity: null }]);
});
