// How tables are laid out in the grid: a one-pane table as it is with its label columns frozen; T01/T04 with 收入 and
// 支出 side by side, rows printed on one line on one grid row, and every grid cell mapped to its table cell and back.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Table } from '../../../src/engine/table.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { parseInput } from '../../../src/paste/index.ts';
import { buildGridView, textAt, type GridView } from '../../../src/ui/grid/grid-view.ts';
import { gridWords } from '../../../src/ui/messages/grid-view.ts';
import { seed001T05 } from './fixtures.ts';

const words = gridWords('zh');
function tableOf(rel: string, kind: string): Table {
  const r = parseReportText(readFileSync(fileURLToPath(new URL(`../../fixtures/${rel}`, import.meta.url)), 'utf8'));
  if (!r.ok) throw new Error(r.reason.code);
  return r.value.tables.find((t) => t.kind === kind)!;
}

/** A grid row's texts, as the grid shows them. */
const rowAt = (v: GridView, row: number) => v.headers.map((_, col) => textAt(v, row, col));

/** every table cell with text (and every cell of the row's own pane) is shown exactly once, in the grid cell that maps back to it */
function expectRoundTrip(t: Table, v: GridView): void {
  let own = 0;
  t.rows.forEach((r, row) => r.cells.forEach((c, col) => {
    const p = t.columns[col]!.pane;
    const g = v.toGrid(row, col);
    if (p !== undefined && p !== (r.pane ?? 0)) {
      expect(c.text, `${row}:${col} is another pane's cell`).toBe('');
      expect(g).toBeNull();
      return;
    }
    own++;
    expect(g, `${row}:${col}`).not.toBeNull();
    expect(v.toTable(g!.row, g!.col)).toEqual({ row, col });
    expect(textAt(v, g!.row, g!.col)).toBe(c.text);
  }));
  const shown = v.items.flatMap((_, gr) => v.headers.map((_, gc) => v.toTable(gr, gc))).filter((x) => x !== null);
  expect(shown).toHaveLength(own);
}

describe('one pane', () => {
  const t = seed001T05();
  const v = buildGridView(t, words);
  test('shown as it is, the 科目编码 and 科目名称 columns frozen', () => {
    expect(v.sideBySide).toBe(false);
    expect(v.fixedStart).toBe(2);
    expect(v.toTable(3, 2)).toEqual({ row: 3, col: 2 });
    expect(v.headers.slice(0, 3)).toEqual(['科目编码', '科目名称', '本年支出合计<br><span class="gj-colno">1栏</span>']);
    expectRoundTrip(t, v);
  });
  test('header text is escaped: pasted headers never become markup', () => {
    const h = buildGridView({ ...t, columns: t.columns.map((c, i) => (i === 1 ? { ...c, header: '<img src=x>' } : c)) }, words);
    expect(h.headers[1]).toBe('&#60;img src=x&#62;');
  });
});

describe('T01 of seed 001 (行次 1–31 收入, 32–62 支出)', () => {
  const t = tableOf('seeds/001_c1aab3eb9d979e5d.txt', 'T01');
  const v = buildGridView(t, words);
  test('收入 | 支出 side by side, each half with its 项目, 行次 and 决算数', () => {
    expect(v.sideBySide).toBe(true);
    expect(v.groups).toEqual([{ label: '收入', colspan: 3 }, { label: '支出', colspan: 3 }]);
    expect(v.items).toHaveLength(31);
    expect(rowAt(v, 0)).toEqual(['一、一般公共预算财政拨款收入', '1', '14,002.76', '一、一般公共服务支出', '32', '0.54']);
    expect(rowAt(v, 30)).toEqual(['总计', '31', '14,947.60', '总计', '62', '14,947.60']);
    expect(v.fixedStart).toBe(0);
  });
  test('an edit in the 支出 half goes to the 支出 row; its amount column is 2栏', () => {
    const at = v.toTable(0, 5)!;
    expect(t.rows[at.row]).toMatchObject({ lineNo: 32, pane: 1 });
    expect(t.columns[at.col]!.colNo).toBe(2);
    expect(v.toTable(0, 2)).toEqual({ row: 0, col: t.columns.findIndex((c) => c.colNo === 1) });
    expectRoundTrip(t, v);
  });
});

describe('T04 of the 财政局 PDF text (a wrapped 收入 name starts a line before its 支出 neighbour)', () => {
  const t = tableOf('corpus/putuo_caizhengju_2024.txt', 'T04');
  const v = buildGridView(t, words);
  test('rows printed on neighbouring lines share a grid row; the shorter 收入 half leaves blanks that map to nothing', () => {
    expect(textAt(v, 1, 0)).toBe('二、政府性基金预算财政拨款');
    expect(textAt(v, 1, 2)).toBe('二、外交支出');
    expect(textAt(v, v.items.length - 1, 0)).toBe('总计');
    expect(textAt(v, v.items.length - 1, 2)).toBe('总计');
    expect(v.toTable(10, 0)).toBeNull();
    expect(textAt(v, 10, 0)).toBe('');
    expectRoundTrip(t, v);
  });
});

test('text in another pane’s column keeps the one-pane view, so it is not hidden', () => {
  const t = tableOf('seeds/001_c1aab3eb9d979e5d.txt', 'T01');
  const c2 = t.columns.findIndex((c) => c.colNo === 2);
  const odd = { ...t, rows: t.rows.map((r, i) => (i === 0 ? { ...r, cells: r.cells.map((c, k) => (k === c2 ? { ...c, text: '5.00' } : c)) } : r)) };
  expect(buildGridView(odd, words).sideBySide).toBe(false);
});

test('a blank template (no source lines) pairs the halves by their place', () => {
  const t = tableOf('seeds/001_c1aab3eb9d979e5d.txt', 'T01');
  const blank = { ...t, rows: t.rows.map(({ sourceLine: _drop, ...r }) => r) };
  const v = buildGridView(blank, words);
  expect(textAt(v, 0, 3)).toBe('一、一般公共服务支出');
  expectRoundTrip(blank, v);
});

test('T09 (12 栏): 预算数 and 决算数 each printed once over their six 栏, merged, with the 栏 names below', () => {
  const t = tableOf('corpus/putuo_caizhengju_2024.txt', 'T09');
  const v = buildGridView(t, words);
  expect(v.groups).toEqual([{ label: '', colspan: 1 }, { label: '预算数', colspan: 6 }, { label: '决算数', colspan: 6 }]);
  expect(v.headers[1]).toBe('合计<br><span class="gj-colno">1栏</span>');
  expect(v.headers[3]).toBe('公务用车购置及运行费 小计<br><span class="gj-colno">3栏</span>');
  expect(v.fixedStart).toBe(1);
});

test('names that share no first level with a neighbour stay as they are (no heading row)', () => {
  expect(buildGridView(seed001T05(), words).groups).toBeNull();
  const perf = tableOf('seeds/004_1f8c90973b37444e.txt', 'P_PROJECT');
  expect(buildGridView(perf, words).groups).toBeNull();
});

test('a TSV-pasted T04 takes each half’s heading from its printed names (支出 over 小计 | 一般公共预算财政拨款 …)', async () => {
  const lines = readFileSync(fileURLToPath(new URL('../../fixtures/seeds/001_c1aab3eb9d979e5d.txt', import.meta.url)), 'utf8').split('\n');
  const r = await parseInput({ text: lines.slice(252, 300).join('\n') });
  if (!r.ok) throw new Error(r.reason.code);
  const v = buildGridView(r.value.tables[0]!, words);
  expect(v.sideBySide).toBe(true);
  expect(v.groups?.map((g) => g.label)).toEqual(['收入', '支出']);
  expect(v.headers.map((h) => h.replace(/<br>.*/, ''))).toEqual(['项目', '行次', '决算数', '项目', '行次', '小计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']);
});

test('a table without rows (an empty 三公 table) still has its heading row and names', () => {
  const t = tableOf('corpus/putuo_caizhengju_2024.txt', 'T09');
  const v = buildGridView({ ...t, rows: [] }, words);
  expect(v.items).toEqual([]);
  expect(v.groups?.map((g) => g.label)).toEqual(['', '预算数', '决算数']);
  expect(v.headers).toHaveLength(13);
});
