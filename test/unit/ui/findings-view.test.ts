import { expect, test } from 'vitest';
import {
  buildCellMarks, countBySeverity, findingId, groupFindings, markKey, navigationOrder, SEVERITIES, stepIndex,
} from '../../../src/ui/model/findings-view.ts';
import { narrativeFinding, rowFinding, seed001T05 } from './fixtures.ts';

const t05 = seed001T05();
const ALL = new Set(SEVERITIES);

test('a cell with an error and a rounding residue is marked with the worse severity', () => {
  const marks = buildCellMarks([rowFinding(t05, 14, 'info', 'a'), rowFinding(t05, 14, 'error', 'b')], new Map());
  const mark = marks.get('T05')!.get(markKey(14, 2))!;
  expect(mark.severity).toBe('error');
  expect(mark.findings.map((f) => f.ruleId)).toEqual(['b', 'a']);
});

test('a warning with a 核实说明 is marked explained; an error never is', () => {
  const warning = rowFinding(t05, 3, 'warning');
  const error = rowFinding(t05, 4, 'error');
  const notes = new Map([[findingId(warning), '差异为尾数调整'], [findingId(error), '说明']]);
  const marks = buildCellMarks([warning, error], notes).get('T05')!;
  expect(marks.get(markKey(3, 2))!.explained).toBe(true);
  expect(marks.get(markKey(4, 2))!.explained).toBe(false);
});

test('findings without a cell (narrative, whole table) get no grid mark', () => {
  const marks = buildCellMarks([narrativeFinding([0, 10], 'error')], new Map());
  expect(marks.size).toBe(0);
});

test('counts per severity', () => {
  const list = [rowFinding(t05, 1, 'error'), rowFinding(t05, 2, 'error'), rowFinding(t05, 3, 'info'), narrativeFinding([0, 5], 'warning')];
  expect(countBySeverity(list)).toEqual({ error: 2, warning: 1, info: 1 });
});

test('groups follow the sheet order, then rules by their worst finding; hidden severities drop out', () => {
  const list = [
    narrativeFinding([40, 60], 'error'),
    rowFinding(t05, 20, 'info', 'T05.col.1'),
    rowFinding(t05, 7, 'error', 'T05.hier'),
    rowFinding(t05, 2, 'info', 'T05.col.1'),
  ];
  const groups = groupFindings(list, ['T05', 'N'], ALL);
  expect(groups.map((g) => g.table)).toEqual(['T05', 'N']);
  expect(groups[0]!.rules.map((r) => r.ruleId)).toEqual(['T05.hier', 'T05.col.1']);
  expect(groups[0]!.rules[1]!.findings.map((f) => f.location!.row)).toEqual([2, 20]);
  const errorsOnly = groupFindings(list, ['T05', 'N'], new Set(['error'] as const));
  expect(navigationOrder(errorsOnly).map((f) => f.ruleId)).toEqual(['T05.hier', 'N.amount']);
});

test('narrative findings sharing a rule stay distinct by their sentence offset', () => {
  const a = narrativeFinding([0, 5], 'error');
  const b = narrativeFinding([9, 20], 'error');
  expect(findingId(a)).not.toBe(findingId(b));
});

test.each([
  [null, 1, 0],
  [null, -1, 2],
  ['1', 1, 2],
  ['2', 1, 0],
  ['0', -1, 2],
])('stepping from %s by %i lands on index %i, wrapping around', (current, step, expected) => {
  const order = [rowFinding(t05, 1, 'error'), rowFinding(t05, 5, 'error'), rowFinding(t05, 9, 'error')];
  const id = current === null ? null : findingId(order[Number(current)]!);
  expect(stepIndex(order, id, step as 1 | -1)).toBe(expected);
});

test('stepping through no findings goes nowhere', () => {
  expect(stepIndex([], null, 1)).toBe(-1);
});
