// Reading the clipboard and dropped files for the document-level handlers: which events belong to an
// editor (an input, the grid's cell editor), where a paste goes (cells or a report import) and what a
// DataTransfer holds. Clipboard HTML is passed on as a string only; it is parsed inertly by src/paste and
// never inserted into the page.
import type { PasteInput } from './ingest.svelte.ts';

/** Rows and columns from the grid's selected cell to the table's end (null: no cell selected). */
export interface GridReach {
  readonly rows: number;
  readonly cols: number;
}

export interface GridPasteState {
  /** the grid itself has keyboard focus (not merely a selection left over from an earlier click) */
  readonly focused: boolean;
  /** a cell editor is open: the paste is text for that one cell */
  readonly editing: boolean;
  readonly reach: GridReach | null;
}

export type PasteDestination = 'cells' | 'editor' | 'report';

/** A single column of more than one row is cells only when every cell is this short (longer lines are prose). */
const COLUMN_CELL_CHARS = 40;
/** No clipboard cell of a table is this long. */
const MAX_CELL_CHARS = 200;

/** The clipboard text as a rectangle of tab-separated cells, or null when its lines are ragged. */
export function cellShape(text: string): { rows: number; cols: number } | null {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  if (lines.length === 0 || (lines.length === 1 && lines[0] === '')) return null;
  let cols = -1;
  for (const line of lines) {
    const cells = line.split('\t');
    if (cols === -1) cols = cells.length;
    else if (cells.length !== cols) return null;
    if (cells.some((c) => c.length > MAX_CELL_CHARS)) return null;
    if (cols === 1 && lines.length > 1 && line.trim().length > COLUMN_CELL_CHARS) return null;
  }
  return { rows: lines.length, cols };
}

/**
 * Where a paste goes: into cells only when the grid has keyboard focus with a selected cell and the clipboard
 * is a rectangle that fits from that cell (the table never grows); an open cell editor takes its own text;
 * everything else — a whole report, several tables, a paste anywhere else — is imported as a report.
 */
export function pasteDestination(input: PasteInput | null, grid: GridPasteState): PasteDestination {
  if (grid.focused && grid.editing) return 'editor';
  if (!input || !grid.focused || !grid.reach || input.text === undefined) return 'report';
  const shape = cellShape(input.text);
  if (!shape) return 'report';
  return shape.rows <= grid.reach.rows && shape.cols <= grid.reach.cols ? 'cells' : 'report';
}

/** The grid's own hidden input (Handsontable keeps keyboard focus there, outside the grid's element). */
export function isGridInput(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.dataset.hotInput !== undefined || target.classList.contains('handsontableInput'));
}

/** An input, text area or editable element of the page itself (not the grid's hidden input). */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || isGridInput(target)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Clipboard content for parseInput: HTML when there is some (tables keep their cells), plus the text. */
export function clipboardInput(data: DataTransfer | null): PasteInput | null {
  if (!data) return null;
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  if (html.trim() === '' && text.trim() === '') return null;
  return html.trim() !== '' ? { html, text } : { text };
}

export const ACCEPTED_FILES = '.pdf,.docx,.txt,.tsv,.csv,.xlsx,.html,.htm,.doc,.xls,.et,.wps';

export function droppedFiles(data: DataTransfer | null): File[] {
  return data ? [...data.files] : [];
}
