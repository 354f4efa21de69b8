// The 部门预算 coded tables (B05–B14) of every 江苏 document with tables, read from the pdftotext text and from
// the PDF, against their hand-checked structures (test/golden/structure/budget/<doc>.coded.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodePdfLoader } from '../../../../src/cli/pdf-node.ts';
import type { Table } from '../../../../src/engine/table.ts';
import { parsePdf } from '../../../../src/paste/pdf/index.ts';
import { parseReportText } from '../../../../src/paste/report/index.ts';
import { cellText, findRow, type GoldenTable } from './golden.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const DOCS = [
  'jiangsu_renda_2017', 'jiangsu_renda_2018', 'jiangsu_renda_bangongting_2019_tables',
  'jiangsu_shengwei_2017_tables', 'jiangsu_shengwei_2018_tables', 'jiangsu_shengwei_2019_tables',
  'jiangsu_zhengxie_2017_tables', 'jiangsu_zhengxie_2018_tables', 'jiangsu_zhengxie_2019_tables',
];
const CODED = /^B(0[5-9]|1[0-4])$/;

interface Golden { readonly tables: readonly (GoldenTable & { readonly blocks?: string; readonly title: string })[] }

function expectStructure(tables: readonly Table[], golden: Golden): void {
  const mine = tables.filter((t) => CODED.test(t.kind));
  expect(mine.map((t) => t.kind)).toEqual(golden.tables.map((t) => t.kind));
  golden.tables.forEach((want, i) => {
    const t = mine[i]!;
    expect([t.layout, t.unit, t.title.replace(/\s+/g, '')], want.kind).toEqual([want.layout, want.unit, want.title.replace(/\s+/g, '')]);
    expect(t.columns.map((c) => c.key), want.kind).toEqual(want.columns);
    expect(t.rows, want.kind).toHaveLength(want.rowCount);
    for (const [ref, col, text] of want.cells) {
      const row = findRow(t, ref);
      expect(row, `${want.kind} ${ref}`).toBeDefined();
      expect(cellText(t, row!, col), `${want.kind} ${ref} ${col}`).toBe(text);
    }
    for (const [ref, label] of want.labels ?? []) expect(findRow(t, ref)?.label, `${want.kind} ${ref}`).toBe(label);
    if (want.blocks !== undefined) expect(t.rows.map((r) => (r.block ?? '').slice(0, 1)).join('')).toBe(want.blocks);
    const notes = t.notes.join('').replace(/\s+/g, '');
    for (const note of want.notes ?? []) expect(notes, want.kind).toContain(note.replace(/\s+/g, ''));
  });
}

describe.each(DOCS)('%s', (name) => {
  const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden/structure/budget', `${name}.coded.json`), 'utf8')) as Golden;
  let pdf: readonly Table[] = [];
  beforeAll(async () => {
    const r = await parsePdf(new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/budget', `${name}.pdf`))), nodePdfLoader);
    if (!r.ok) throw new Error(r.reason.code);
    pdf = r.value.tables;
  }, 60_000);

  test('text: the coded tables match their hand-checked structure', () => {
    const r = parseReportText(readFileSync(join(ROOT, 'test/fixtures/budget', `${name}.txt`), 'utf8'));
    if (!r.ok) throw new Error(r.reason.code);
    expectStructure(r.value.tables, golden);
  });

  test('PDF: the same structure, every table on a page', () => {
    expectStructure(pdf, golden);
    for (const t of pdf.filter((x) => CODED.test(x.kind))) expect(t.pages?.[0], t.id).toBeGreaterThan(0);
  });
});
