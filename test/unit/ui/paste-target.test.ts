// Where a paste goes (issue 16, item 1): into cells only when the grid has keyboard focus, a cell is selected
// and the clipboard is a rectangle that fits from that cell; anything else is imported as a report.
import { expect, test } from 'vitest';
import { cellShape, pasteDestination } from '../../../src/ui/paste-events.ts';
import { seedText } from './fixtures.ts';

const fits = { focused: true, editing: false, reach: { rows: 62, cols: 6 } };

test('a tab-separated rectangle is cell-shaped; ragged lines are not', () => {
  expect(cellShape('1.00\t2.00\n3.00\t4.00\n')).toEqual({ rows: 2, cols: 2 });
  expect(cellShape('1.00')).toEqual({ rows: 1, cols: 1 });
  expect(cellShape('a\tb\nc')).toBeNull();
  expect(cellShape('')).toBeNull();
});

test('a small rectangle goes into the focused grid', () => {
  expect(pasteDestination({ text: '1.00\t2.00\n3.00\t4.00' }, fits)).toBe('cells');
  expect(pasteDestination({ text: '12.5' }, fits)).toBe('cells');
});

test('a whole report is imported even when the grid has focus (the 62 → 798 rows case)', () => {
  expect(pasteDestination({ text: seedText() }, fits)).toBe('report');
});

test('a rectangle that does not fit from the selected cell is imported, never grows the table', () => {
  expect(pasteDestination({ text: Array.from({ length: 63 }, () => '1.00').join('\n') }, fits)).toBe('report');
  expect(pasteDestination({ text: '1\t2\t3\t4\t5\t6\t7' }, fits)).toBe('report');
});

test('a column of long lines (prose) is a report, not cells', () => {
  const prose = ['一、部门主要职责', '上海市普陀区财政局是主管全区财政收支、财税政策的区政府工作部门，负责贯彻执行国家和本市财政、税收方针政策。'].join('\n');
  expect(pasteDestination({ text: prose }, fits)).toBe('report');
});

test('without grid focus or without a selected cell everything is imported; an open cell editor takes its own paste', () => {
  expect(pasteDestination({ text: '1.00' }, { ...fits, focused: false })).toBe('report');
  expect(pasteDestination({ text: '1.00' }, { ...fits, reach: null })).toBe('report');
  expect(pasteDestination({ text: seedText() }, { ...fits, editing: true })).toBe('editor');
});

test('clipboard HTML without text is imported', () => {
  expect(pasteDestination({ html: '<table><tr><td>1</td></tr></table>' }, fits)).toBe('report');
});
