// Marks one rendered <td>: severity as data attributes (and aria-invalid for errors), read by CSS for a
// corner glyph and a pattern, so a finding is never shown by colour alone; a cell the trainee marked in an
// exercise gets data-marked (a dashed outline and a flag); the culprit of a problem (the cell whose correction
// explains its findings) gets data-culprit and data-problem (a thick outline and a ◉ in the other corner), apart
// from the cells merely involved; an amount whose column was inferred or is ambiguous (collapsed blanks) gets
// data-placement (a dotted underline). Cells are reused while scrolling, so every call also clears what an
// earlier draw set.
import type { CellMark } from '../model/findings-view.ts';

export function decorateCell(
  td: HTMLTableCellElement, row: number, col: number, colNo: number | null, mark: CellMark | undefined, marked = false,
  placement: 'inferred' | 'ambiguous' | null = null,
): void {
  delete td.dataset.filler;
  if (placement) td.dataset.placement = placement;
  else delete td.dataset.placement;
  td.dataset.testid = 'grid.cell';
  td.dataset.row = String(row);
  td.dataset.col = String(col);
  if (colNo !== null) td.dataset.colno = String(colNo);
  else delete td.dataset.colno;
  if (marked) td.dataset.marked = 'true';
  else delete td.dataset.marked;
  if (mark?.culprit) {
    td.dataset.culprit = 'true';
    td.dataset.problem = mark.culprit;
  } else if (td.dataset.culprit !== undefined) {
    delete td.dataset.culprit;
    delete td.dataset.problem;
  }
  if (!mark) {
    if (td.dataset.severity !== undefined) {
      delete td.dataset.severity;
      delete td.dataset.explained;
      td.removeAttribute('aria-invalid');
    }
    return;
  }
  td.dataset.severity = mark.severity;
  if (mark.explained) td.dataset.explained = 'true';
  else delete td.dataset.explained;
  if (mark.severity === 'error') td.setAttribute('aria-invalid', 'true');
  else td.removeAttribute('aria-invalid');
}

/** A grid slot that shows no table cell (beside the shorter pane of a side-by-side table): nothing from a reused <td>. */
export function clearCell(td: HTMLTableCellElement): void {
  for (const k of ['placement', 'testid', 'row', 'col', 'colno', 'marked', 'culprit', 'problem', 'severity', 'explained']) delete td.dataset[k];
  td.removeAttribute('aria-invalid');
  td.dataset.filler = 'true';
}
