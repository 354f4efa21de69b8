// The paste shapes of domain §6, each from a verbatim snippet of the seed documents.
import { expect, test } from 'vitest';
import { T, only, parseDoc, row, texts } from './helpers.ts';

const UNIT = '金额单位：万元';

test('§6.1 a tab row keeps its empty cells; the same row with spaces loses them but lands in the same 栏', () => {
  const tabs = only(parseDoc(['一般公共预算财政拨款支出决算表', UNIT, `类${T}款${T}项${T}1${T}2${T}3${T}`,
    `2101501${T}${T}行政运行${T}2,426.10${T}2,417.01${T}9.09${T}`]), 'T05');
  expect(texts(tabs, row(tabs, { code: '2101501' }))).toEqual(['2,426.10', '2,417.01', '9.09']);
  const spaces = only(parseDoc(['一般公共预算财政拨款支出决算表', UNIT, '栏次 1 2 3',
    '2101501   行政运行 879.40 839.40 40.00']), 'T05');
  const r = row(spaces, { code: '2101501' });
  expect(r.label).toBe('行政运行');
  expect(texts(spaces, r)).toEqual(['879.40', '839.40', '40.00']);
});

test('§6.3 a T06 name wrapped over lines and its amount opening the next line stay with their code', () => {
  const t = only(parseDoc(['一般公共预算财政拨款基本支出决算表', UNIT,
    '301 工资福利支出 2,020.50 302 商品和服务支出 323.16 307', '债务利息及费用支', '', '出',
    '30108', '  机关事业单位基', '', '本养老保险缴费', '108.88 30206   电费 21.82 31001   房屋建筑物购建']), 'T06');
  expect(row(t, { code: '30108' }).label).toBe('机关事业单位基本养老保险缴费');
  expect(texts(t, row(t, { code: '30108' }))).toEqual(['108.88']);
  expect(texts(t, row(t, { code: '30206' }))).toEqual(['21.82']);
  expect(texts(t, row(t, { code: '31001' }))).toEqual(['']);
  expect(row(t, { code: '307' }).label).toBe('债务利息及费用支出');
  expect(t.layout).toBe('T06.P3');
  expect([row(t, { code: '301' }).pane, row(t, { code: '302' }).pane, row(t, { code: '31001' }).pane]).toEqual([0, 1, 2]);
});

test('§6.4 a code merged with its name, in a space row and inside one tab cell, is split', () => {
  const spaces = only(parseDoc(['收入决算表', UNIT, '栏次 1 2 3 4 5 6 7',
    '合计 46.00 46.00', '2080505   机关事业单位基本养老保险缴费支出 46.00 46.00']), 'T02');
  expect(row(spaces, { code: '2080505' }).label).toBe('机关事业单位基本养老保险缴费支出');
  const tabs = only(parseDoc(['支出决算表', UNIT, `类${T}款${T}项${T}1${T}2${T}3${T}4${T}5${T}6`,
    `${T}${T}201 一般公共服务支出${T}0.54${T}${T}0.54${T}${T}${T}`]), 'T03');
  const r = row(tabs, { code: '201' });
  expect(r.label).toBe('一般公共服务支出');
  expect(texts(tabs, r)).toEqual(['0.54', '', '0.54', '', '', '']);
});

test('§6.5 a code split over 类/款/项 cells is joined', () => {
  const t = only(parseDoc(['收入决算表', UNIT, `类${T}款${T}项${T}1${T}2${T}3${T}4${T}5${T}6${T}7`,
    `208${T}05${T}05${T}机关事业单位基本养老保险缴费${T}876.73${T}876.73${T}${T}${T}${T}${T}`]), 'T02');
  expect(row(t, { code: '2080505' }).label).toBe('机关事业单位基本养老保险缴费');
});

test('§6.6 栏次 rows are column numbers; a bare 行次 on an empty income row is kept as that row', () => {
  const t = only(parseDoc(['收入支出决算总表', UNIT, '栏    次 1 栏    次 2',
    '9 九、卫生健康支出 40 11,877.97', '本年收入合计 27 16,713.19 本年支出合计 58 11,927.97']), 'T01');
  const r9 = row(t, { lineNo: 9, pane: 0 });
  expect(r9.label).toBe('');
  expect(texts(t, r9)).toEqual(['', '']);
  expect(texts(t, row(t, { lineNo: 40, pane: 1 }))).toEqual(['', '11,877.97']);
  expect(texts(t, row(t, { lineNo: 27, pane: 0 }))).toEqual(['16,713.19', '']);
  expect(texts(t, row(t, { label: '本年支出合计' }))).toEqual(['', '11,927.97']);
  expect(t.rows.some((r) => /栏/.test(r.label))).toBe(false);
});

test('§6.6 a T04 income row without its label is still 行次 27 of the income pane', () => {
  const t = only(parseDoc(['财政拨款收入支出决算总表', UNIT, `栏 次${T}${T}1${T}栏 次${T}${T}2${T}3${T}4${T}5`,
    `${T}27${T}14,002.76${T}本年支出合计${T}59${T}14,000.26${T}14,000.26${T}${T}`]), 'T04');
  const income = row(t, { lineNo: 27, pane: 0 });
  expect(income.label).toBe('');
  expect(texts(t, income)).toEqual(['14,002.76', '', '', '', '']);
  expect(texts(t, row(t, { lineNo: 59, pane: 1 }))).toEqual(['', '14,000.26', '14,000.26', '', '']);
  expect(t.columns.filter((c) => c.role === 'amount').map((c) => c.pane)).toEqual([0, 1, 1, 1, 1]);
});

test('§6.7 T06 footers sharing one line become two rows', () => {
  const t = only(parseDoc(['一般公共预算财政拨款基本支出决算表', UNIT,
    '301 工资福利支出     150.37 302 商品和服务支出       9.69 307 债务利息及费用支出',
    '人员经费合计     150.37 公用经费合计      9.69 ']), 'T06');
  expect(texts(t, row(t, { label: '人员经费合计' }))).toEqual(['150.37']);
  expect(texts(t, row(t, { label: '公用经费合计' }))).toEqual(['9.69']);
  expect(row(t, { label: '公用经费合计' }).pane).toBe(1);
});

test('§6.7 the three-pane tab T06 row unfolds into one row per pane', () => {
  const t = only(parseDoc(['一般公共预算财政拨款基本支出决算表', UNIT,
    `30107${T}绩效工资${T}1,001.57${T}30205${T}水费${T}6.46${T}310${T}资本性支出${T}184.00`]), 'T06');
  expect(t.rows.map((r) => [r.code, r.pane, r.cells[2]!.text])).toEqual([
    ['30107', 0, '1,001.57'], ['30205', 1, '6.46'], ['310', 2, '184.00']]);
});

test('§6.8 a lone T03 value is placed by its parent’s column sums (事业单位医疗 56.00 is 基本支出)', () => {
  const t = only(parseDoc(['支出决算表', UNIT, '栏次 1 2 3 4 5 6',
    '合计 7,179.15 102.10 7,077.05', '21011 行政事业单位医疗 7,179.15 102.10 7,077.05',
    '2101101   行政单位医疗 6,945.52 46.10 6,899.42', '2101102   事业单位医疗 56.00 56.00',
    '2101199   其他行政事业单位医疗支出 177.63 177.63']), 'T03');
  expect(texts(t, row(t, { code: '2101102' }))).toEqual(['56.00', '56.00', '', '', '', '']);
  expect(texts(t, row(t, { code: '2101199' }))).toEqual(['177.63', '', '177.63', '', '', '']);
  expect(t.rows.some((r) => r.flags?.includes('column_ambiguous'))).toBe(false);
});

test('§6.8 when nothing decides the column the row is kept, flagged and reported with its line', () => {
  const doc = parseDoc(['支出决算表', UNIT, '栏次 1 2 3 4 5 6', '2101102   事业单位医疗 56.00 56.00']);
  const t = only(doc, 'T03');
  expect(row(t, { code: '2101102' }).flags).toContain('column_ambiguous');
  expect(doc.problems).toContainEqual(expect.objectContaining({ code: 'column_ambiguous', line: 4, table: t.id }));
});

test('§6.8 T04 “23 二十三、其他支出 55 10.20 10.20” is 基金 when 一般公共预算 is already used up', () => {
  const t = only(parseDoc(['财政拨款收入支出决算总表', '单位：万元', '栏    次  1 栏    次 2 3 4 5',
    '一、一般公共预算财政拨款 1    1,809.26 一、一般公共服务支出 33',
    '二、政府性基金预算财政拨款 2       10.20 二、外交支出 34',
    '9 九、卫生健康支出 41   1,809.26   1,809.26 ',
    '23 二十三、其他支出 55      10.20     10.20 ',
    '本年收入合计 27    1,819.46 本年支出合计 59   1,819.46   1,809.26     10.20 ']), 'T04');
  expect(texts(t, row(t, { lineNo: 55 }))).toEqual(['', '10.20', '', '10.20', '']);
  expect(texts(t, row(t, { lineNo: 41 }))).toEqual(['', '1,809.26', '1,809.26', '', '']);
});

test('§6.8 三公 row form: （1）公务用车购置费 4 21.60 is 决算 because 年初预算 r3 5.20 = r4 + r5 5.20', () => {
  const t = only(parseDoc(['一般公共预算财政拨款“三公”经费支出决算表', UNIT, '项目 栏次 年初预算数 决算数', '行次 1 2',
    '一、“三公”经费支出 1 21.60 32.38', '  1.因公出国（境）费 2 10.00', '  2.公务用车购置及运行维护费 3 5.20 28.38',
    '    （1）公务用车购置费 4 21.60', '    （2）公务用车运行维护费 5 5.20 6.78', '  3.公务接待费 6 6.40 4.00',
    '    （1）国内接待费 7 - 4.00', '         其中：外事接待费 8 -']), 'T09');
  expect(t.layout).toBe('T09.R2');
  expect(texts(t, row(t, { lineNo: 4 }))).toEqual(['', '21.60']);
  expect(texts(t, row(t, { lineNo: 2 }))).toEqual(['10.00', '']);
  expect(texts(t, row(t, { lineNo: 7 }))).toEqual(['-', '4.00']);
  expect(texts(t, row(t, { lineNo: 8 }))).toEqual(['-', '']);
});

test('§6.8 三 numbers under 12 栏次 (三公 wide form) are kept and flagged, not guessed', () => {
  const doc = parseDoc(['2020年度一般公共预算财政拨款“三公”经费支出决算表（表7）', '部门：江岸区医疗保障局 单位：万元',
    '预算数 决算数', '1 2 3 4 5 6 7 8 9 10 11 12', '', '0.5 0.5 0']);
  const t = only(doc, 'T09');
  expect(t.layout).toBe('T09.W');
  expect(t.columns.filter((c) => c.role === 'amount')).toHaveLength(12);
  expect(t.rows[0]!.flags).toContain('column_ambiguous');
  expect(doc.problems).toContainEqual(expect.objectContaining({ code: 'column_ambiguous', line: 6 }));
});

test('§6.9 a label in the 栏次 row takes the values printed on the next line', () => {
  const t = only(parseDoc(['支出决算表', UNIT, `类${T}款${T}项${T}1${T}2${T}3${T}4${T}5${T}6`,
    `${T}${T}栏次${T}${T}合计${T}${T}${T}${T}`, `${T}${T}${T}14,695.49${T}11,698.98${T}2,996.51${T}${T}${T}`]), 'T03');
  expect(t.rows).toHaveLength(1);
  expect(t.rows[0]!.label).toBe('合计');
  expect(texts(t, t.rows[0]!)).toEqual(['14,695.49', '11,698.98', '2,996.51', '', '', '']);
});

test('§6.9 合计 one cell right of the data rows still fills 栏 1..3', () => {
  const t = only(parseDoc(['一般公共预算财政拨款支出决算表', UNIT, `类${T}款${T}项${T}1${T}2${T}3${T}`,
    `${T}${T}${T}合计${T}14,000.26${T}11,698.97${T}2,301.28`, `20113${T}${T}商贸事务${T}0.54${T}${T}0.54${T}`]), 'T05');
  expect(texts(t, row(t, { label: '合计' }))).toEqual(['14,000.26', '11,698.97', '2,301.28']);
  expect(texts(t, row(t, { code: '20113' }))).toEqual(['0.54', '', '0.54']);
});

test('§6.12 “---” n/a budget cells and “-” zero cells keep their text', () => {
  const r3 = only(parseDoc(['财政拨款“三公”经费支出决算表', UNIT, `项目${T}栏次${T}年初预算数${T}全年预算数${T}决算数`,
    `行次${T}${T}1${T}2${T}3`, `（1）国内接待费${T}7${T}---${T}---${T}76.81`]), 'T09');
  expect(r3.layout).toBe('T09.R3');
  expect(texts(r3, row(r3, { lineNo: 7 }))).toEqual(['---', '---', '76.81']);
  const t06 = only(parseDoc(['一般公共预算财政拨款基本支出决算表', UNIT, '303 对个人和家庭的补助        -   30215   会议费']), 'T06');
  expect(texts(t06, row(t06, { code: '303' }))).toEqual(['-']);
  expect(t06.rows[0]!.cells[2]!.value.kind).toBe('placeholder');
  expect(texts(t06, row(t06, { code: '30215' }))).toEqual(['']);
});

test('printed formulas and empty-table statements under a table are kept in its notes', () => {
  const doc = parseDoc(['2020年度国有资本经营预算财政拨款支出决算表（表9）', '部门：江岸区医疗保障局 单位：万元', '栏次 1 2 3',
    '合计 本单位无国有资本经营预算财政拨款支出', '注：本表反映部门本年度国有资本经营预算财政拨款支出情况。', '1栏各行=（2+3）栏各行。']);
  const t = only(doc, 'T08');
  expect(t.rows.map((r) => r.label)).toEqual(['合计']);
  expect(t.notes).toEqual(['本单位无国有资本经营预算财政拨款支出', '注：本表反映部门本年度国有资本经营预算财政拨款支出情况。', '1栏各行=（2+3）栏各行。']);
  expect([t.unit, t.year, t.department]).toEqual(['万元', 2020, '江岸区医疗保障局']);
});
