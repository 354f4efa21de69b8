// Issue 16 items 7 and 9: hostile inputs end in a value (rule_syntax, too_large) or a result, never an exception,
// a stack overflow or a freeze. Each input is the one the issue reproduced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import { parseRule } from '../../../src/engine/index.ts';
import { MAX_GRID_SLOTS } from '../../../src/paste/grid/span-grid.ts';
import { checkXlsxLimits, XLSX_LIMITS } from '../../../src/paste/grid/xlsx-limits.ts';
import { parseInput } from '../../../src/paste/index.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { describeFinding, describeProblem } from '../../../src/ui/messages/index.ts';
import { part, rowsSheet, SHEET_HEAD, SHEET_TAIL, stringsPart, workbookParts, zip } from './xlsx-bombs.ts';

const ROOT = join(import.meta.dirname, '../../..');
// seed 001 公开02表 收入决算表 (tabs, 7 amount 栏)
export const T02_TEXT = readFileSync(join(ROOT, 'test/fixtures/seeds/001_c1aab3eb9d979e5d.txt'), 'utf8').split('\n').slice(150, 201).join('\n');
export const NESTED = `1栏=${'（'.repeat(2000)}2${'）'.repeat(2000)}栏`;
export const HUGE_RANGE = '1栏=2+3+…+99999999栏';

async function parsed(input: Parameters<typeof parseInput>[0]) {
  const r = await parseInput(input);
  if (!r.ok) throw new Error(`${r.reason.code} ${JSON.stringify(r.reason.params)}`);
  return r.value;
}

describe('rule grammar bounds', () => {
  test('brackets nested 2,000 deep are a rule_syntax value at the 17th bracket, not a stack overflow', () => {
    const r = parseRule(NESTED);
    expect(r).toEqual({ ok: false, reason: expect.objectContaining({ code: 'rule_syntax', expected: 'nesting limit', pos: 3 + 16 }) });
    expect(parseRule(`1栏=${'（'.repeat(16)}2${'）'.repeat(16)}栏`).ok).toBe(true);
  });

  test('a range of 99,999,998 栏 is a rule_syntax value naming its end; 1,000 is still read', () => {
    expect(parseRule(HUGE_RANGE)).toEqual({ ok: false, reason: expect.objectContaining({ code: 'rule_syntax', expected: 'range limit', found: '99999999' }) });
    expect(parseRule('1行=2+3+…+1002行').ok).toBe(true); // 3..1002: 1,000 行
    expect(parseRule('1行=2+3+…+1003行')).toMatchObject({ ok: false, reason: { expected: 'range limit' } });
  });

  test.each([['nested 2,000 deep', NESTED, '嵌套过深'], ['a 99,999,998-栏 range', HUGE_RANGE, '范围过大']])(
    'a formula %s printed under a table is a rule_syntax warning in Chinese; the table is still checked', async (_, formula, words) => {
      const doc = await parsed({ text: `${T02_TEXT}\n注：${formula}\n` });
      const { findings } = checkDocument(doc);
      const syntax = findings.filter((f) => f.code === 'rule_syntax');
      expect(syntax).toHaveLength(1);
      expect(syntax[0]).toMatchObject({ severity: 'warning', table: 'T02@1' });
      expect(describeFinding(syntax[0]!, 'zh')).toContain(words);
      expect(describeFinding(syntax[0]!, 'zh').length).toBeLessThan(300);
      expect(findings.some((f) => f.ruleId.startsWith('T02') && f.code === 'rounding_residue')).toBe(true);
    });
});

describe('parser bounds', () => {
  test('a 1 MB tab-separated row is read as one table of 200,001 columns (no argument spread overflows)', async () => {
    const row = `项目\t${Array.from({ length: 200_000 }, (_, i) => String(i % 1000)).join('\t')}`;
    expect(row.length).toBeGreaterThan(750_000);
    const doc = await parsed({ text: `${row}\n合计\t${Array.from({ length: 200_000 }, () => '1').join('\t')}` });
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.columns.length).toBeGreaterThan(200_000);
    expect(() => checkDocument(doc)).not.toThrow();
  });

  test('a 2.7 KB colspan/rowspan bomb is too_large (html_cells) with a Chinese message, not 60 million slots', async () => {
    const html = `<table>${`<tr>${'<td colspan=1000 rowspan=1000>x</td>'.repeat(8)}</tr>`.repeat(9)}</table>`;
    expect(html.length).toBeLessThan(2800);
    const r = await parseInput({ html });
    expect(r).toMatchObject({ ok: false, reason: { code: 'too_large', params: { limit: 'html_cells', max: MAX_GRID_SLOTS } } });
    if (r.ok) return;
    expect(describeProblem(r.reason, 'zh')).toMatch(/单元格超过 4000000 个的上限.*rowspan\/colspan/);
  });

  test('spans within the budget still read as before', async () => {
    const doc = await parsed({ html: '<table><tr><td rowspan=2>项目</td><td colspan=2>金额</td></tr><tr><td>1</td><td>2</td></tr><tr><td>合计</td><td>1.00</td><td>2.00</td></tr></table>' });
    expect(doc.tables[0]!.rows.length).toBeGreaterThan(0);
  });

  test('a report holding a 100,000-column coded table (1 MB lines, 栏次 row included) is read and checked', async () => {
    const n = 100_000;
    const cols = (f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\t');
    const text = ['某部门2023年度部门决算', '支出决算表', '单位：万元', `科目编码\t科目名称\t${cols((i) => `支出${i}`)}`,
      `类\t款\t${cols((i) => String(i + 1))}`, `201\t一般公共服务支出\t${cols(() => '1.00')}`, '说明文字。'].join('\n');
    const doc = await parsed({ text });
    expect(doc.tables).toHaveLength(1);
    expect(() => checkDocument(doc)).not.toThrow();
  }, 120_000);

  test('a report of 200,000 short numeric lines completes (the narrative clause scan was quadratic: 100 KB took 32 s)', async () => {
    const text = Array.from({ length: 200_000 }, (_, i) => String(i % 100)).join('\n');
    // numbers alone are not a report: refused by the paste layer, quickly
    const r = await parseInput({ text });
    expect(r).toMatchObject({ ok: false, reason: { code: 'not_a_report', params: { why: 'numbers_only' } } });
    // the parser and the checks still complete on it (a report's narrative can hold such a run of lines)
    const doc = parseReportText(text);
    if (!doc.ok) throw new Error(doc.reason.code);
    expect(() => checkDocument(doc.value)).not.toThrow();
  }, 120_000);
});

describe('.xlsx limits before unpacking', () => {
  test('a 1,048,576-row sheet is too_large (xlsx_rows) after reading just past the limit', async () => {
    const bytes = zip(workbookParts(await rowsSheet(1_048_576)));
    const r = await parseInput({ bytes, fileName: 'rows.xlsx' });
    expect(r).toMatchObject({ ok: false, reason: { code: 'too_large', params: { limit: 'xlsx_rows', max: XLSX_LIMITS.rows, sheet: 'sheet1' } } });
    if (!r.ok) expect(describeProblem(r.reason, 'zh')).toContain('行数超过 100000 行的上限');
  });

  test('a <dimension> of A1:XFD1048576 is refused from its first bytes', async () => {
    const bytes = zip(workbookParts(await rowsSheet(3, 'A1:XFD1048576')));
    expect(await checkXlsxLimits(bytes)).toMatchObject({ code: 'too_large', params: { limit: 'xlsx_cells', value: 16384 * 1048576 } });
  });

  const cellSheet = () => part('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row>${SHEET_TAIL}`);

  test('a 410 KB shared-strings bomb (162 MB unpacked) is refused by its declared size', async () => {
    const strings = await stringsPart(10_000_000);
    const bytes = zip(workbookParts(cellSheet(), strings));
    expect(bytes.length).toBeLessThan(450_000);
    const r = await parseInput({ bytes, fileName: 'bomb.xlsx' });
    expect(r).toMatchObject({ ok: false, reason: { code: 'too_large', params: { limit: 'xlsx_uncompressed' } } });
    if (!r.ok) expect(describeProblem(r.reason, 'zh')).toMatch(/解压后超过 128\.0 MB 的上限/);
  }, 60_000);

  test('the same bomb declaring 4 KB is refused as forged once it inflates past that', async () => {
    const strings = await stringsPart(1_000_000);
    const r = await checkXlsxLimits(zip(workbookParts(cellSheet(), { ...strings, declaredSize: 4000 })));
    expect(r).toMatchObject({ code: 'too_large', params: { limit: 'xlsx_declared', value: 4000 } });
  });

  test('more shared strings than the limit, honestly declared, are too_large (xlsx_shared_strings)', async () => {
    const r = await checkXlsxLimits(zip(workbookParts(cellSheet(), await stringsPart(XLSX_LIMITS.sharedStrings + 1))));
    expect(r).toMatchObject({ code: 'too_large', params: { limit: 'xlsx_shared_strings', max: XLSX_LIMITS.sharedStrings } });
  });

  test('a zip directory declaring 70,000 entries is refused before any is read', async () => {
    const bytes = zip(workbookParts(cellSheet()));
    // patch the end-of-central-directory entry counts
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint16(bytes.length - 22 + 8, 0xffff, true);
    view.setUint16(bytes.length - 22 + 10, 0xffff, true);
    expect(await checkXlsxLimits(bytes)).toMatchObject({ code: 'too_large', params: { limit: 'xlsx_entries' } });
  });

  test('a small workbook passes the limits and is read', async () => {
    const bytes = zip(workbookParts(await rowsSheet(3)));
    expect(await checkXlsxLimits(bytes)).toBeNull();
  });
});

describe('too_large wording', () => {
  test.each(['html_cells', 'xlsx_uncompressed', 'xlsx_entries', 'xlsx_rows', 'xlsx_cells', 'xlsx_shared_strings', 'xlsx_shared_strings_size', 'xlsx_declared'])(
    'limit %s has its own Chinese and English sentence', (limit) => {
      const p = { code: 'too_large', severity: 'error' as const, params: { limit, value: 5, max: 4, sheet: 'sheet1' } };
      const zh = describeProblem(p, 'zh');
      expect(zh).not.toContain('输入过大');
      expect(zh).toMatch(/上限|声明/);
      expect(describeProblem(p, 'en')).not.toMatch(/[\u4e00-\u9fff]{3}/);
    });
});
