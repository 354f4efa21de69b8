// 科目 paths as the 说明 states them, and the table rows they bind to.
import { expect, test } from 'vitest';
import { checkNarrative } from '../../../src/checks/narrative/index.ts';
import { parsePath, pathIsClosed, pathKey } from '../../../src/checks/narrative/paths.ts';
import { colNo, makeCell, type Column, type Table } from '../../../src/engine/table.ts';
import { docOf } from './helpers.ts';

test.each([
  ['1、一般公共服务支出（类）财政事务（款）行政运行（项）。', '一般公共服务/财政事务/行政运行'],
  ['1.人大事务(款)行政运行(项)支出', '/人大事务/行政运行'],
  ['行政事业单位离退休（类）机关事业单位基本养老保险缴费支出（项）', '行政事业单位离退休//机关事业单位基本养老保险缴费'],
  ['卫生健康支出（类）', '卫生健康//'],
])('parsePath(%s) → key %s', (text, key) => {
  expect(pathKey(parsePath(text)!)).toBe(key);
});

test('a path is closed when only 支出/决算/为 stand between its last level and the number or clause end', () => {
  expect(pathIsClosed('人大事务（款）行政运行（项）支出')).toBe(true);
  expect(pathIsClosed('住房改革支出（类）住房公积金（项）。主要用于：缴纳')).toBe(true);
  expect(pathIsClosed('社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老')).toBe(false);
});

const col = (n: number, header: string): Column => ({ key: `c${n}`, colNo: colNo(n), header, role: 'amount' });
const LABEL: Column = { key: 'label', colNo: null, header: '项目', role: 'label' };
const CODE: Column = { key: 'code', colNo: null, header: '科目编码', role: 'code' };
const rows = (cols: Column[], data: [string | null, string, string][]) => data.map(([code, label, v]) => ({
  code, label, lineNo: null, cells: cols.map((c) => makeCell(c.role === 'code' ? code ?? '' : c.role === 'label' ? label : v)),
}));
const tbl = (kind: 'T04' | 'T05', columns: Column[], data: [string | null, string, string][]): Table =>
  ({ id: kind, kind, layout: null, title: kind, unit: '万元', year: 2024, department: null, columns, rows: rows(columns, data), notes: [] });

test('a 类 amount in the 财政拨款 section is read from T04’s code-less class row (it includes 基金), not from T05', () => {
  const t04 = tbl('T04', [LABEL, col(1, '合计')], [[null, '十一、城乡社区支出', '500.00']]);
  const t05 = tbl('T05', [CODE, LABEL, col(1, '合计')], [['212', '城乡社区支出', '300.00']]);
  const text = '五、财政拨款支出决算情况说明\n财政拨款支出主要用于：城乡社区支出（类）500.00万元。';
  expect(checkNarrative(docOf(text, [t04, t05], 2024)).filter((f) => f.severity !== 'info')).toEqual([]);
  const wrong = checkNarrative(docOf(text.replace('500.00万元', '300.00万元'), [t04, t05], 2024));
  expect(wrong.map((f) => [f.code, f.severity, f.expected])).toEqual([['narrative_amount_mismatch', 'error', '500.00']]);
});

test('“财政拨款本年收入合计” is not T01’s 本年收入合计 (which includes other income)', () => {
  const t01: Table = { ...tbl('T05', [LABEL, col(1, '决算数')], [[null, '本年收入合计', '2,946.25']]), id: 'T01', kind: 'T01' };
  const text = '四、财政拨款收入支出决算总体情况说明\n财政拨款本年收入合计2940.05万元。本年收入合计2946.25万元。';
  expect(checkNarrative(docOf(text, [t01], 2024)).filter((f) => f.severity !== 'info')).toEqual([]);
});
