import { expect, test } from 'vitest';
import { appendDocument, EMPTY_DOC, shouldReplace, withTable } from '../../../src/ui/model/workbook.ts';
import { withCell } from '../../../src/ui/model/table-edit.ts';
import { seed001T05 } from './fixtures.ts';

const t05 = seed001T05();
const docWith = (...tables: (typeof t05)[]) => ({ ...EMPTY_DOC, tables });

test('the sample and an empty workbook are replaced by any paste', () => {
  expect(shouldReplace(docWith(t05), docWith(t05), true)).toBe(true);
  expect(shouldReplace(EMPTY_DOC, docWith(t05), false)).toBe(true);
});

test('a single pasted table joins a reviewer’s workbook; a whole report replaces it', () => {
  expect(shouldReplace(docWith(t05), docWith(t05), false)).toBe(false);
  expect(shouldReplace(docWith(t05), docWith(t05, { ...t05, id: 'T06' }), false)).toBe(true);
});

test('an appended table whose id is taken gets a fresh id; narratives are joined', () => {
  const current = { ...docWith(t05), narrative: { text: '一、收入决算情况说明', lineMap: [1] } };
  const incoming = { ...docWith(t05), narrative: { text: '二、支出决算情况说明', lineMap: [1] } };
  const { doc, added } = appendDocument(current, incoming);
  expect(added).toEqual(['T05-2']);
  expect(doc.tables.map((t) => t.id)).toEqual(['T05', 'T05-2']);
  expect(doc.narrative.text).toBe('一、收入决算情况说明\n\n二、支出决算情况说明');
  expect(doc.narrative.lineMap.length).toBe(doc.narrative.text.split('\n').length);
});

test('withTable swaps one table by id and keeps the others', () => {
  const other = { ...t05, id: 'T06' };
  const edited = withCell(t05, 0, 2, '1.00');
  const doc = withTable(docWith(t05, other), edited);
  expect(doc.tables[0]).toBe(edited);
  expect(doc.tables[1]).toBe(other);
});
