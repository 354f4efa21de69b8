// 武汉市江岸区医保局 2020 (spaces, padded numbers, printed 行/栏 formulas): every table, typed from the document.
// Collapsed rows placed by the document's identities: T04 r55 其他支出 10.20 is 基金 (c4), since 一般公共预算 c3 of
// r59 1,809.26 = 8.31 + 1,778.56 + 22.39 already; T07 合计 10.20 项目支出 (T03 229 is all 项目支出).
import { expect, test } from 'vitest';
import { goldenTables, loadSeed, type TableExpectation } from './helpers.ts';

const TABLES: TableExpectation[] = [
  {
    kind: 'T01', layout: 'T01.B', at: 56, title: '2020年度收入支出决算总表（表1）', colNos: [1, 2], rows: 60,
    cells: [
      ['r0:1', 1, '1,809.26'], ['r0:2', 1, '10.20'], ['r0:27', 1, '1,819.46'], ['r0:30', 1, '1,819.46'],
      ['r1:38', 2, '8.31'], ['r1:39', 2, '1,778.56'], ['r1:49', 2, '22.39'], ['r1:53', 2, '10.20'],
      ['r1:57', 2, '1,819.46'], ['r1:60', 2, '1,819.46'],
    ],
    notes: ['27行=（1+2+3+4+5+6+7+8）行；30行=（27+28+29）行；', '57行=（31+32+…+56）行；60行=（57+58+59）行。'],
  },
  {
    kind: 'T02', at: 132, colNos: [1, 2, 3, 4, 5, 6, 7], rows: 21,
    cells: [['label:合计', 2, '1,819.46'], ['code:2296013', 2, '10.20'], ['code:2210202', 1, '2.92']],
    notes: ['1栏各行=（2+3+4+5+6+7）栏各行'],
  },
  {
    kind: 'T03', at: 201, colNos: [1, 2, 3, 4, 5, 6], rows: 21,
    cells: [
      ['label:合计', 2, '160.06'], ['label:合计', 3, '1,659.40'], ['code:2101301', 2, ''], ['code:2101301', 3, '1,574.92'],
      ['code:2101501', 2, '117.18'], ['code:2101502', 3, '74.28'], ['code:2296013', 3, '10.20'], ['code:208', 2, '8.31'],
    ],
  },
  {
    kind: 'T04', layout: 'T04.B', at: 264, colNos: [1, 2, 3, 4, 5], rows: 64,
    cells: [
      ['r0:1', 1, '1,809.26'], ['r0:2', 1, '10.20'], ['r0:27', 1, '1,819.46'], ['r0:32', 1, '1,819.46'],
      ['r1:40', 3, '8.31'], ['r1:55', 2, '10.20'], ['r1:55', 3, ''], ['r1:55', 4, '10.20'],
      ['r1:59', 3, '1,809.26'], ['r1:59', 4, '10.20'], ['r1:64', 2, '1,819.46'],
    ],
    notes: ['59行=（33+34+…+58）行；64行=（59+60）行'],
  },
  {
    kind: 'T05', at: 355, colNos: [1, 2, 3], rows: 18,
    cells: [
      ['label:合计', 1, '1,809.26'], ['label:合计', 2, '160.06'], ['label:合计', 3, '1,649.20'],
      ['code:2101301', 3, '1,574.92'], ['code:2101103', 2, '8.14'],
    ],
  },
  {
    kind: 'T06', layout: 'T06.P3', at: 409, colNos: [1], rows: 82,
    cells: [
      ['code:301', 1, '150.37'], ['code:303', 1, '-'], ['code:30227', 1, '0.26'], ['code:30239', 1, '4.84'],
      ['code:30299', 1, '0.61'], ['label:人员经费合计', 1, '150.37'], ['label:公用经费合计', 1, '9.69'],
    ],
  },
  // 3 numbers under 12 栏次: 0.5 may be 因公出国 or 公务接待 — kept, flagged, never guessed silently (§6 item 8)
  { kind: 'T09', layout: 'T09.W', at: 488, colNos: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], rows: 1 },
  {
    kind: 'T07', at: 532, colNos: [1, 2, 3, 4, 5, 6], rows: 4,
    cells: [
      ['label:合计', 1, ''], ['label:合计', 2, '10.20'], ['label:合计', 3, '10.20'], ['label:合计', 4, ''],
      ['label:合计', 5, '10.20'], ['code:2296013', 5, '10.20'],
    ],
  },
  { kind: 'T08', layout: 'T08.EXP', at: 562, colNos: [1, 2, 3], rows: 1, notes: ['本单位无国有资本经营预算财政拨款支出'] },
  { kind: 'P_DEPT', at: 841, to: 1013 },
  { kind: 'P_PROJECT', at: 1087, to: 1217 },
  { kind: 'P_PROJECT', at: 1218, to: 1355 },
];

goldenTables('002_46e3d4cd55e5664f.txt', TABLES, test, expect);

test('002 三公 wide row keeps its values and is flagged column_ambiguous with its line', () => {
  const doc = loadSeed('002_46e3d4cd55e5664f.txt');
  const t09 = doc.tables.find((t) => t.kind === 'T09')!;
  expect(t09.rows[0]!.flags).toContain('column_ambiguous');
  expect(t09.rows[0]!.cells.map((c) => c.text).filter((x) => x !== '')).toEqual(['0.5', '0.5', '0']);
  expect(doc.problems).toContainEqual(expect.objectContaining({ code: 'column_ambiguous', line: 524, table: t09.id }));
});
