// Shapes of the 部门预算 summary tables beyond the nine 江苏 documents: what the parsers do with a form they
// do not fully recognise (fail closed: inferred cells, no layout) and with the page furniture between tables.
import { expect, test } from 'vitest';
import type { Table } from '../../../../src/engine/table.ts';
import { parseReportText } from '../../../../src/paste/report/index.ts';

function parse(lines: readonly string[]) {
  const r = parseReportText(lines.join('\n'));
  if (!r.ok) throw new Error(r.reason.code);
  return r.value;
}

const cellsOf = (t: Table) => t.rows.flatMap((r) => r.cells.filter((_, j) => t.columns[j]!.role === 'amount'));

test('a 财政拨款收支预算总表 with fund columns the parser does not place: a warning, no layout, every amount inferred', () => {
  const doc = parse([
    '                    财政拨款收支预算总表',
    '部门：某单位                                                                   单位：万元',
    '          收入                                         支出',
    '                                                      支出用途',
    '  项目名称          金额          项目名称          合计       一般公共预算     政府性基金预算',
    '一、一般公共预算       100.00    一、基本支出          60.00          60.00',
    '二、政府性基金预算      20.00    二、项目支出          60.00          40.00           20.00',
    '     收入合计          120.00         支出合计          120.00         100.00           20.00',
  ]);
  const b04 = doc.tables.find((t) => t.kind === 'B04')!;
  expect(b04.layout).toBeNull();
  expect(doc.problems.filter((p) => p.table === b04.id).map((p) => p.code)).toContain('unparsed_lines');
  expect(cellsOf(b04).every((c) => c.placement === 'inferred')).toBe(true);
});

test('table numbers and page numbers printed between the tables never become rows', () => {
  const doc = parse([
    '                   支出预算总表',
    '部门名称：某单位                                                    单位：万元',
    '          合计          基本支出        项目支出      单位预留机动经费    结转下年资金',
    '          100.00         60.00          40.00',
    '',
    '                          9',
    '公开 04 表',
    '                   财政拨款收支预算总表',
    '部门名称：某单位                                                    单位：万元',
    '          收入                                    支出',
    '                                                支出用途',
    '  项目名称          金额                  项目名称          金额',
    '一、一般公共预算       100.00          一、基本支出          60.00',
    '二、政府性基金预算                     二、项目支出          40.00',
    '     收入合计          100.00               支出合计          100.00',
    '表五',
  ]);
  const b03 = doc.tables.find((t) => t.kind === 'B03')!;
  expect([b03.layout, b03.rows.length, b03.rows[0]!.cells.map((c) => c.text)]).toEqual(
    ['B03.A', 1, ['100.00', '60.00', '40.00', '', '']]);
  const b04 = doc.tables.find((t) => t.kind === 'B04')!;
  expect([b04.layout, b04.rows.map((r) => r.label)]).toEqual(
    ['B04.A', ['一、一般公共预算', '二、政府性基金预算', '收入合计', '一、基本支出', '二、项目支出', '支出合计']]);
  expect(doc.problems.filter((p) => p.table === b03.id || p.table === b04.id)).toEqual([]);
});

test('a 支出 total wrapped over two lines (“支出合⏎计”) stays one row of the last pane', () => {
  const doc = parse([
    '                              收支预算总表',
    '部门：某单位                                                                  单位：万元',
    '          收入                                 支出',
    '                                    功能分类                      支出用途',
    '  项目名称       金额            功能科目名称         金额       项目名称        金额',
    '一、财政拨款       100.00    一、一般公共服务支出       100.00    一、基本支出      100.00',
    '                             二、其他支出',
    '  当年收入小计     100.00           当年支出小计                               100.00',
    '  收入合计         100.00           支出合                                    100.00',
    '                                   计',
  ]);
  const b01 = doc.tables.find((t) => t.kind === 'B01')!;
  expect(b01.layout).toBe('B01.A');
  expect(b01.rows.filter((r) => r.pane === 2).map((r) => [r.label, r.cells[3]!.text])).toEqual(
    [['一、基本支出', '100.00'], ['当年支出小计', '100.00'], ['支出合计', '100.00']]);
  expect(b01.rows.filter((r) => r.pane === 1).map((r) => r.label)).toEqual(['一、一般公共服务支出', '二、其他支出']);
});
