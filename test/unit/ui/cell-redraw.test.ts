import { expect, test } from 'vitest';
import { changedMarks, sameMark } from '../../../src/ui/grid/cell-redraw.ts';
import { markCell, markKey, type CellMark } from '../../../src/ui/model/findings-view.ts';

const mark = (severity: CellMark['severity'], extra: Partial<CellMark> = {}): CellMark => ({ severity, explained: false, findings: [], ...extra });
const state = (marks: [string, CellMark][], marked: string[] = []) => ({ marks: new Map(marks), marked: new Set(marked) });

test('a mark key names its cell back; anything else names none', () => {
  expect(markCell(markKey(12, 3))).toEqual({ row: 12, col: 3 });
  expect(markCell('a:1')).toBeNull();
  expect(markCell('1:2:3')).toBeNull();
});

test('marks are the same when they draw the same: severity, 核实说明 and culprit, not the finding objects', () => {
  expect(sameMark(mark('error'), mark('error', { findings: [] }))).toBe(true);
  expect(sameMark(mark('error'), mark('warning'))).toBe(false);
  expect(sameMark(mark('warning'), mark('warning', { explained: true }))).toBe(false);
  expect(sameMark(mark('error'), mark('error', { culprit: 'P1' }))).toBe(false);
  expect(sameMark(undefined, mark('info'))).toBe(false);
  expect(sameMark(undefined, undefined)).toBe(true);
});

test('the cells to redraw are those whose mark appeared, went or changed, and those marked or unmarked by a trainee', () => {
  const before = state([['1:2', mark('error')], ['3:2', mark('error')], ['5:2', mark('warning')]], ['7:1']);
  const after = state([['1:2', mark('error')], ['3:2', mark('warning')], ['4:2', mark('error', { culprit: 'P1' })]], ['8:1']);
  const cells = changedMarks(before, after)!.map((c) => markKey(c.row, c.col)).sort();
  expect(cells).toEqual(['3:2', '4:2', '5:2', '7:1', '8:1']);
  expect(changedMarks(before, before)).toEqual([]);
});

test('too many changed marks ask for a full render', () => {
  const many = state(Array.from({ length: 30 }, (_, i) => [markKey(i, 1), mark('error')] as [string, CellMark]));
  expect(changedMarks(state([]), many, 29)).toBeNull();
  expect(changedMarks(state([]), many, 30)).toHaveLength(30);
});
