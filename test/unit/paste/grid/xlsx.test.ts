import ExcelJS from 'exceljs';
import { describe, expect, it, test } from 'vitest';
import { formatNumber, readXlsx } from '../../../../src/paste/grid/xlsx.ts';
import { parseInput } from '../../../../src/paste/index.ts';
import { cellAt } from './fixtures.ts';

async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('公开05表');
  ws.addRow(['一般公共预算财政拨款支出决算表']);
  ws.addRow(['单位：万元']);
  ws.addRow(['项目', null, '本年支出', null, null]);
  ws.addRow(['科目编码', '科目名称', '小计', '基本支出', '项目支出']);
  ws.addRow([null, null, 1, 2, 3]);
  ws.addRow(['2101501', '行政运行', { formula: 'D6+E6', result: 2426.1 }, 2417.01, 9.09]);
  ws.addRow(['2101550', '事业运行', 5575.94, 5570.83, 5.11]);
  ws.mergeCells('C3:E3');
  for (const r of [6, 7]) for (const c of ['C', 'D', 'E']) ws.getCell(`${c}${r}`).numFmt = '#,##0.00';
  wb.addWorksheet('空白');
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

describe('formatNumber shows numbers the way the cell format prints them', () => {
  it.each([
    [2426.1, '#,##0.00', '2,426.10'],
    [5, '0.00', '5.00'],
    [0.9696, '0.00%', '96.96%'],
    [1234.5, 'General', '1234.5'],
    [-12.5, '#,##0.00;[Red]-#,##0.00', '-12.50'],
  ])('%s with %s → %s', (n, fmt, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });
});

describe('readXlsx', () => {
  test('a workbook written with exceljs reads back as grids, one per sheet', async () => {
    const r = await readXlsx(await workbookBytes());
    if (!r.ok) throw new Error(r.reason.code);
    expect(r.value.map((s) => s.name)).toEqual(['公开05表', '空白']);
    const rows = r.value[0]!.rows;
    expect(rows[2]).toEqual(['项目', '', '本年支出', '', '']); // merged C3:E3 → text then blanks
    expect(rows[5]).toEqual(['2101501', '行政运行', '2,426.10', '2,417.01', '9.09']); // formula → its result
  });

  test('bytes that are not a workbook are xlsx_unreadable', async () => {
    const r = await readXlsx(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(r.ok ? null : r.reason.code).toBe('xlsx_unreadable');
  });

  test('parseInput turns an .xlsx file into a recognised table with printed decimals', async () => {
    const r = await parseInput({ bytes: await workbookBytes(), fileName: 'report.xlsx' });
    if (!r.ok) throw new Error(r.reason.code);
    const t = r.value.tables[0]!;
    expect([t.kind, t.title, t.unit, t.rows.length]).toEqual(['T05', '一般公共预算财政拨款支出决算表', '万元', 2]);
    expect(cellAt(t, '2101501', 1)).toBe('2,426.10');
    expect(cellAt(t, '2101550', 3)).toBe('5.11');
  });
});
