// The worker → page transfer of parsed tables (src/ui/parse-wire.ts) and the full check made with the parse
// (src/ui/model/full-check.ts): tables come back cell for cell (text, value, placement) with every row field, and
// the check of the restored workbook is the check the worker sent, after structured cloning.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import type { Table } from '../../../src/engine/table.ts';
import { parseInput, type PasteInput } from '../../../src/paste/index.ts';
import { nodePdfLoader } from '../../../src/cli/pdf-node.ts';
import { fullCheck } from '../../../src/ui/model/full-check.ts';
import { columnarOf } from '../../../src/engine/columnar/index.ts';
import { CheckJoiner, splitCheck, tablesFromWire, tableToWire, wireChunks, wireTransfer, WIRE_CHUNK_ROWS } from '../../../src/ui/parse-wire.ts';

import { tenThousandRows } from '../../bench/browser-table.ts';

const fixture = (rel: string) => new URL(`../../fixtures/${rel}`, import.meta.url);

async function parsed(input: PasteInput): Promise<ParsedDocument> {
  const r = await parseInput(input, { pdf: nodePdfLoader });
  if (!r.ok) throw new Error(r.reason.code);
  return r.value;
}

/** Through the wire as the worker sends it: buffers transferred, the rest structured-cloned. The worker's tables
 *  are moved with the message, so the document sent is parsed afresh and the one compared is kept apart. */
async function roundTrip(input: PasteInput): Promise<ParsedDocument> {
  const doc = await parsed(input);
  const wire = doc.tables.map(tableToWire);
  const steps = wireChunks(wire);
  const sent = structuredClone(wire, { transfer: wireTransfer(wire) });
  expect(wire.every((w) => w.bytes.byteLength === 0 && w.transfer.every((b) => b.byteLength === 0))).toBe(true); // moved, not copied
  let chunks = 0;
  const tables = await tablesFromWire(sent, { onChunk: () => chunks++ });
  expect(chunks).toBe(steps);
  expect(steps).toBeGreaterThanOrEqual(doc.tables.reduce((n, t) => n + Math.ceil(t.rows.length / WIRE_CHUNK_ROWS), 0));
  // the page's tables are columnar: no cell exists until one is read
  expect(tables!.every((t) => columnarOf(t) !== null)).toBe(true);
  return { ...doc, tables: tables! };
}

function cellsOf(t: Table) {
  return t.rows.map((r) => r.cells.map((c) => [c.text, c.value.kind, 'value' in c.value ? String(c.value.value) : '', c.placement ?? 'exact']));
}

function rowFields(t: Table) {
  return t.rows.map(({ cells: _cells, ...rest }) => rest);
}

const DOCUMENTS: [string, () => PasteInput][] = [
  ['a TSV paste (a columnar table from the grid parser, its arrays moved)', () => ({ text: tenThousandRows(2_500).text })],
  ['seed 002 (PDF text: inferred and ambiguous placements)', () => ({ text: readFileSync(fixture('seeds/002_46e3d4cd55e5664f.txt'), 'utf8') })],
  ['SYNTHETIC 财政局 (injected errors)', () => ({ text: readFileSync(fixture('corpus/SYNTHETIC_putuo_caizhengju_2024_injected_errors.txt'), 'utf8') })],
  ['社会工作部 PDF (row pages)', () => ({ bytes: new Uint8Array(readFileSync(fixture('pdf/putuo_shehuigongzuobu_2024.pdf'))), fileName: 'x.pdf' })],
];

test.each(DOCUMENTS)('%s: tables come back cell for cell, with every row field', async (_, input) => {
  const doc = await parsed(input());
  const back = await roundTrip(input());
  expect(back.tables.map((t) => t.id)).toEqual(doc.tables.map((t) => t.id));
  doc.tables.forEach((t, i) => {
    const b = back.tables[i]!;
    const { rows: _a, ...meta } = t;
    const { rows: _b, ...metaBack } = b;
    expect(metaBack).toEqual(meta);
    expect(rowFields(b)).toEqual(rowFields(t));
    expect(cellsOf(b)).toEqual(cellsOf(t));
  });
}, 60_000);

test('the wire keeps what the checks read: some uncertain placements and PDF pages travel', async () => {
  const seed = await roundTrip(DOCUMENTS[1]![1]());
  expect(seed.tables.some((t) => t.rows.some((r) => r.cells.some((c) => c.placement === 'inferred')))).toBe(true);
  const pdf = await roundTrip(DOCUMENTS[3]![1]());
  expect(pdf.tables.every((t) => t.rows.every((r) => typeof r.page === 'number'))).toBe(true);
}, 60_000);

test.each(DOCUMENTS.slice(0, 3))('%s: the full check sent with the parse equals the check of the tables the page restores', async (_, input) => {
  const doc = await parsed(input());
  const sent = structuredClone(fullCheck(doc, ['T05.row-sum']));
  const mine = fullCheck(await roundTrip(input()), ['T05.row-sum']);
  expect(sent.ruleFindings.length + sent.docFindings.length).toBeGreaterThan(0);
  expect(sent).toEqual(mine);
  expect(sent.disabled).toEqual(['T05.row-sum']);
}, 60_000);

test('a large table travels in many chunks and a cancel between chunks gives nothing back', async () => {
  const row = '2010101\t行政运行\t1,234.56\t1,000.00\t234.56\n';
  const doc = await parsed({ text: '科目编码\t科目名称\t合计\t基本支出\t项目支出\n' + row.repeat(3 * WIRE_CHUNK_ROWS) });
  const wire = doc.tables.map(tableToWire);
  expect(wire[0]!.ends.length).toBeGreaterThanOrEqual(3);
  const c = new AbortController();
  expect(await tablesFromWire(wire, { signal: c.signal, onChunk: () => c.abort() })).toBeNull();
});

test('the check travels in slices of findings and is put back together as it was', async () => {
  const doc = await parsed(DOCUMENTS[2]![1]());
  const check = fullCheck(doc, []);
  const { slices, bare } = splitCheck(check);
  expect(slices.length).toBeGreaterThan(1);
  expect(bare.ruleFindings).toEqual([]);
  const joiner = new CheckJoiner();
  for (const [list, items] of slices) joiner.add(list, structuredClone(items));
  expect(joiner.join(structuredClone(bare))).toEqual(check);
});
