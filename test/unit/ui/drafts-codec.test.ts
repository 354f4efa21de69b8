// Workbook ↔ draft record: a real report goes into the stored shape (through restore, as every read does)
// and comes back with the same tables, narrative, rules, switches, notes and findings.
import { beforeAll, expect, test } from 'vitest';
import { parseInput } from '../../../src/paste/index.ts';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import { blankDraft, restoreDraft, type DraftRecord } from '../../../src/store/index.ts';
import { draftName, fromDraft, toDraftFields, type WorkbookRefs } from '../../../src/ui/drafts/codec.ts';
import { Workbench } from '../../../src/ui/workbench.svelte.ts';
import { readRefs } from '../../../src/ui/drafts/drafts.svelte.ts';
import { findingId } from '../../../src/ui/model/findings-view.ts';
import { corpusText, t05Tsv } from './drafts-harness.ts';
import { seedText } from './fixtures.ts';

let seed: ParsedDocument;
let putuo: ParsedDocument;

beforeAll(async () => {
  const a = await parseInput({ text: seedText() });
  const b = await parseInput({ text: corpusText('putuo_caizhengju_2024.txt') });
  if (!a.ok || !b.ok) throw new Error('fixture did not parse');
  seed = a.value;
  putuo = b.value;
});

/** Through the store's restore step, as a stored draft is read back. */
function stored(refs: WorkbookRefs, overrides: Record<string, never> | DraftRecord['kindOverrides'] = {}): DraftRecord {
  const r = restoreDraft(JSON.parse(JSON.stringify({ ...blankDraft({ id: 'd1' }), ...toDraftFields(refs, overrides) })));
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

/** Every field of every table and row, cells by their text (values are re-parsed from it). */
const texts = (doc: ParsedDocument) => doc.tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, cells: r.cells.map((c) => c.text) })) }));
const ids = (wb: Workbench) => wb.findings.map(findingId).sort();

test('a whole report survives the trip through a draft: every table and row field, narrative, department and year', () => {
  const wb = new Workbench();
  wb.load(putuo);
  const back = fromDraft(stored(readRefs(wb)));
  expect(texts(back.doc)).toEqual(texts(putuo));
  expect(back.doc.narrative.text).toBe(putuo.narrative.text);
  expect(back.doc.department).toBe(putuo.department);
  expect(back.doc.year).toBe(putuo.year);
});

test('a reopened draft has exactly the findings of the workbook it was saved from', () => {
  const wb = new Workbench();
  wb.load(seed);
  const t05 = seed.tables.find((t) => t.kind === 'T05')!;
  const row = t05.rows.findIndex((r) => r.code === '2101501');
  wb.editCells(t05.id, [{ row, col: t05.columns.findIndex((c) => c.colNo === 1), text: '2,426.90' }]);
  const again = new Workbench();
  again.openWorkbook(fromDraft(stored(readRefs(wb))));
  expect(ids(again)).toEqual(ids(wb));
  expect(again.counts.error).toBeGreaterThan(0);
});

test('custom rules keep their table and id, disabled rules and 核实说明 notes survive', () => {
  const wb = new Workbench();
  wb.load(seed);
  const t05 = seed.tables.find((t) => t.kind === 'T05')!;
  wb.addCustomRule(t05.id, '1栏=2+3', 'warning');
  const someRule = wb.ruleList.find((r) => r.def.origin !== 'custom')!.def.id;
  wb.toggleRule(someRule);
  const warning = wb.findings.find((f) => f.severity === 'warning') ?? wb.findings[0]!;
  wb.setNote(warning, '经核实，差异为四舍五入');
  const back = fromDraft(stored(readRefs(wb)));
  expect(back.custom).toEqual([{ def: expect.objectContaining({ id: 'custom.1', expr: '1栏=2+3', severity: 'warning', origin: 'custom' }), tableId: t05.id }]);
  expect([...back.disabled]).toEqual([someRule]);
  expect(back.notes.get(findingId(warning))).toBe('经核实，差异为四舍五入');
  const again = new Workbench();
  again.openWorkbook(back);
  again.addCustomRule(t05.id, '2栏≥0', 'error');
  expect(again.custom.map((r) => r.def.id)).toEqual(['custom.1', 'custom.2']);
});

test('a table-kind override is stored with the table, and dropped with a table that is gone', () => {
  const wb = new Workbench();
  wb.load(seed);
  const unknown = seed.tables.find((t) => t.kind === 'unknown')!;
  wb.setKind(unknown.id, 'T10');
  const d = stored(readRefs(wb), { [unknown.id]: 'T10', gone: 'T02' });
  expect(d.kindOverrides).toEqual({ [unknown.id]: 'T10' });
  expect(fromDraft(d).doc.tables.find((t) => t.id === unknown.id)!.kind).toBe('T10');
});

test('finding counts are stored for the draft list', () => {
  const wb = new Workbench();
  wb.load(seed);
  expect(stored(readRefs(wb)).counts).toEqual(wb.counts);
});

test.each([
  ['a report naming its department and year', () => seed, '赣州市医疗保障局 2023'],
  ['a lone table with only a title', async () => (await parseInput({ text: t05Tsv() })), '一般公共预算财政拨款支出决算表'],
  ['an empty workbook', () => ({ title: null, department: null, year: null, unit: null, tables: [], narrative: { text: '', lineMap: [] }, problems: [] }), '未命名草稿'],
])('a new draft is named after %s', async (_, make, name) => {
  const got = await make();
  const doc = 'ok' in got ? (got.ok ? got.value : null)! : got;
  expect(draftName(doc as ParsedDocument, '未命名草稿')).toBe(name);
});
