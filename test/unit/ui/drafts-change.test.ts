// Which workbench changes the drafts layer sees, and which are large enough to snapshot the state before.
import { beforeAll, expect, test } from 'vitest';
import { parseInput } from '../../../src/paste/index.ts';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import { changedCells, classifyChange, LARGE_EDIT_CELLS } from '../../../src/ui/drafts/change.ts';
import type { WorkbookRefs } from '../../../src/ui/drafts/codec.ts';
import { withCell } from '../../../src/ui/model/table-edit.ts';
import { EMPTY_DOC } from '../../../src/ui/model/workbook.ts';
import { seedText } from './fixtures.ts';

let seed: ParsedDocument;
beforeAll(async () => {
  const r = await parseInput({ text: seedText() });
  if (!r.ok) throw new Error(r.reason.code);
  seed = r.value;
});

const refs = (doc: ParsedDocument, p: Partial<WorkbookRefs> = {}): WorkbookRefs => ({
  doc, custom: [], disabled: new Set(), notes: new Map(), isSample: false, dataVersion: 1, counts: { error: 0, warning: 0, info: 0 }, ...p,
});

/** The seed's 公开05表 with `n` amount cells of 1栏 retyped. */
function edited(n: number): ParsedDocument {
  let t = seed.tables.find((x) => x.kind === 'T05')!;
  const col = t.columns.findIndex((c) => c.colNo === 1);
  const rows = t.rows.map((r, i) => i).filter((i) => t.rows[i]!.code !== null).slice(0, n);
  for (const row of rows) t = withCell(t, row, col, '1.00');
  // rows beyond the table's coded rows: type into blank rows past the end, as a grid paste grows the table
  for (let i = rows.length; i < n; i++) t = withCell(t, t.rows.length, col, '1.00');
  return { ...seed, tables: seed.tables.map((x) => (x.id === t.id ? t : x)) };
}

test('the same references are no change; new counts alone are not an edit', () => {
  const a = refs(seed);
  expect(classifyChange(a, { ...a }).kind).toBe('none');
  expect(classifyChange(a, { ...a, counts: { error: 1, warning: 0, info: 0 } }).kind).toBe('counts');
});

test('typing one cell is a small edit', () => {
  const c = classifyChange(refs(seed), refs(edited(1)));
  expect(c).toMatchObject({ kind: 'edit', large: false });
  expect(changedCells(seed, edited(1))).toBe(1);
});

test(`a grid paste over ${LARGE_EDIT_CELLS} cells is a large edit`, () => {
  expect(classifyChange(refs(seed), refs(edited(LARGE_EDIT_CELLS))).large).toBe(true);
  expect(classifyChange(refs(seed), refs(edited(LARGE_EDIT_CELLS - 1))).large).toBe(false);
});

test('a paste replacing a workbook with content is large; into an empty one it is not', () => {
  expect(classifyChange(refs(seed), refs(seed, { dataVersion: 2 }))).toMatchObject({ kind: 'replace', large: true });
  expect(classifyChange(refs(EMPTY_DOC), refs(seed, { dataVersion: 2 }))).toMatchObject({ kind: 'replace', large: false });
});

test('loading the sample is its own kind of change', () => {
  expect(classifyChange(refs(seed), refs(seed, { dataVersion: 2, isSample: true })).kind).toBe('sample');
});

test('a rule switched off or a note written is an edit', () => {
  const a = refs(seed);
  expect(classifyChange(a, { ...a, disabled: new Set(['T05.col.1']) }).kind).toBe('edit');
  expect(classifyChange(a, { ...a, notes: new Map([['k', '已核实']]) }).kind).toBe('edit');
});

test('a table kind chosen by the reviewer is reported as an override', () => {
  const unknown = seed.tables.find((t) => t.kind === 'unknown')!;
  const doc = { ...seed, tables: seed.tables.map((t) => (t === unknown ? { ...t, kind: 'T10' as const } : t)) };
  expect(classifyChange(refs(seed), refs(doc)).kinds).toEqual({ [unknown.id]: 'T10' });
});
