import { describe, expect, test } from 'vitest';
import type { Table } from '../../../../src/engine/table.ts';
import { parseTsv } from '../../../../src/paste/grid/tsv.ts';
import { gridToTable } from '../../../../src/paste/grid/to-table.ts';
import { recogniseKind } from '../../../../src/paste/report/recognise.ts';
import { cellAt, fixtureLines, SEED_001 } from './fixtures.ts';

function tableOf(text: string, firstLine = 1): { table: Table; problems: { code: string }[] } {
  const g = parseTsv(text);
  if (!g.ok) throw new Error(g.reason.code);
  return gridToTable({ id: 't1', rows: g.value.rows, lines: g.value.lines.map((l) => l + firstLine - 1), recognise: recogniseKind });
}

const amountCols = (t: Table) => t.columns.filter((c) => c.role === 'amount').map((c) => [c.colNo, c.header]);

describe('seed 001 公开02表 收入决算表 (codes in the 类 cell, names under 项)', () => {
  const { table } = tableOf(fixtureLines(SEED_001, 151, 201), 151);

  test('title, unit, year and department come from the lines above the header', () => {
    expect([table.title, table.unit, table.year, table.department]).toEqual(['收入决算表', '万元', 2023, '赣州市医疗保障局']);
  });
  test('the kind is recognised from the title', () => {
    expect(table.kind).toBe('T02');
  });
  test('amount columns are mapped by the 栏次 row', () => {
    expect(amountCols(table)).toEqual([
      [1, '本年收入合计'], [2, '财政拨款收入'], [3, '上级补助收入'], [4, '事业收入'], [5, '经营收入'], [6, '附属单位上缴收入'], [7, '其他收入'],
    ]);
  });
  test('one row per printed row, 合计 first and flagged as a total', () => {
    expect(table.rows).toHaveLength(37);
    expect(table.rows[0]).toMatchObject({ code: null, label: '合计', flags: ['total'], sourceLine: 163 });
  });
  test('cells keep the printed text and the parsed value', () => {
    expect(cellAt(table, '2080505', 1)).toBe('876.73');
    expect(cellAt(table, '合计', 7)).toBe('660.53');
    const row = table.rows.find((r) => r.code === '2101599')!;
    expect(row.label).toBe('其他医疗保障管理事务支出');
    const c1 = row.cells[table.columns.findIndex((c) => c.colNo === 1)]!;
    expect(c1.value.kind === 'number' && [c1.value.value.toString(), c1.value.decimals]).toEqual(['1088.93', 2]);
  });
  test('the note under the table is kept in notes', () => {
    expect(table.notes).toEqual(['注：本表反映部门（单位）本年度取得的各项收入情况。']);
  });
});

describe('seed 001 公开03表 支出决算表 (code merged with the name, 合计 leaking into the 栏次 line)', () => {
  const { table } = tableOf(fixtureLines(SEED_001, 203, 251), 203);

  test('codes are split from names', () => {
    expect(table.rows.slice(1, 3).map((r) => [r.code, r.label])).toEqual([['201', '一般公共服务支出'], ['20101', '人大事务']]);
  });
  test('the 合计 label gets the values printed on the next line', () => {
    expect(table.rows[0]).toMatchObject({ label: '合计', flags: ['total'] });
    expect(cellAt(table, '合计', 1)).toBe('14,695.49');
    expect(cellAt(table, '合计', 3)).toBe('2,996.51');
  });
  test('six amount columns by 栏次', () => {
    expect(amountCols(table).map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(table.kind).toBe('T03');
  });
});

describe('seed 001 公开01表 (two panes 收入 | 支出 unfolded into one table)', () => {
  const { table } = tableOf(fixtureLines(SEED_001, 104, 149), 104);

  test('two amount columns, one per pane, numbered by 栏次', () => {
    expect(table.columns.filter((c) => c.role === 'amount').map((c) => [c.colNo, c.pane])).toEqual([[1, 0], [2, 1]]);
  });
  test('rows carry their pane and printed 行次', () => {
    const income = table.rows.find((r) => r.label === '本年收入合计')!;
    const spend = table.rows.find((r) => r.label === '本年支出合计')!;
    expect([income.pane, income.lineNo, spend.pane, spend.lineNo]).toEqual([0, 27, 1, 58]);
    expect(cellAt(table, '本年收入合计', 1)).toBe('14,663.29');
  });
  test('an empty income row keeps its bare 行次 so 行次 stay aligned', () => {
    expect(table.rows.filter((r) => r.pane === 0).map((r) => r.lineNo)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });
  test('总计 appears in both panes', () => {
    expect(table.rows.filter((r) => r.label === '总计').map((r) => r.pane)).toEqual([0, 1]);
  });
});

describe('seed 001 公开06表 (three panes of 经济分类 code | name | amount)', () => {
  const { table } = tableOf(fixtureLines(SEED_001, 345, 393), 345);

  test('the codes of every pane are read as codes', () => {
    const codes = table.rows.map((r) => r.code);
    expect(codes).toContain('30101');
    expect(codes).toContain('30217');
    expect(codes).toContain('31007');
  });
  test('each pane has its own amount column', () => {
    const row = table.rows.find((r) => r.code === '30217')!;
    const filled = row.cells.flatMap((c, i) => (c.text !== '' && table.columns[i]!.role === 'amount' ? [table.columns[i]!.pane] : []));
    expect([row.pane, filled]).toEqual([1, [1]]);
  });
  test('the footer totals are total rows', () => {
    expect(table.rows.filter((r) => r.flags?.includes('total')).map((r) => r.label)).toEqual(['人员经费合计', '公用支出合计']);
  });
});

describe('codes split over 类/款/项 cells', () => {
  const tsv = ['类\t款\t项\t科目名称\t合计\t基本支出\t项目支出', '\t\t\t\t1\t2\t3', '208\t05\t05\t机关事业单位基本养老保险缴费支出\t46.00\t46.00\t', '201\t06\t01\t行政运行\t1,511.89\t1,503.52\t8.37'].join('\n');
  const { table } = tableOf(tsv);

  test('the parts are concatenated into one code and the printed parts kept', () => {
    expect(table.rows.map((r) => r.code)).toEqual(['2080505', '2010601']);
    expect(table.rows[0]!.cells[0]!.text).toBe('208 05 05');
  });
  test('columns are found by the 栏次 row, not by position', () => {
    expect(cellAt(table, '2010601', 3)).toBe('8.37');
  });
});

describe('tables without a 栏次 row', () => {
  test('a header row names the columns and 栏 numbers follow their order', () => {
    const { table } = tableOf('项目\t合计\t财政拨款\t其他\n行政运行\t10.00\t6.00\t4.00');
    expect(amountCols(table)).toEqual([[1, '合计'], [2, '财政拨款'], [3, '其他']]);
  });
  test('a bare "1 2 3" first row is the 栏次 row', () => {
    const { table } = tableOf('1\t2\t3\n10.00\t6.00\t4.00\n5.00\t3.00\t1.00');
    expect(amountCols(table).map(([n]) => n)).toEqual([1, 2, 3]);
    expect(table.rows).toHaveLength(2);
  });
  test('a table of numbers alone keeps every row and numbers its columns', () => {
    const { table } = tableOf('10.00\t6.00\t4.00\n5.00\t3.00\t1.00');
    expect(table.rows).toHaveLength(2);
    expect(amountCols(table).map(([n]) => n)).toEqual([1, 2, 3]);
  });
  test('a table with no numbers is usable and says so', () => {
    const { table, problems } = tableOf('指标\t目标\n满意度\t有所提升');
    expect(table.rows).toHaveLength(1);
    expect(problems.map((p) => p.code)).toContain('no_numbers');
  });
  test('an unknown title leaves the table usable as unknown', () => {
    const { table, problems } = tableOf('自编明细表\n项目\t金额\n甲\t1.00');
    expect(table.kind).toBe('unknown');
    expect(problems.map((p) => p.code)).toContain('unknown_table_kind');
  });
});

test('a 合计 row printed one cell right of its data rows is shifted back under its own 栏 (seed 001 公开05表)', () => {
  const { table } = tableOf(fixtureLines(SEED_001, 311, 330), 311);
  expect(amountCols(table).map(([n]) => n)).toEqual([1, 2, 3]);
  expect(cellAt(table, '合计', 1)).toBe('14,000.26');
  expect(cellAt(table, '合计', 2)).toBe('11,698.97');
  expect(cellAt(table, '合计', 3)).toBe('2,301.28');
  expect(cellAt(table, '201', 1)).toBe('0.54');
  const total = table.rows.find((r) => r.label === '合计')!;
  expect(total.flags).toContain('total');
  // the shift is an inference: the 合计 row's amounts say so, the data rows stay exact
  expect(total.cells.filter((_, j) => table.columns[j]!.role === 'amount').map((c) => c.placement)).toEqual(['inferred', 'inferred', 'inferred']);
  expect(table.rows.find((r) => r.code === '201')!.cells.every((c) => c.placement === undefined)).toBe(true);
});
