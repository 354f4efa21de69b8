import { expect, test } from 'vitest';
import { checkRules } from '../../../src/engine/check/check-rules.ts';
import { IncrementalChecker } from '../../../src/engine/check/incremental.ts';
import { findingKey, type Finding } from '../../../src/engine/finding.ts';
import { rule, table } from './helpers.ts';
import { seedT03, seedT05 } from './real-tables.ts';

const keys = (fs: readonly Finding[]) => fs.map((f) => `${findingKey(f)}|${f.actual}|${f.expected}`).sort();

test('fixing a mismatched cell removes exactly its finding, the same object the full run returned', () => {
  const t = table(['label', '1', '2', '3'], [['甲', '10.00', '4.00', '5.00'], ['乙', '3.00', '1.00', '2.00']]);
  const checker = new IncrementalChecker([t], [rule('1栏=2+3栏')]);
  const first = checker.run();
  expect(first.findings).toHaveLength(1);
  const delta = checker.setCell('t1', 0, 1, '9.00');
  expect(delta.added).toEqual([]);
  expect(delta.removed).toHaveLength(1);
  expect(delta.removed[0]).toBe(first.findings[0]);
  expect(checker.current().findings).toEqual([]);
  expect(checker.current().statuses[0]).toMatchObject({ status: 'pass', checked: 2 });
});

test('breaking a cell adds one finding naming that row', () => {
  const t = table(['label', '1', '2', '3'], [['甲', '9.00', '4.00', '5.00'], ['乙', '3.00', '1.00', '2.00']]);
  const checker = new IncrementalChecker([t], [rule('1栏=2+3栏')]);
  checker.run();
  const delta = checker.setCell('t1', 1, 3, '2.50');
  expect(delta.removed).toEqual([]);
  expect(delta.added.map((f) => [f.code, f.location?.row, f.actual, f.expected])).toEqual([['sum_mismatch', 1, '3.00', '3.50']]);
  expect(checker.current().statuses[0]).toMatchObject({ status: 'fail' });
});

test('an edit no rule reads changes nothing', () => {
  const t = table(['label', '1', '2', '3', '4'], [['甲', '9.00', '4.00', '5.00', '']]);
  const checker = new IncrementalChecker([t], [rule('1栏=2+3栏')]);
  checker.run();
  expect(checker.setCell('t1', 0, 4, '123.00')).toEqual({ added: [], removed: [] });
});

test('a changed finding is reported as removed and added', () => {
  const t = table(['label', '1', '2', '3'], [['甲', '10.00', '4.00', '5.00']]);
  const checker = new IncrementalChecker([t], [rule('1栏=2+3栏')]);
  checker.run();
  const delta = checker.setCell('t1', 0, 2, '3.00');
  expect(delta.removed.map((f) => f.expected)).toEqual(['9.00']);
  expect(delta.added.map((f) => f.expected)).toEqual(['8.00']);
});

test('an edit to a 项 re-checks its 款 (hierarchy) and its own row', () => {
  const checker = new IncrementalChecker([seedT05()], [rule('层级', 'T05'), rule('1栏=2+3栏', 'T05')]);
  checker.run();
  const row = seedT05().rows.findIndex((r) => r.code === '2101501');
  const delta = checker.setCell('T05', row, 2, '242.61');
  expect(delta.added.map((f) => `${f.code}@${f.location?.code}`).sort()).toEqual(['hierarchy_mismatch@21015', 'sum_mismatch@2101501']);
  expect(delta.removed.map((f) => `${f.code}@${f.location?.code}`)).toEqual(['rounding_residue@21015']);
});

test('after random edits the incremental state equals a fresh full check', () => {
  let seed = 12345;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const t03 = seedT03();
  const rules = [rule('层级', 'T03'), rule('1栏=2+3+4+5+6栏', 'T03'), rule('[合计]1栏 ≥ [210]1栏', 'T03'), rule('1栏≥0.00', 'T03', 'warning')];
  const checker = new IncrementalChecker([t03], rules);
  let live = checker.run().findings;
  const texts = ['', '0', '-1.00', '12.34', '1,000.005', '见说明', '57.51', '0.54', '—'];
  for (let n = 0; n < 150; n++) {
    const row = Math.floor(rand() * t03.rows.length);
    const col = 2 + Math.floor(rand() * 6);
    const delta = checker.setCell('T03', row, col, texts[Math.floor(rand() * texts.length)]!);
    live = live.filter((f) => !delta.removed.includes(f)).concat(delta.added);
  }
  const fresh = checkRules(checker.currentTables, rules);
  expect(keys(live)).toEqual(keys(fresh.findings));
  expect(keys(checker.current().findings)).toEqual(keys(fresh.findings));
  expect(checker.current().statuses).toEqual(fresh.statuses);
});

test('editing a label re-binds the rules that name rows', () => {
  const t = table(['label', '1'], [['合计', '3.00'], ['甲', '1.00'], ['乙', '2.00']]);
  const checker = new IncrementalChecker([t], [rule('[合计]=[甲]+[乙]')]);
  checker.run();
  const delta = checker.setCell('t1', 2, 0, '丙');
  expect(delta.added.map((f) => [f.code, f.params?.key])).toEqual([['unknown_row', '乙']]);
  expect(checker.current().statuses[0]).toMatchObject({ status: 'not_applicable' });
});

test('cross-table edits re-check the rule in the home table', () => {
  const t01 = table(['label', '1'], [['本年收入合计', '100.00']], { id: 'T01', kind: 'T01' });
  const t02 = table(['code', 'label', '1'], [['', '合计', '100.00']], { id: 'T02', kind: 'T02' });
  const checker = new IncrementalChecker([t01, t02], [rule('[本年收入合计]=T02.[合计]1栏', 'T01')]);
  checker.run();
  const delta = checker.setCell('T02', 0, 2, '100.50');
  expect(delta.added.map((f) => [f.table, f.code])).toEqual([['T01', 'sum_mismatch']]);
});

test('replaceTable and setRules take effect at the next run', () => {
  const t = table(['label', '1', '2'], [['甲', '1.00', '1.00']]);
  const checker = new IncrementalChecker([t], [rule('1栏=2栏')]);
  expect(checker.run().findings).toEqual([]);
  checker.replaceTable(table(['label', '1', '2'], [['甲', '1.00', '2.00']]));
  expect(checker.run().findings.map((f) => f.code)).toEqual(['sum_mismatch']);
  checker.setRules([rule('1栏≤2栏')]);
  expect(checker.run().findings).toEqual([]);
});

test('two checkers over the same tables never change what the other sees (the root causes’ trials run beside the live check)', () => {
  for (const fastPath of [true, false]) {
    const t = table(['label', '1', '2', '3'], [['甲', '9.00', '4.00', '5.00'], ['乙', '3.00', '1.00', '2.00']]);
    const live = new IncrementalChecker([t], [rule('1栏=2+3栏')], { fastPath });
    live.run();
    // the trials check the same Table object: a trial correction, then its undo, then one left in place
    const trials = new IncrementalChecker([t], [rule('1栏=2+3栏')], { fastPath });
    trials.run();
    trials.setCell('t1', 0, 2, '7.00');
    trials.setCell('t1', 0, 2, '4.00');
    trials.setCell('t1', 1, 1, '8.00');
    // the live check is edited after the trials: its own edits are seen, none of the trials'
    expect(live.setCell('t1', 0, 3, '6.00').added.map((f) => f.location?.row)).toEqual([0]);
    expect(live.setCell('t1', 1, 3, '3.00').added.map((f) => f.location?.row)).toEqual([1]);
    const fresh = new IncrementalChecker(live.currentTables.map((x) => ({ ...x, rows: x.rows.slice() })), [rule('1栏=2+3栏')], { fastPath });
    expect(keys(live.current().findings)).toEqual(keys(fresh.run().findings));
    expect(trials.current().findings.map((f) => [f.location?.row, f.actual])).toEqual([[1, '8.00']]);
  }
});
