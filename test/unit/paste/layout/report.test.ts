// Whole corpus documents through the report splitter (parseReportText), which hands each table block
// to parseLayoutBlock: every table is recognised with the right kind and layout, in document order.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { parseReportText } from '../../../../src/paste/report/index.ts';

const text = (doc: string) =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/corpus/${doc}.txt`, import.meta.url)), 'utf8');

const NINE = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T09', 'T07', 'T08'];
const LAYOUTS: Record<string, string> = {
  T01: 'T01.C', T02: 'T02.C', T03: 'T03.C', T04: 'T04.C', T05: 'T05.C', T06: 'T06.P2', T07: 'T07.C', T08: 'T08.INOUT', T09: 'T09.W',
};

test.each([
  ['putuo_caizhengju_2024', NINE],
  ['putuo_guihuaziyuan_2024', NINE],
  ['putuo_shehuigongzuobu_2024', NINE],
  ['template_shanghai_2024_bumen_juesuan_muban', NINE],
  ['SYNTHETIC_putuo_caizhengju_2024_injected_errors', NINE.filter((k) => k !== 'T03')],
])('%s: all its tables are recognised with their kind and layout', (doc, kinds) => {
  const r = parseReportText(text(doc));
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const tables = r.value.tables;
  expect(tables.map((t) => t.kind)).toEqual(kinds);
  for (const t of tables) expect(t.layout).toBe(LAYOUTS[t.kind]);
  expect(r.value.problems.filter((p) => p.code === 'column_ambiguous' || p.code === 'unparsed_lines')).toEqual([]);
});

test('the whole 财政局 report keeps the T03 numbers of the brief: 2010601 行政运行 1,511.89 | 1,503.52 | 8.37', () => {
  const r = parseReportText(text('putuo_caizhengju_2024'));
  if (!r.ok) throw new Error('not parsed');
  const t03 = r.value.tables.find((t) => t.kind === 'T03')!;
  const row = t03.rows.find((x) => x.code === '2010601')!;
  expect(row.cells.slice(2, 5).map((c) => c.text)).toEqual(['1,511.89', '1,503.52', '8.37']);
});
