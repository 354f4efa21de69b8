// The three corpus PDFs (test/fixtures/pdf) read through pdf.js with columns from the text items' real
// positions: the same tables (and column names) as the hand-checked structures of their pdftotext twins
// (test/golden/structure/corpus), the same notes and at least the same errors as the twins, and a page
// on every table, row and finding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkDocument } from '../../../../src/checks/check-document.ts';
import { nodePdfLoader } from '../../../../src/cli/pdf-node.ts';
import type { Finding, ParsedDocument } from '../../../../src/engine/index.ts';
import { parsePdf } from '../../../../src/paste/pdf/index.ts';
import { parseReportText } from '../../../../src/paste/report/index.ts';
import { cellText, findRow, readGolden } from '../layout/golden.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const DOCS = ['putuo_caizhengju_2024', 'putuo_shehuigongzuobu_2024', 'template_shanghai_2024_bumen_juesuan_muban'];

const key = (f: Finding) => `${f.ruleId}|${f.code}|${f.table.replace(/@\d+$/, '')}|${f.location?.code ?? f.location?.label ?? ''}|${f.location?.colNo ?? ''}|${f.expected}|${f.actual}`;

describe.each(DOCS)('%s.pdf', (name) => {
  let pdf: ParsedDocument;
  let twin: ParsedDocument;
  beforeAll(async () => {
    const r = await parsePdf(new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/pdf', `${name}.pdf`))), nodePdfLoader);
    if (!r.ok) throw new Error(r.reason.code);
    pdf = r.value;
    const t = parseReportText(readFileSync(join(ROOT, 'test/fixtures/corpus', `${name}.txt`), 'utf8'));
    if (!t.ok) throw new Error(t.reason.code);
    twin = t.value;
  }, 60_000);

  test('has the tables of the golden structure, cell for cell', () => {
    const golden = readGolden(name);
    expect(pdf.tables.map((t) => t.kind)).toEqual(golden.tables.map((t) => t.kind));
    for (const want of golden.tables) {
      const table = pdf.tables.find((t) => t.kind === want.kind)!;
      expect([table.layout, table.unit]).toEqual([want.layout, want.unit]);
      expect(table.columns.map((c) => c.key)).toEqual(want.columns);
      expect(table.rows, want.kind).toHaveLength(want.rowCount);
      for (const [ref, col, text] of want.cells) expect(cellText(table, findRow(table, ref)!, col), `${want.kind} ${ref} ${col}`).toBe(text);
      for (const [ref, label] of want.labels ?? []) expect(findRow(table, ref)?.label, ref).toBe(label);
    }
  });

  test('every cell, label and note equals the text twin read by the same report parser', () => {
    expect(pdf.tables.length).toBe(twin.tables.length);
    pdf.tables.forEach((t, i) => {
      const w = twin.tables[i]!;
      expect(t.rows.map((r) => [r.code, r.label, ...r.cells.map((c) => c.text)]), t.kind).toEqual(
        w.rows.map((r) => [r.code, r.label, ...r.cells.map((c) => c.text)]));
      expect(t.notes.map((n) => n.replace(/\s+/g, ''))).toEqual(w.notes.map((n) => n.replace(/\s+/g, '')));
      // the printed column names too (test/golden/headers pins the twin's)
      expect(t.columns.map((c) => c.header), t.kind).toEqual(w.columns.map((c) => c.header));
    });
    expect(pdf.problems.filter((p) => p.severity !== 'info').map((p) => p.code)).toEqual(
      twin.problems.filter((p) => p.severity !== 'info').map((p) => p.code));
  });

  test('finds at least the errors of the text twin, and every finding has a page', () => {
    const mine = checkDocument(pdf).findings;
    const theirs = checkDocument(twin).findings.filter((f) => f.severity === 'error').map(key);
    for (const k of theirs) expect(mine.map(key), k).toContain(k);
    for (const f of mine.filter((x) => x.severity !== 'info')) {
      if (f.location) expect(f.location.page).toBe(f.page);
      expect(f.page ?? 0, `${f.ruleId} ${f.code} ${f.table}`).toBeGreaterThan(0);
    }
  });

  test('every table records its pages and every row its page', () => {
    for (const t of pdf.tables) {
      expect(t.pages?.[0], t.kind).toBeGreaterThan(0);
      for (const r of t.rows) expect(r.page, `${t.kind} ${r.label}`).toBeGreaterThanOrEqual(t.pages![0]);
    }
    expect(pdf.pages?.count).toBeGreaterThan(10);
  });
});

test('rows carry the page they are printed on (a table continued on the next page)', async () => {
  const r = await parsePdf(new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/pdf/putuo_shehuigongzuobu_2024.pdf'))), nodePdfLoader);
  if (!r.ok) throw new Error(r.reason.code);
  const t03 = r.value.tables.find((t) => t.kind === 'T03')!;
  expect(t03.pages).toEqual([8, 9]);
  expect(t03.rows.find((row) => row.code === '2013901')?.page).toBe(8);
  expect(t03.rows.find((row) => row.code === '2101101')?.page).toBe(9);
}, 30_000);
