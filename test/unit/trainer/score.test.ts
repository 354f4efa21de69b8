import { expect, test } from 'vitest';
import { scoreAttempt, type Exercise, type InjectedError } from '../../../src/trainer/index.ts';
import { fixtureDoc, JIANGAN } from './helpers.ts';

// Scoring is pure arithmetic over the injected errors: built by hand on a real document.
const t03 = fixtureDoc(JIANGAN).tables.find((t) => t.kind === 'T03')!.id;
const transposed: InjectedError = {
  kind: 'transposed_digits', table: t03, row: 4, col: 2, before: '56.00', after: '65.00',
  cells: [{ table: t03, row: 4, col: 2 }, { table: t03, row: 3, col: 2 }], spans: [], findings: ['T03.hier|hierarchy_mismatch|x'],
};
const percent: InjectedError = {
  kind: 'wrong_percentage', table: 'N', row: -1, col: -1, before: '79.49', after: '71.49', span: [100, 105],
  cells: [], spans: [[100, 105], [80, 140]], findings: ['N-SHARE|percent_mismatch|N:1:80'],
};
const exercise: Exercise = { title: 't', source: 's', seed: 1, doc: fixtureDoc(JIANGAN), injected: [transposed, percent] };

test('marking the edited cell finds the error', () => {
  const s = scoreAttempt(exercise, [{ table: t03, row: 4, col: 2 }]);
  expect([s.hits, s.misses, s.falseMarks, s.score]).toEqual([[transposed], [percent], [], 50]);
});

test('marking a cell of the finding the error causes (the parent total) also finds it', () => {
  expect(scoreAttempt(exercise, [{ table: t03, row: 3, col: 2 }]).hits).toEqual([transposed]);
});

test('marking a whole row finds an error in that row', () => {
  expect(scoreAttempt(exercise, [{ table: t03, row: 4, col: -1 }]).hits).toEqual([transposed]);
});

test('a mark in the 说明 finds a wrong percentage when it falls inside the figure or its sentence', () => {
  expect(scoreAttempt(exercise, [{ table: 'N', row: -1, col: -1, offset: 120 }]).hits).toEqual([percent]);
  expect(scoreAttempt(exercise, [{ table: 'N', row: -1, col: -1, offset: 140 }]).hits).toEqual([]);
});

test('every error found and nothing else marked scores 100', () => {
  const s = scoreAttempt(exercise, [{ table: t03, row: 4, col: 2 }, { table: 'N', row: -1, col: -1, offset: 101 }]);
  expect(s.score).toBe(100);
});

test('false marks lower the score and are listed; the same cell marked twice counts once', () => {
  const wrong = { table: t03, row: 9, col: 3 };
  const s = scoreAttempt(exercise, [{ table: t03, row: 4, col: 2 }, wrong, { ...wrong }]);
  expect([s.hits.length, s.falseMarks, s.score]).toEqual([1, [wrong], 33]);
});

test('no marks score 0; an exercise without errors and no marks scores 100', () => {
  expect(scoreAttempt(exercise, []).score).toBe(0);
  expect(scoreAttempt({ ...exercise, injected: [] }, []).score).toBe(100);
});
