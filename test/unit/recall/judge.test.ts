// The recall script's verdict (test/bench/recall/inject.ts): a new finding is about the change when it names the
// changed cell — or, in a row whose columns were placed by inference, any cell of that row; narrative findings are
// matched to the unmutated run by sentence, not by text offset.
import { expect, test } from 'vitest';
import type { Finding } from '../../../src/engine/finding.ts';
import { judge, signature } from '../../bench/recall/inject.ts';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'B09.W9.sangong', code: 'sum_mismatch', severity: 'error', table: 'B09@1', location: { table: 'B09@1', row: 0, col: 2 },
  cells: [{ table: 'B09@1', row: 0, col: 3 }, { table: 'B09@1', row: 0, col: 7 }], formula: '2栏=3+4+7栏', operands: [],
  expected: '675.10', actual: '676.10', difference: '1.00', tolerance: '0.02', ...over,
});

test('a cell the finding does not name: unrelated in a certain row, about the change in a row placed by inference', () => {
  const at = { table: 'B09@1', row: 0, col: 6 };
  const certain = judge(new Set(), [finding({})], at);
  expect([certain.verdict, certain.unrelatedErrors.length]).toEqual(['silent', 1]);
  const inferred = judge(new Set(), [finding({})], at, true);
  expect([inferred.verdict, inferred.unrelatedErrors.length]).toEqual(['error', 0]);
  // another row is never about it
  expect(judge(new Set(), [finding({ location: { table: 'B09@1', row: 1, col: 2 }, cells: [] })], at, true).verdict).toBe('silent');
});

test('a narrative finding keeps its identity when an earlier number changes length', () => {
  const n = (col: number) => finding({ ruleId: 'N-YOY', table: 'N', location: { table: 'N', row: 40, col }, cells: [], params: { sentence: '增长30%。' } });
  expect(signature(n(3271))).toBe(signature(n(3270)));
  expect(signature(finding({}))).not.toBe(signature(finding({ location: { table: 'B09@1', row: 0, col: 3 } })));
});
