// The 部门预算 summary tables (B01–B04) of every 江苏 budget document that prints them, read from the pdftotext
// text and from the PDF: the hand-checked structures of test/golden/structure/budget, no parse problem on
// them, and the PDF's tables equal to the text's cell for cell.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkDocument } from '../../../../src/checks/check-document.ts';
import { nodePdfLoader } from '../../../../src/cli/pdf-node.ts';
import type { ParsedDocument } from '../../../../src/engine/index.ts';
import type { Table } from '../../../../src/engine/table.ts';
import { parsePdf } from '../../../../src/paste/pdf/index.ts';
import { parseReportText } from '../../../../src/paste/report/index.ts';
import { cellText, findRow, type GoldenTable } from '../layout/golden.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const DOCS = [
  'jiangsu_renda_2017', 'jiangsu_renda_2018', 'jiangsu_renda_bangongting_2019_tables',
  'jiangsu_shengwei_2017_tables', 'jiangsu_shengwei_2018_tables', 'jiangsu_shengwei_2019_tables',
  'jiangsu_zhengxie_2017_tables', 'jiangsu_zhengxie_2018_tables', 'jiangsu_zhengxie_2019_tables',
];
const TOTALS = /^B0[1-4]$/;

interface BudgetGolden extends GoldenTable { readonly headers: readonly string[] }

const golden = (doc: string) =>
  JSON.parse(readFileSync(join(ROOT, 'test/golden/structure/budget', `${doc}.json`), 'utf8')) as { tables: BudgetGolden[] };

function expectStructure(tables: readonly Table[], want: readonly BudgetGolden[]) {
  expect(tables.map((t) => t.kind)).toEqual(want.map((t) => t.kind));
  for (const w of want) {
    const t = tables.find((x) => x.kind === w.kind)!;
    expect([t.layout, t.unit], w.kind).toEqual([w.layout, w.unit]);
    expect(t.columns.map((c) => c.key), w.kind).toEqual(w.columns);
    expect(t.columns.map((c) => c.header), w.kind).toEqual(w.headers);
    expect(t.rows, w.kind).toHaveLength(w.rowCount);
    for (const [ref, key, text] of w.cells) {
      const row = findRow(t, ref);
      expect(row, `${w.kind} ${ref}`).toBeDefined();
      expect(cellText(t, row!, key), `${w.kind} ${ref} ${key}`).toBe(text);
    }
    for (const [ref, label] of w.labels ?? []) expect(findRow(t, ref)?.label, `${w.kind} ${ref}`).toBe(label);
  }
}

const rowsOf = (t: Table) => t.rows.map((r) => [r.pane, r.label, ...r.cells.map((c) => c.text)]);

describe.each(DOCS)('%s', (doc) => {
  let text: ParsedDocument;
  let pdf: ParsedDocument;
  beforeAll(async () => {
    const t = parseReportText(readFileSync(join(ROOT, 'test/fixtures/budget', `${doc}.txt`), 'utf8'));
    if (!t.ok) throw new Error(t.reason.code);
    text = t.value;
    const p = await parsePdf(new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/budget', `${doc}.pdf`))), nodePdfLoader);
    if (!p.ok) throw new Error(p.reason.code);
    pdf = p.value;
  }, 60_000);

  test('the text gives the expected summary tables, with no parse problem on them', () => {
    const tables = text.tables.filter((t) => TOTALS.test(t.kind));
    expectStructure(tables, golden(doc).tables);
    const ids = new Set(tables.map((t) => t.id));
    expect(text.problems.filter((p) => p.table !== undefined && ids.has(p.table))).toEqual([]);
  });

  test('the PDF gives the same tables, cell for cell', () => {
    const tables = pdf.tables.filter((t) => TOTALS.test(t.kind));
    expectStructure(tables, golden(doc).tables);
    const twins = text.tables.filter((t) => TOTALS.test(t.kind));
    tables.forEach((t, i) => expect(rowsOf(t), t.kind).toEqual(rowsOf(twins[i]!)));
    const ids = new Set(tables.map((t) => t.id));
    expect(pdf.problems.filter((p) => p.table !== undefined && ids.has(p.table))).toEqual([]);
  });
});

const budgetStatuses = (d: ParsedDocument) => checkDocument(d).statuses
  .filter((s) => /^(B0[1-4]|X\.B0)/.test(s.ruleId)).map((s) => `${s.ruleId}:${s.status}`).sort();

test.each(DOCS)('%s: the budget packs judge the PDF as they judge the text, without an error', async (doc) => {
  const t = parseReportText(readFileSync(join(ROOT, 'test/fixtures/budget', `${doc}.txt`), 'utf8'));
  const p = await parsePdf(new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/budget', `${doc}.pdf`))), nodePdfLoader);
  if (!t.ok || !p.ok) throw new Error('unreadable');
  const statuses = budgetStatuses(t.value);
  expect(statuses.length).toBeGreaterThanOrEqual(30);
  expect(budgetStatuses(p.value)).toEqual(statuses);
  expect(checkDocument(t.value).findings.filter((f) => /^(B0[1-4]|X\.B0)/.test(f.ruleId) && f.severity === 'error')).toEqual([]);
}, 60_000);

test('a 支出 total that pdftotext shifts under the 功能分类 pane is placed in the last column as an inference', () => {
  const t = parseReportText(readFileSync(join(ROOT, 'test/fixtures/budget/jiangsu_renda_2017.txt'), 'utf8'));
  if (!t.ok) throw new Error(t.reason.code);
  const b01 = t.value.tables.find((x) => x.kind === 'B01')!;
  const row = findRow(b01, '当年支出小计@2')!;
  expect(row.cells.map((c) => [c.text, c.placement ?? 'exact'])).toEqual(
    [['当年支出小计', 'exact'], ['', 'inferred'], ['', 'inferred'], ['13,649.07', 'inferred']]);
});
