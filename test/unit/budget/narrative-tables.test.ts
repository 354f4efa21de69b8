// The budget 说明 against the budget tables (B01–B13), on the real text of 江苏省政协办公厅 2019 with tables parsed
// from a hand-made tab-separated copy of its real tables: unchanged → no finding at all; one number changed in a
// real sentence → the finding that names it (an error when bound by label, 科目 path or header), and the same
// indicator stated twice with two values → indicator_two_values.
import { describe, expect, test } from 'vitest';
import { checkNarrative } from '../../../src/checks/narrative/index.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import type { Table } from '../../../src/engine/table.ts';
import { describeFinding } from '../../../src/ui/messages/index.ts';
import { budgetDoc, handmadeTables } from './helpers.ts';

const FILE = 'jiangsu_zhengxie_2019.txt';
let tables: Table[] = [];
const run = (edit?: (t: string) => string, withTables = true): Finding[] => checkNarrative(budgetDoc(FILE, withTables ? tables : [], edit));
/** Replaces exactly one occurrence (the test fails if the real text does not hold it once). */
const once = (from: string, to: string) => (text: string) => {
  expect(text.split(from).length - 1).toBe(1);
  return text.replace(from, to);
};
const find = (fs: readonly Finding[], code: string, indicator?: string) =>
  fs.filter((f) => f.code === code && (indicator === undefined || f.params?.['indicator'] === indicator));

describe('budget narrative vs tables (政协 2019)', () => {
  test('tables parse as the budget kinds the binding reads', async () => {
    tables = await handmadeTables('jiangsu_zhengxie_2019_tables_tsv.txt');
    expect(tables.map((t) => t.kind)).toEqual(['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B12', 'B13']);
  });

  test('the real text with its tables: no finding', () => {
    expect(run().map((f) => `${f.code} ${describeFinding(f, 'zh')}`)).toEqual([]);
  });

  test('a 功能类 amount changed in 收支总体 → error against B01, bound by label', () => {
    const fs = run(once('支出 10,271.56 万元，主要用于单位', '支出 10,217.56 万元，主要用于单位'));
    const [f] = find(fs, 'narrative_amount_mismatch', 'B01.类.一般公共服务');
    expect(f).toMatchObject({ severity: 'error', expected: '10271.56', actual: '10217.56', params: { binding: 'label' } });
    expect(f!.cells[0]!.table).toBe('B01@h1');
  });

  test('基本支出 in 支出预算 changed → error against B03 (column 基本支出), and no second finding for the repeat', () => {
    const fs = run(once('基本支出 6,522.75 万元，占 48.76%', '基本支出 6,532.75 万元，占 48.76%'));
    expect(find(fs, 'narrative_amount_mismatch', 'B.基本支出')).toHaveLength(1);
    expect(find(fs, 'narrative_amount_mismatch', 'B.基本支出')[0]).toMatchObject({ severity: 'error', expected: '6522.75' });
    expect(find(fs, 'indicator_two_values')).toEqual([]);
  });

  test('without tables, the same 基本支出 stated twice with two values → indicator_two_values', () => {
    expect(run(undefined, false).filter((f) => f.severity !== 'info')).toEqual([]);
    const fs = run(once('基本支出 6,522.75 万元，占 48.76%', '基本支出 6,532.75 万元，占 48.76%'), false);
    const [f] = find(fs, 'indicator_two_values', 'B.基本支出');
    expect(f).toMatchObject({ severity: 'error', expected: '6522.75', actual: '6532.75' });
  });

  test('a 科目 path amount changed → error against B05, bound by the path', () => {
    const fs = run(once('委员视察（项）426 万元', '委员视察（项）462 万元'));
    const [f] = find(fs, 'narrative_amount_mismatch', 'B05.一般公共服务/政协事务/委员视察');
    expect(f).toMatchObject({ severity: 'error', expected: '426.00', actual: '462', params: { binding: 'path' } });
  });

  test('a 三公 item changed (across a page number inside the sentence) → error against B09', () => {
    const fs = run(once('公务接待费支出 397.5 万元，', '公务接待费支出 379.5 万元，'));
    const [f] = find(fs, 'narrative_amount_mismatch', 'B09.reception');
    expect(f).toMatchObject({ severity: 'error', expected: '397.50', actual: '379.5' });
  });

  test('政府采购 货物 changed → error against B13', () => {
    const fs = run(once('采购货物支出 350 万元', '采购货物支出 305 万元'));
    expect(find(fs, 'narrative_amount_mismatch', 'B13.货物')[0]).toMatchObject({ severity: 'error', expected: '350.00', actual: '305' });
  });

  test('a change rate changed → yoy error (base = this year − D)', () => {
    const fs = run(once('增长 31.22%', '增长 32.22%'));
    const [f] = find(fs, 'yoy_percent_mismatch');
    expect(f).toMatchObject({ severity: 'error', expected: '31.22', actual: '32.22' });
  });
});

describe('budget narrative: what the tables cannot confirm', () => {
  test('人员经费 read as 301 + 303 from a table without that split: a change → warning (bound by position), never an error', () => {
    expect(find(run(), 'narrative_amount_mismatch', 'B06.人员经费')).toEqual([]);
    // the first of the two (六、财政拨款基本支出; the second is 八、一般公共预算基本支出)
    const fs = run((t) => t.replace('（一）人员经费 5,312.01 万元', '（一）人员经费 5,321.01 万元'));
    const [f] = find(fs, 'narrative_amount_mismatch', 'B06.人员经费');
    expect(f).toMatchObject({ severity: 'warning', expected: '5312.01', params: { binding: 'position' } });
  });

  test('a 三公 row whose blanks collapsed (column_ambiguous) is not compared', () => {
    const ambiguous: Table[] = tables.map((t) => (t.kind === 'B09'
      ? { ...t, rows: t.rows.map((r) => ({ ...r, flags: [...(r.flags ?? []), 'column_ambiguous' as const] })) } : t));
    const doc = budgetDoc(FILE, ambiguous, once('公务接待费支出 397.5 万元，', '公务接待费支出 379.5 万元，'));
    const fs = checkNarrative(doc).filter((f) => String(f.params?.['indicator'] ?? '').startsWith('B09'));
    // no comparison with the table; the text still contradicts itself (397.5 in 3.公务接待费 below)
    expect(fs.map((f) => f.code)).toEqual(['indicator_two_values']);
  });
});
