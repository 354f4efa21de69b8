import { describe, expect, it, test } from 'vitest';
import { parseCsv, parseTsv, looksLikeSingleTable } from '../../../../src/paste/grid/tsv.ts';
import { fixtureLines, fixtureText, SEED_001 } from './fixtures.ts';

function rows(text: string, csv = false): string[][] {
  const r = csv ? parseCsv(text) : parseTsv(text);
  if (!r.ok) throw new Error(r.reason.code);
  return r.value.rows;
}

describe('parseTsv reads Excel/WPS clipboard text', () => {
  it.each([
    ['plain cells', 'a\tb\tc', [['a', 'b', 'c']]],
    ['CRLF line ends', 'a\tb\r\nc\td\r\n', [['a', 'b'], ['c', 'd']]],
    ['bare CR line ends', 'a\tb\rc\td', [['a', 'b'], ['c', 'd']]],
    ['trailing tabs keep empty cells', '201\t\t一般公共服务支出\t0.54\t\t\n', [['201', '', '一般公共服务支出', '0.54', '', '']]],
    ['a quoted cell holding a newline', '"机关事业单位基\n本养老保险缴费"\t108.88', [['机关事业单位基\n本养老保险缴费', '108.88']]],
    ['a quoted cell holding a tab', '"a\tb"\tc', [['a\tb', 'c']]],
    ['doubled quotes inside a quoted cell', '"“三公”""经费"""\t1.00', [['“三公”"经费"', '1.00']]],
    ['a stray quote is literal text', '"未闭合\t5.00\nx\ty', [['"未闭合', '5.00'], ['x', 'y']]],
    ['a quote inside an unquoted cell is literal', '5"寸\t2', [['5"寸', '2']]],
    ['a UTF-8 BOM is not part of the first cell', '\ufeff栏次\t1', [['栏次', '1']]],
    ['merged header cells arrive as blanks', '收入\t\t\t支出\t\t\n', [['收入', '', '', '支出', '', '']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test('every row keeps the source line it starts on, also after a multi-line cell', () => {
    const r = parseTsv('a\tb\n"x\ny"\tz\nlast\t1');
    expect(r.ok && r.value.lines).toEqual([1, 2, 4]);
  });

  test('blank input is empty_input', () => {
    const r = parseTsv('\n\t\t\n');
    expect(r.ok ? null : r.reason.code).toBe('empty_input');
  });

  test('the 收入决算表 of seed 001 keeps its 10 columns on every row', () => {
    const grid = rows(fixtureLines(SEED_001, 161, 198));
    expect(grid[0]).toEqual(['支出功能分类科目', '', '', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    expect(grid[2]).toEqual(['', '', '合计', '14,663.29', '14,002.76', '', '', '', '', '660.53']);
    expect(grid.filter((r) => r.length > 1).every((r) => r.length === 10)).toBe(true);
  });
});

describe('parseCsv', () => {
  it.each([
    ['commas', '项目,合计\n行政运行,"1,511.89"', [['项目', '合计'], ['行政运行', '1,511.89']]],
    ['semicolons when the first line has no comma', '项目;合计\n行政运行;1511.89', [['项目', '合计'], ['行政运行', '1511.89']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text, true)).toEqual(expected);
  });
});

describe('looksLikeSingleTable', () => {
  test('a table block with its title lines and note is one table', () => {
    expect(looksLikeSingleTable(fixtureLines(SEED_001, 151, 198))).toBe(true);
  });
  test('a whole report with prose between tables is not', () => {
    expect(looksLikeSingleTable(fixtureText(SEED_001))).toBe(false);
  });
  test('two tables copied together (the second one\'s title between the rows) are a report, read as two tables', () => {
    // seed 001 lines 203–300: 支出决算表, its note, then 财政拨款收入支出决算总表 — few enough plain lines to pass the ratio
    expect(looksLikeSingleTable(fixtureLines(SEED_001, 203, 300))).toBe(false);
    expect(looksLikeSingleTable(fixtureLines(SEED_001, 203, 251))).toBe(true);
  });
  test('text without tabs is not', () => {
    expect(looksLikeSingleTable('合计 1,819.46 1,819.46\n行政运行 879.40')).toBe(false);
  });
});
