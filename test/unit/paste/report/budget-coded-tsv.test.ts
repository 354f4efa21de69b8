// 部门预算 coded tables pasted from a spreadsheet (tab-separated): the real 省委办公厅 2019 tables, re-typed as TSV
// from their pdftotext reading, come out with the same rows and the layout their packs are for.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkDocument } from '../../../../src/checks/check-document.ts';
import { makeCell, type Table } from '../../../../src/engine/table.ts';
import { parseReportText } from '../../../../src/paste/report/index.ts';

const parsed = parseReportText(readFileSync('test/fixtures/budget/jiangsu_shengwei_2019_tables.txt', 'utf8'));
if (!parsed.ok) throw new Error('fixture');
const LAYOUT = parsed.value.tables;

function asTsv(t: Table, header: string): string {
  const rows = t.rows.map((r) => [r.code ?? '', r.label, ...r.cells.slice(2).map((c) => c.text)].join('\t'));
  return [t.title, '部门：中共江苏省委办公厅\t\t单位：万元', header, ...rows].join('\n');
}

test.each([
  ['B05', '功能科目编码\t功能科目名称\t金额'],
  ['B06', '科目编码\t科目名称\t金额'],
  ['B12', '科目编码\t科目名称\t机关运行经费支出'],
])('%s pasted as TSV: same rows, layout .1, its hierarchy checked', (kind, header) => {
  const source = LAYOUT.find((t) => t.kind === kind)!;
  const r = parseReportText(asTsv(source, header));
  if (!r.ok) throw new Error(kind);
  const t = r.value.tables[0]!;
  expect([t.kind, t.layout]).toEqual([kind, `${kind}.1`]);
  expect(t.rows.map((x) => [x.code, x.label, x.cells[2]!.text])).toEqual(source.rows.map((x) => [x.code, x.label, x.cells[2]!.text]));
  const hier = (tables: readonly Table[]) => checkDocument({ ...r.value, tables }).findings.filter((f) => f.ruleId === `${kind}.1.hier`);
  expect(hier([t])).toEqual([]);
  // one 款/项 amount changed: its parent no longer adds up
  const i = t.rows.findIndex((x) => x.code !== null && x.code.length > 3);
  const broken = { ...t, rows: t.rows.map((x, k) => (k === i ? { ...x, cells: x.cells.map((c, m) => (m === 2 ? makeCell('1.00') : c)) } : x)) };
  expect(hier([broken]).map((f) => f.severity)).toContain('error');
});
