import { beforeAll, expect, test } from 'vitest';
import { parseInput } from '../../../src/paste/index.ts';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import { CheckSession, documentLevelFindings } from '../../../src/ui/model/check-session.ts';
import { withCell } from '../../../src/ui/model/table-edit.ts';
import { blankTable } from '../../../src/ui/model/table-edit.ts';
import { seedText } from './fixtures.ts';

let doc: ParsedDocument;

beforeAll(async () => {
  const r = await parseInput({ text: seedText() });
  if (!r.ok) throw new Error(r.reason.code);
  doc = r.value;
});

const t05 = () => doc.tables.find((t) => t.kind === 'T05')!;
const rowOf = (code: string) => t05().rows.findIndex((r) => r.code === code);
const col1 = () => t05().columns.findIndex((c) => c.colNo === 1);
const at = (row: number, col: number) => (f: { table: string; location: { row: number; col: number } | null }) =>
  f.table === t05().id && f.location?.row === row && f.location?.col === col;

test('the sample report checks with pack rules bound to its tables', () => {
  const s = new CheckSession(doc, [], new Set());
  expect(s.allRules.some((r) => r.tableId === t05().id)).toBe(true);
  expect(s.findings().filter((f) => f.severity === 'error' && f.table === t05().id)).toEqual([]);
});

test('a wrong amount typed into 公开05表 adds an error on that cell; typing it back removes it', () => {
  const s = new CheckSession(doc, [], new Set());
  const row = rowOf('2101501');
  const delta = s.setCell(t05().id, row, col1(), '2,426.90');
  expect(delta.added.some((f) => f.severity === 'error' && at(row, col1())(f))).toBe(true);
  expect(s.findings().some((f) => f.severity === 'error' && at(row, col1())(f))).toBe(true);
  const back = s.setCell(t05().id, row, col1(), '2,426.10');
  expect(back.removed.some((f) => at(row, col1())(f))).toBe(true);
  expect(s.findings().some((f) => f.severity === 'error' && at(row, col1())(f))).toBe(false);
});

test('a custom rule checks an unknown blank table; a disabled rule is not run', () => {
  let blank = blankTable('U1', '空白表');
  for (const [col, text] of ['机关运行', '10.00', '4.00', '5.00'].entries()) blank = withCell(blank, 0, col, text);
  const withBlank = { ...doc, tables: [...doc.tables, blank] };
  const custom = [{ tableId: 'U1', def: { id: 'custom.1', expr: '1栏=2+3', severity: 'error' as const, origin: 'custom' as const } }];
  const on = new CheckSession(withBlank, custom, new Set());
  expect(on.findings().filter((f) => f.ruleId === 'custom.1').map((f) => [f.location?.row, f.location?.col])).toEqual([[0, 1]]);
  const off = new CheckSession(withBlank, custom, new Set(['custom.1']));
  expect(off.findings().some((f) => f.ruleId === 'custom.1')).toBe(false);
  expect(off.allRules.some((r) => r.def.id === 'custom.1')).toBe(true);
});

test('a table that grew past its last row is re-checked as a whole, new rows included', () => {
  const custom = [{ tableId: t05().id, def: { id: 'custom.1', expr: '1栏=2+3', severity: 'error' as const, origin: 'custom' as const } }];
  const s = new CheckSession(doc, custom, new Set());
  const rows = () => s.findings().filter((f) => f.ruleId === 'custom.1').map((f) => f.location?.row);
  const before = rows();
  const newRow = t05().rows.length + 2;
  s.replaceTable(withCell(t05(), newRow, col1(), '1.00'));
  expect(rows()).toEqual([...before, newRow]);
});

test('the rules panel learns why each pack rule applies to each table', () => {
  const s = new CheckSession(doc, [], new Set());
  const mine = s.uses.filter((u) => u.tableId === t05().id);
  expect(mine.length).toBeGreaterThan(0);
  expect(mine.every((u) => typeof u.reason === 'string' && u.reason !== '')).toBe(true);
});

test('document-level findings leave out disabled checks', () => {
  const all = documentLevelFindings(doc, new Set());
  expect(all.length).toBeGreaterThan(0);
  const first = all[0]!;
  expect(documentLevelFindings(doc, new Set([first.ruleId])).some((f) => f.ruleId === first.ruleId)).toBe(false);
});
