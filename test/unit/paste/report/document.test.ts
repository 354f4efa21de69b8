// Whole-report behaviour: splitting around the 目录 and the narrative, document meta, bad input, progress and
// cancellation.
import { expect, test } from 'vitest';
import { parseReportText } from '../../../../src/paste/report/index.ts';
import { T, only, parseDoc } from './helpers.ts';

const T10 = ['国有资产占用情况表', '公开 10 表', '部门：赣州市医疗保障局', '单位：台、辆、套',
  `项 目${T}栏次${T}决算数`, `一、车辆数合计(台、辆)${T}1${T}1`, `8. 其他用车${T}9${T}1`];

test('目录 entries name tables but start none; the printed table after them does', () => {
  const doc = parseDoc(['赣州市医疗保障局 2023 年度部门决算', '目 录', '第二部分 2023 年度部门决算表',
    '- 一、收入支出决算总表', '- 十、国有资产占用情况表', '', '第三部分 2023 年度部门决算情况说明', '', ...T10]);
  expect(doc.tables.map((t) => [t.kind, t.sourceLines])).toEqual([['T10', [9, 15]]]);
  expect(doc.narrative.text).toContain('- 十、国有资产占用情况表');
});

test('the 说明 after a table is narrative, with each line mapped back to its source line', () => {
  const doc = parseDoc([...T10, '', '注：1. 本表反映截止 2023 年 12 月 31 日，部门(单位)占用的国有资产情况。', '',
    '第三部分 2023 年度部门决算情况说明', '一、收入决算情况说明']);
  const t = only(doc, 'T10');
  expect(t.notes).toEqual(['注：1. 本表反映截止 2023 年 12 月 31 日，部门(单位)占用的国有资产情况。']);
  const lines = doc.narrative.text.split('\n');
  expect(doc.narrative.lineMap).toHaveLength(lines.length);
  expect(lines[doc.narrative.lineMap.indexOf(12)]).toBe('一、收入决算情况说明');
});

test('document heading gives department and year; the money unit comes from the tables', () => {
  const doc = parseDoc(['赣州市医疗保障局 2023 年度部门决算', '', '收入决算表', '公开 02 表', '金额单位：万元',
    `类${T}款${T}项${T}1${T}2${T}3${T}4${T}5${T}6${T}7`, `${T}${T}合计${T}0.54${T}0.54${T}${T}${T}${T}${T}`]);
  expect([doc.department, doc.year, doc.unit]).toEqual(['赣州市医疗保障局', 2023, '万元']);
});

test('tables in 万元 and in 元 in one report give a mixed_units problem', () => {
  const doc = parseDoc(['收入决算表', '金额单位：万元', '栏次 1 2 3 4 5 6 7', '合计 1.00 1.00',
    '支出决算表', '金额单位：元', '栏次 1 2 3 4 5 6', '合计 10000.00 10000.00']);
  expect(doc.tables.map((t) => t.unit)).toEqual(['万元', '元']);
  expect(doc.problems).toContainEqual(expect.objectContaining({ code: 'mixed_units' }));
});

test('a tab table under a title the recogniser does not know stays usable as unknown', () => {
  const doc = parseDoc(['下属单位名单表', '', `序号${T}单位名称${T}预算级次`, `1${T}赣州市医疗保障局${T}二级`,
    `2${T}赣州市医疗保障基金管理中心${T}二级`]);
  const t = only(doc, 'unknown');
  expect(t.title).toBe('下属单位名单表');
  expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['1', '赣州市医疗保障局', '二级'], ['2', '赣州市医疗保障基金管理中心', '二级']]);
  expect(doc.problems).toContainEqual(expect.objectContaining({ code: 'unknown_table_kind', line: 1 }));
});

test('empty or blank input is an empty_input failure', () => {
  expect(parseReportText('')).toEqual({ ok: false, reason: { code: 'empty_input', severity: 'error' } });
  expect(parseReportText(' \n\t\n')).toMatchObject({ ok: false, reason: { code: 'empty_input' } });
});

test('text with no table is all narrative', () => {
  const r = parseReportText('一、收入决算情况说明\n本部门 2021 年度收入总计 428.59万元。');
  expect(r.ok && r.value.tables).toEqual([]);
  expect(r.ok && r.value.narrative.lineMap).toEqual([1, 2]);
});

const big = () => Array.from({ length: 4000 }, (_, i) => (i % 40 === 0 ? T10.join('\n') : `第 ${i} 段说明文字。`)).join('\n');

test('progress is reported in characters, never going back, ending at the total', () => {
  const text = big();
  const calls: [number, number][] = [];
  const r = parseReportText(text, { onProgress: (done, total) => calls.push([done, total]) });
  expect(r.ok).toBe(true);
  expect(calls.length).toBeGreaterThan(2);
  expect(calls.every(([d, t], i) => t === text.length && d <= t && (i === 0 || d >= calls[i - 1]![0]))).toBe(true);
  expect(calls[calls.length - 1]).toEqual([text.length, text.length]);
  expect(r.ok && r.value.tables.filter((t) => t.kind === 'T10')).toHaveLength(100);
});

test('an aborted signal cancels, before the start or while parsing', () => {
  const early = new AbortController();
  early.abort();
  expect(parseReportText(big(), { signal: early.signal })).toMatchObject({ ok: false, reason: { code: 'cancelled' } });
  const late = new AbortController();
  const r = parseReportText(big(), { signal: late.signal, onProgress: () => late.abort() });
  expect(r).toMatchObject({ ok: false, reason: { code: 'cancelled' } });
});

test('binary-looking junk and one enormous line do not crash and stay in the narrative', () => {
  const junk = '\u0000\u0001PK\u0003\u0004' + 'x'.repeat(200_000) + '\n\uFFFD\uFFFD';
  const r = parseReportText(junk);
  expect(r.ok && r.value.tables).toEqual([]);
  expect(r.ok && r.value.narrative.lineMap).toEqual([1, 2]);
});
