// Real tables for engine tests. The 赣州 2023 tables (seed 001) are tab-separated, so they are read straight
// from the fixture; the 普陀财政局 2024 T03 is pdftotext layout and typed here (a test checks every number
// is in the fixture).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Table } from '../../../src/engine/table.ts';
import { table } from './helpers.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const SEED_001 = 'seeds/001_c1aab3eb9d979e5d.txt';
export const PUTUO = 'corpus/putuo_caizhengju_2024.txt';

export function fixtureText(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

const AMOUNT_RE = /^-?[\d,]+(?:\.\d+)?$/;

/**
 * The coded block that follows the `类⇥款⇥项⇥1⇥2…` header line after `title`, as code/label/amount rows.
 * Handles the two shapes of seed 001: code+name in one cell (T03) and code, blank, name (T05), and the
 * 合计 row whose values sit on the line below the 栏次 line (T03) or one cell right (T05).
 */
function seedBlock(title: string, cols: number, id: string, kind: Table['kind']): Table {
  const lines = fixtureText(SEED_001).split('\n');
  let i = lines.findIndex((l) => l.trim() === title);
  while (!lines[i]!.startsWith('类\t款\t项')) i++;
  const rows: string[][] = [];
  for (i++; lines[i]!.trim() !== ''; i++) {
    const cells = lines[i]!.split('\t').map((c) => c.trim());
    if (cells.includes('栏次')) continue;
    let code = /^\d{3,7}$/.test(cells[0]!) ? cells[0]! : '';
    const li = cells.findIndex((c, k) => k > 0 && c !== '' && !AMOUNT_RE.test(c));
    let label = '合计';
    let from = 3;
    if (li >= 0) {
      const merged = /^(\d{3,7})\s+(.+)$/.exec(cells[li]!);
      code ||= merged?.[1] ?? '';
      label = merged?.[2] ?? cells[li]!;
      from = li + 1;
    }
    rows.push([code, label, ...Array.from({ length: cols }, (_, k) => cells[from + k] ?? '')]);
  }
  const header = ['code', 'label', ...Array.from({ length: cols }, (_, k) => String(k + 1))];
  return table(header, rows, { id, kind });
}

/** 赣州市医疗保障局 2023 公开03表 支出决算表 (6 amount columns). */
export function seedT03(): Table {
  return seedBlock('支出决算表', 6, 'T03', 'T03');
}

/** 赣州市医疗保障局 2023 公开05表 一般公共预算财政拨款支出决算表 (3 amount columns). */
export function seedT05(): Table {
  return seedBlock('一般公共预算财政拨款支出决算表', 3, 'T05', 'T05');
}

/** 上海市普陀区财政局 2024 三、支出决算表 (6 amount columns; 4–6 are blank throughout). */
export const PUTUO_T03_ROWS: readonly (readonly string[])[] = [
  ['', '合计', '2,940.05', '2,336.91', '603.14'],
  ['201', '一般公共服务支出', '2,106.66', '1,503.52', '603.14'],
  ['20106', '财政事务', '2,106.66', '1,503.52', '603.14'],
  ['2010601', '行政运行', '1,511.89', '1,503.52', '8.37'],
  ['2010602', '一般行政管理事务', '10.00', '', '10.00'],
  ['2010607', '信息化建设', '135.25', '', '135.25'],
  ['2010608', '财政委托业务支出', '449.52', '', '449.52'],
  ['208', '社会保障和就业支出', '326.72', '326.72', ''],
  ['20805', '行政事业单位养老支出', '326.72', '326.72', ''],
  ['2080501', '行政单位离退休', '84.65', '84.65', ''],
  ['2080505', '机关事业单位基本养老保险缴费支出', '160.75', '160.75', ''],
  ['2080506', '机关事业单位职业年金缴费支出', '80.38', '80.38', ''],
  ['2080599', '其他行政事业单位养老支出', '0.94', '0.94', ''],
  ['210', '卫生健康支出', '60.99', '60.99', ''],
  ['21011', '行政事业单位医疗', '60.99', '60.99', ''],
  ['2101101', '行政单位医疗', '60.99', '60.99', ''],
  ['221', '住房保障支出', '445.69', '445.69', ''],
  ['22102', '住房改革支出', '445.69', '445.69', ''],
  ['2210201', '住房公积金', '187.19', '187.19', ''],
  ['2210203', '购房补贴', '258.50', '258.50', ''],
];

export function putuoT03(): Table {
  return table(['code', 'label', '1', '2', '3', '4', '5', '6'], PUTUO_T03_ROWS, { id: 'T03', kind: 'T03' });
}

/**
 * 赣州市医疗保障局 2023 公开06表 基本支出决算表: three side-by-side panes of 经济分类 | 科目名称 | 金额,
 * one Row per pane entry (Row.pane), amount columns p0:1, p1:2, p2:3; footers flagged 'total'.
 */
export function seedT06(): Table {
  const lines = fixtureText(SEED_001).split('\n');
  let i = lines.findIndex((l) => l.startsWith('经济分类\t科目名称\t金额'));
  const rows: { cells: string[]; pane: number; flags?: ('total')[] }[] = [];
  for (i++; lines[i]!.trim() !== ''; i++) {
    const cells = lines[i]!.split('\t').map((c) => c.trim());
    for (let pane = 0; pane < 3; pane++) {
      const [code = '', label = '', amount = ''] = cells.slice(pane * 3, pane * 3 + 3);
      if (code === '' && label === '') continue;
      const amounts = ['', '', ''];
      // footers print their amount under the pane's 金额 column, wherever the label sits
      const footer = code.endsWith('合计');
      const at = footer ? cells.findIndex((c, k) => k > pane * 3 && AMOUNT_RE.test(c)) : -1;
      amounts[footer ? Math.floor(at / 3) : pane] = footer ? cells[at]! : amount;
      const footerPane = footer ? Math.floor(at / 3) : pane;
      rows.push({
        cells: footer ? ['', code, ...amounts] : [code, label, ...amounts],
        pane: footerPane,
        ...(footer ? { flags: ['total' as const] } : {}),
      });
    }
  }
  return table(['code', 'label', 'p0:1', 'p1:2', 'p2:3'], rows, { id: 'T06', kind: 'T06' });
}
