// The §6 paste shapes of the domain guide as they occur in the corpus: each test takes a table's
// title and header lines from the document and appends verbatim data lines quoted from it.
import { describe, expect, test } from 'vitest';
import type { Table, TableKind } from '../../../../src/engine/table.ts';
import { parseLayoutBlock } from '../../../../src/paste/layout/index.ts';
import type { SourceLine } from '../../../../src/paste/source-line.ts';
import { corpusLines } from './blocks.ts';
import { cellText, findRow } from './golden.ts';

const CAI = 'putuo_caizhengju_2024';
const GUI = 'putuo_guihuaziyuan_2024';
const SHE = 'putuo_shehuigongzuobu_2024';

/** Title and header lines [from, to] of a document, then the quoted lines numbered after them. */
function snippet(doc: string, from: number, to: number, data: readonly string[]): SourceLine[] {
  const head = corpusLines(doc).slice(from - 1, to);
  return [...head, ...data.map((text, i) => ({ text, line: to + 1 + i }))];
}

function parse(lines: SourceLine[], kind: TableKind) {
  return parseLayoutBlock(lines, kind, lines[0]!.text.trim());
}

function cell(table: Table, ref: string, key: string): string | undefined {
  const row = findRow(table, ref);
  return row ? cellText(table, row, key) : undefined;
}

describe('§6 item 2: amounts on the line above their row', () => {
  test('T03 行政运行: 1,503.52 above the code line is its 基本支出, 8.37 its 项目支出', () => {
    const lines = snippet(CAI, 207, 215, [
      '                                           1,503.52',
      '201   06   01   行政运行            1,511.89               8.37',
    ]);
    const { table, problems } = parse(lines, 'T03');
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.code).toBe('2010601');
    expect(['c1', 'c2', 'c3'].map((k) => cell(table, '2010601', k))).toEqual(['1,511.89', '1,503.52', '8.37']);
    expect(problems).toEqual([]);
  });

  test('T04: a 本年收入合计/本年支出合计 pair of values above their labels goes to each pane', () => {
    const lines = snippet(CAI, 250, 260, [
      '               2,940.05                  2,940.05',
      '   本年收入合计                    本年支出合计                  2,940.05',
    ]);
    const { table } = parse(lines, 'T04');
    expect(cell(table, '本年收入合计@0', 'c1')).toBe('2,940.05');
    expect(cell(table, '本年支出合计@1', 'c2')).toBe('2,940.05');
    expect(cell(table, '本年支出合计@1', 'c3')).toBe('2,940.05');
    expect(cell(table, '本年支出合计@1', 'c4')).toBe('');
  });
});

describe('§6 item 3: names wrapped around the code line', () => {
  test('T05 社会保障和就⏎208 … ⏎业支出 reads as one row 208 社会保障和就业支出', () => {
    const lines = snippet(GUI, 396, 405, [
      '208                     754.75       754.75      0.00',
      '           业支出',
    ]);
    const { table } = parse(lines, 'T05');
    expect(table.rows.map((r) => [r.code, r.label])).toEqual([['208', '社会保障和就业支出']]);
    expect(['c1', 'c2', 'c3'].map((k) => cell(table, '208', k))).toEqual(['754.75', '754.75', '0.00']);
  });
});

describe('§6 item 5: codes split over 类/款/项 and over lines', () => {
  test('T02 201   06   01 is code 2010601 and keeps its printed form', () => {
    const lines = snippet(CAI, 168, 177, [
      '201   06   01   行政运行           1,511.90     1,511.89                               0.01',
    ]);
    const { table } = parse(lines, 'T02');
    const row = table.rows[0]!;
    expect(row.code).toBe('2010601');
    expect(row.cells[0]!.text).toBe('201 06 01');
    expect(['c1', 'c2', 'c7'].map((k) => cell(table, '2010601', k))).toEqual(['1,511.90', '1,511.89', '0.01']);
  });

  test('T06 301 01 on one line and 302⏎01 办公费 on two, amounts on the line above', () => {
    const { table } = parse(corpusLines(CAI).slice(334, 349), 'T06');
    expect(table.rows.map((r) => [r.code, r.label, r.pane, r.cells[2]!.text])).toEqual([
      ['301', '工资福利支出', 0, '2,082.85'],
      ['30101', '基本工资', 0, '262.33'],
      ['302', '商品和服务支出', 1, '171.07'],
      ['30201', '办公费', 1, '21.21'],
    ]);
  });

  test('T06 a right-pane code alone, its name and amount on the next line', () => {
    const lines = snippet(GUI, 464, 468, [
      '30110    职工基本医疗保险缴费    236.63     30208',
      '                                     取暖费                    0.00',
    ]);
    const { table } = parse(lines, 'T06');
    expect(table.rows.map((r) => [r.code, r.label, r.pane, r.cells[2]!.text])).toEqual([
      ['30110', '职工基本医疗保险缴费', 0, '236.63'],
      ['30208', '取暖费', 1, '0.00'],
    ]);
  });
});

describe('§6 item 7: two-pane tables unfolded into one', () => {
  test('T06 30101 基本工资 | 30201 办公费 on one line become two rows in two panes', () => {
    const lines = snippet(SHE, 330, 334, ['30101    基本工资       14.12   30201    办公费              3.78']);
    const { table } = parse(lines, 'T06');
    expect(table.rows.map((r) => [r.code, r.pane, r.cells[2]!.text])).toEqual([
      ['30101', 0, '14.12'],
      ['30201', 1, '3.78'],
    ]);
  });

  test('T01 收入 rows come first (pane 0, column c1), then 支出 rows (pane 1, column c2)', () => {
    const lines = snippet(CAI, 133, 137, [
      '一、一般公共预算财政拨款收入      2,940.05   一、一般公共服务支出        2,106.66',
      '         本年收入合计     2,946.25       本年支出合计        2,940.05',
      '总计                  2,995.39   总计         2,995.39',
    ]);
    const { table } = parse(lines, 'T01');
    expect(table.columns.map((c) => [c.key, c.pane ?? null])).toEqual([['label', null], ['c1', 0], ['c2', 1]]);
    expect(table.rows.map((r) => [r.label, r.pane, r.cells[1]!.text, r.cells[2]!.text])).toEqual([
      ['一、一般公共预算财政拨款收入', 0, '2,940.05', ''],
      ['本年收入合计', 0, '2,946.25', ''],
      ['总计', 0, '2,995.39', ''],
      ['一、一般公共服务支出', 1, '', '2,106.66'],
      ['本年支出合计', 1, '', '2,940.05'],
      ['总计', 1, '', '2,995.39'],
    ]);
  });

  test('T04 a label wrapped inside its pane (二、政府性基金预算财政拨⏎款) stays one row', () => {
    const lines = snippet(CAI, 250, 260, [
      '二、政府性基金预算财政拨',
      '                          二、外交支出',
      '款',
    ]);
    const { table } = parse(lines, 'T04');
    expect(table.rows.map((r) => [r.label, r.pane])).toEqual([
      ['二、政府性基金预算财政拨款', 0],
      ['二、外交支出', 1],
    ]);
  });
});

describe('§6 item 8: blank cells collapsed in the 12-column 三公 table', () => {
  test('two values under twelve 栏 are placed by offset: 合计 and 公务接待费 预算数', () => {
    const lines = snippet(CAI, 482, 493, ['  0.95                                                              0.95']);
    const { table, problems } = parse(lines, 'T09');
    const texts = table.rows[0]!.cells.slice(1).map((c) => c.text);
    expect(texts).toEqual(['0.95', '', '', '', '', '0.95', '', '', '', '', '', '']);
    expect(problems).toEqual([]);
  });

  test('twelve printed values map by the 预算数/决算数 pairs: pair k → 栏 k (预算) and k+6 (决算)', () => {
    const lines = snippet(GUI, 538, 548, [
      '     2.85 0.39 0.00 0.00  0.00              0.00    0.00    0.00    0.00    0.00    2.85    0.39',
    ]);
    const { table } = parse(lines, 'T09');
    expect(cell(table, '#1', 'c1')).toBe('2.85');
    expect(cell(table, '#1', 'c7')).toBe('0.39');
    expect(cell(table, '#1', 'c6')).toBe('2.85');
    expect(cell(table, '#1', 'c12')).toBe('0.39');
  });

  test('a value half-way between two 栏 keeps its row, flagged column_ambiguous with its line', () => {
    const lines = snippet(CAI, 482, 493, ['    0.95']);
    const { table, problems } = parse(lines, 'T09');
    expect(table.rows[0]!.flags).toContain('column_ambiguous');
    expect(problems).toEqual([{ code: 'column_ambiguous', severity: 'warning', line: 494, table: 'T09' }]);
  });
});

describe('§6 item 9: header words in data rows', () => {
  test('T02 合计 values above 类 款 项 and the 合计 label', () => {
    const lines = snippet(CAI, 168, 177, [
      '                                 2,946.25    2,940.05                              6.20',
      ' 类   款  项',
      '                     合计',
    ]);
    const { table } = parse(lines, 'T02');
    expect(table.rows.map((r) => r.label)).toEqual(['合计']);
    expect(table.rows[0]!.flags).toContain('total');
    expect(['c1', 'c2', 'c3', 'c7'].map((k) => cell(table, '合计', k))).toEqual(['2,946.25', '2,940.05', '', '6.20']);
  });

  test('T07 header words 合计 基本支出 项目支出 on the 合计 line do not become cells or rows', () => {
    const lines = snippet(GUI, 551, 565, []);
    const { table, problems } = parse(lines, 'T07');
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.cells.slice(2).every((c) => c.text === '')).toBe(true);
    expect(table.notes.some((n) => n.endsWith('故本表无数据。'))).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('pages', () => {
  test('a continuation page (form feed) with compressed offsets maps to the header columns', () => {
    const lines = snippet(CAI, 168, 177, [
      '201   06   01   行政运行           1,511.90     1,511.89                               0.01',
      '210   11        行政事业单位医疗         60.99        60.99',
      '\f210   11   01   行政单位医疗    60.99    60.99',
    ]);
    const { table, problems } = parse(lines, 'T02');
    expect(['c1', 'c2', 'c3'].map((k) => cell(table, '2101101', k))).toEqual(['60.99', '60.99', '']);
    expect(problems).toEqual([]);
  });
});

describe('other input', () => {
  test('a kind without a column spec keeps its rows with amount columns numbered by position', () => {
    const lines = snippet(CAI, 307, 318, []);
    const { table } = parse(lines, 'unknown');
    expect(table.kind).toBe('unknown');
    expect(table.layout).toBeNull();
    expect(table.columns.filter((c) => c.role === 'amount').map((c) => c.key)).toEqual(['c1', 'c2', 'c3']);
    expect(cell(table, '2010601', 'c3')).toBe('8.37');
  });

  test('a block with only its title and unit gives an empty table without problems', () => {
    const { table, problems } = parse(snippet(CAI, 307, 308, []), 'T05');
    expect(table.rows).toEqual([]);
    expect(table.unit).toBe('万元');
    expect(problems).toEqual([]);
  });
});
