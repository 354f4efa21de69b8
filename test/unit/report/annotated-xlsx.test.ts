// The annotated workbook, opened back with exceljs: one sheet per table with the original texts and amounts as
// numbers, flagged cells filled by severity and commented with their findings, the findings sheet, the 说明
// sheet, and no formula anywhere even when the document's texts start with =, +, - or @.
import { ruleName } from '../../../src/ui/messages/rule-name.ts';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { findingKey, SEVERITY_ORDER, type Finding, type ParsedDocument, type Severity } from '../../../src/engine/index.ts';
import { makeCell } from '../../../src/engine/table.ts';
import { buildAnnotatedWorkbook } from '../../../src/report/annotated-xlsx.ts';
import { sheetNamer, SEVERITY_FILL } from '../../../src/report/xlsx-cells.ts';
import { TABLE_HEADER_ROWS } from '../../../src/report/xlsx-sheets.ts';
import { checked, pick, SEED_001, SYNTHETIC } from './helpers.ts';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const noteOf = (cell: ExcelJS.Cell) => {
  const n = cell.note as string | ExcelJS.Comment | undefined;
  return typeof n === 'string' ? n : (n?.texts ?? []).map((t) => t.text).join('');
};

/** Worksheet of a table: the workbook names table sheets by kind, in document order, after the findings sheet. */
function sheetOf(wb: ExcelJS.Workbook, doc: ParsedDocument, tableId: string): ExcelJS.Worksheet {
  const i = doc.tables.findIndex((t) => t.id === tableId);
  return wb.worksheets[i + 1]!;
}

/** The cell a table finding flags (a whole-row finding flags the row's label cell). */
function flaggedCell(wb: ExcelJS.Workbook, doc: ParsedDocument, f: Finding): ExcelJS.Cell {
  const loc = f.location!;
  const t = doc.tables.find((x) => x.id === loc.table)!;
  const col = loc.col >= 0 ? loc.col : t.columns.findIndex((c) => c.role === 'label');
  return sheetOf(wb, doc, loc.table).getCell(loc.row + 1 + TABLE_HEADER_ROWS, col + 1);
}

test('the workbook has the findings sheet, one sheet per table and the 说明 sheet', async () => {
  const { doc, findings } = await checked(SEED_001);
  const wb = await open(await buildAnnotatedWorkbook(doc, findings));
  const names = wb.worksheets.map((w) => w.name);
  expect(names[0]).toBe('核对结果');
  expect(names.at(-1)).toBe('说明');
  expect(names).toHaveLength(doc.tables.length + 2);
  // sheets are named as the tables are printed (Excel's 31-character limit, repeated names told apart)
  expect(names).toContain('公开01表 收入支出决算总表');
  expect(names).toContain('项目支出绩效自评表（2）');
  expect(names).toContain('未识别表格 1（第 77 行起）');
  expect(names.every((n) => !n.includes('@'))).toBe(true);
});

test('table sheets keep the original texts, amounts become numbers in their printed decimals', async () => {
  const { doc, findings } = await checked(SEED_001);
  const wb = await open(await buildAnnotatedWorkbook(doc, findings));
  const t05 = doc.tables.find((t) => t.kind === 'T05')!;
  const ws = sheetOf(wb, doc, t05.id);
  expect(ws.name).toBe('公开05表 一般公共预算财政拨款支出决算表');
  t05.rows.forEach((r, ri) => r.cells.forEach((c, ci) => {
    const cell = ws.getCell(ri + 1 + TABLE_HEADER_ROWS, ci + 1);
    if (c.value.kind === 'number' && t05.columns[ci]!.role === 'amount') {
      expect(cell.value).toBe(c.value.value.toNumber());
      expect(cell.numFmt).toBe(c.value.decimals === 2 ? '#,##0.00' : cell.numFmt);
    } else {
      expect(cell.value ?? '').toBe(c.text);
    }
  }));
  expect(ws.getCell(2, 1).value).toBe(t05.columns[0]!.header);
});

test('every flagged table cell is filled by its most severe finding and commented with each finding', async () => {
  const { doc, findings } = await checked(SEED_001);
  const wb = await open(await buildAnnotatedWorkbook(doc, findings));
  const located = findings.filter((f) => f.table !== 'N' && f.location && f.location.row >= 0);
  const seen = new Set<Severity>();
  for (const f of located) {
    const cell = flaggedCell(wb, doc, f);
    const same = located.filter((g) => flaggedCell(wb, doc, g).fullAddress.address === cell.fullAddress.address && g.location!.table === f.location!.table);
    const worst = same.map((g) => g.severity).sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])[0]!;
    expect(fillOf(cell), `${f.ruleId} at ${cell.fullAddress.sheetName}!${cell.address}`).toBe(SEVERITY_FILL[worst]);
    expect(noteOf(cell)).toContain(`【${ruleName(f, 'zh')}】`);
    expect(noteOf(cell)).not.toContain(f.ruleId);
    seen.add(worst);
  }
  expect([...seen].sort()).toEqual(['error', 'info', 'warning']);
});

test('unflagged cells carry no fill and no comment', async () => {
  const { doc, findings } = await checked(SEED_001);
  const wb = await open(await buildAnnotatedWorkbook(doc, findings));
  const t03 = doc.tables.find((t) => t.kind === 'T03')!;
  const flagged = new Set(findings.filter((f) => f.location?.table === t03.id).map((f) => flaggedCell(wb, doc, f).address));
  let plain = 0;
  sheetOf(wb, doc, t03.id).eachRow((row) => row.eachCell((cell) => {
    if (flagged.has(cell.address)) return;
    expect(fillOf(cell)).toBeUndefined();
    expect(cell.note).toBeUndefined();
    plain++;
  }));
  expect(plain).toBeGreaterThan(50);
});

test('a 核实说明 note reaches the comment, marked 已说明 on a warning', async () => {
  const { doc, findings } = await checked(SEED_001);
  const warning = pick(findings, (f) => f.severity === 'warning' && f.location !== null && f.table !== 'N', 'located warning');
  const wb = await open(await buildAnnotatedWorkbook(doc, findings, { [findingKey(warning)]: '系科目名称印刷错误' }));
  const comment = noteOf(flaggedCell(wb, doc, warning));
  expect(comment).toContain('核实说明（已说明）：系科目名称印刷错误');
  expect(comment).toContain('提示');
  // the rule by its name, never its id
  expect(comment).not.toContain(warning.ruleId);
  expect(comment).toMatch(/^提示【[^】]+】/);
});

test('the findings sheet lists every finding with its severity fill and a link to the flagged cell', async () => {
  const { doc, findings } = await checked(SEED_001);
  const wb = await open(await buildAnnotatedWorkbook(doc, findings));
  const ws = wb.getWorksheet('核对结果')!;
  expect(ws.rowCount).toBe(findings.length + 1);
  expect(ws.getCell(1, 7).value).toBe('级别');
  const bySeverity: Record<string, string> = { 错误: SEVERITY_FILL.error, 提示: SEVERITY_FILL.warning, 说明: SEVERITY_FILL.info };
  for (let r = 2; r <= ws.rowCount; r++) {
    const severity = ws.getCell(r, 7).value as string;
    expect(fillOf(ws.getCell(r, 7))).toBe(bySeverity[severity]);
  }
  const linked = ws.getColumn(1).values.filter((v) => typeof v === 'object' && v !== null && 'hyperlink' in v) as ExcelJS.CellHyperlinkValue[];
  expect(linked.length).toBeGreaterThan(10);
  expect(linked[0]!.hyperlink).toMatch(/^#'[^']+'![A-Z]+\d+$/);
  const negative = pick(findings, (f) => f.difference.startsWith('-'), 'negative difference');
  const diffs = ws.getColumn(11).values;
  expect(diffs).toContain(Number(negative.difference));
});

test('the 说明 sheet holds the narrative, its flagged sentences filled and commented', async () => {
  const { doc, findings } = await checked(SYNTHETIC);
  const wb = await open(await buildAnnotatedWorkbook(doc, findings));
  const ws = wb.getWorksheet('说明')!;
  // form feeds (pdftotext page breaks) cannot be stored in xlsx XML and are dropped
  const lines = doc.narrative.text.replace(/\f/g, '').split('\n');
  expect(ws.getCell(2, 2).value ?? '').toBe(lines[0]);
  expect(ws.getCell(lines.length + 1, 2).value ?? '').toBe(lines.at(-1));
  const f = pick(findings, (x) => x.table === 'N' && x.code === 'year_mismatch', 'year_mismatch');
  const line = doc.narrative.text.slice(0, f.span![0]).split('\n').length - 1;
  const cell = ws.getCell(line + 2, 2);
  expect(String(cell.value)).toContain('2023');
  expect(noteOf(cell)).toContain('【说明中的年度】');
  expect(fillOf(cell)).toBe(SEVERITY_FILL.error);
});

test('texts starting with =, +, - or @ are written as Text strings and no cell anywhere is a formula', async () => {
  const { doc, findings } = await checked(SEED_001);
  const hostile = ['=HYPERLINK("http://evil.example","点此")', '+1+1', "-2+3+cmd|' /C calc'!A0", '@SUM(A1:A9)'];
  const t05 = doc.tables.find((t) => t.kind === 'T05')!;
  const tampered: ParsedDocument = {
    ...doc,
    title: '=cmd|"/C calc"!A0',
    tables: doc.tables.map((t) => t !== t05 ? t : {
      ...t, rows: t.rows.map((r, i) => (i >= 1 && i <= hostile.length ? { ...r, cells: r.cells.map((c, ci) => (ci === 1 ? makeCell(hostile[i - 1]!) : c)) } : r)),
    }),
  };
  const wb = await open(await buildAnnotatedWorkbook(tampered, findings, { [findingKey(findings[0]!)]: '=1+1' }));
  const ws = sheetOf(wb, tampered, t05.id);
  hostile.forEach((h, i) => {
    const cell = ws.getCell(i + 2 + TABLE_HEADER_ROWS, 2);
    expect(cell.value).toBe(h);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe('@');
  });
  let cells = 0;
  for (const sheet of wb.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell((cell) => {
      cells++;
      expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula).toBeFalsy();
    }));
  }
  expect(cells).toBeGreaterThan(1000);
});

test.each([
  ['T01', [], 'T01'],
  ['T01', ['T01'], 'T01 2'],
  ['说明', ['说明'], '说明 2'],
  ['2023年[医疗]保障/专项:资金?*表格以及一个非常非常长的名字', [], '2023年_医疗_保障_专项_资金__表格以及一个非常非'],
  ['t01', ['T01'], 't01 2'],
] as const)('sheet name for %j with %j taken is %j', (wanted, taken, expected) => {
  expect(sheetNamer(taken)(wanted)).toBe(expected);
});
