import { expect, test } from 'vitest';
import { clearCell, decorateCell } from '../../../src/ui/grid/decorate-cell.ts';
import { buildCellMarks, markKey } from '../../../src/ui/model/findings-view.ts';
import { rowFinding, seed001T05 } from './fixtures.ts';

/** The parts of a <td> the decorator touches; Handsontable reuses one while scrolling. */
function fakeTd() {
  const attrs = new Map<string, string>();
  return {
    dataset: {} as Record<string, string | undefined>,
    attrs,
    setAttribute: (k: string, v: string) => void attrs.set(k, v),
    removeAttribute: (k: string) => void attrs.delete(k),
  };
}

const t05 = seed001T05();
const errorMark = buildCellMarks([rowFinding(t05, 14, 'error')], new Map()).get('T05')!.get(markKey(14, 2))!;

test('a cell the trainee marked carries data-marked, with or without a finding', () => {
  const plain = fakeTd();
  decorateCell(plain as unknown as HTMLTableCellElement, 3, 2, 1, undefined, true);
  expect(plain.dataset.marked).toBe('true');
  const flagged = fakeTd();
  decorateCell(flagged as unknown as HTMLTableCellElement, 14, 2, 1, errorMark, true);
  expect(flagged.dataset).toMatchObject({ marked: 'true', severity: 'error' });
  expect(flagged.attrs.get('aria-invalid')).toBe('true');
});

test('a reused cell drawn again for an unmarked, clean row loses the mark and the severity', () => {
  const td = fakeTd();
  decorateCell(td as unknown as HTMLTableCellElement, 14, 2, 1, errorMark, true);
  decorateCell(td as unknown as HTMLTableCellElement, 15, 2, 1, undefined, false);
  expect(td.dataset.marked).toBeUndefined();
  expect(td.dataset.severity).toBeUndefined();
  expect(td.attrs.has('aria-invalid')).toBe(false);
  expect(td.dataset.row).toBe('15');
});

test('a reused cell drawn as a blank slot beside the shorter half of T01 loses every mark and its cell address', () => {
  const td = fakeTd();
  decorateCell(td as unknown as HTMLTableCellElement, 14, 2, 1, errorMark, true, 'inferred');
  clearCell(td as unknown as HTMLTableCellElement);
  expect(Object.entries(td.dataset).filter(([, v]) => v !== undefined)).toEqual([['filler', 'true']]);
  expect(td.attrs.has('aria-invalid')).toBe(false);
  decorateCell(td as unknown as HTMLTableCellElement, 2, 1, null, undefined);
  expect(td.dataset.filler).toBeUndefined();
  expect(td.dataset.row).toBe('2');
});
