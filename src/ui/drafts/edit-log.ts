// The edits not yet stored, as a log: for a workbook too big for the synchronous journal, the page can still
// leave behind what it changed since its last save — the cells typed or pasted in the grid and the tables'
// kinds — rather than the whole workbook. A change the log cannot express (a table added or removed, a paste
// that replaced the workbook, a paste of too many cells) makes the log incomplete until a save covers it.
import type { ParsedDocument } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';

/** One cell as the reviewer left it. */
export interface LoggedCell {
  readonly table: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface LoggedChange {
  readonly cells: readonly LoggedCell[];
  /** tables whose kind changed, with the new kind */
  readonly kinds: Readonly<Record<string, TableKind>>;
}

/** A log longer than this is not kept (such a change is a paste; the journal says it could not keep it). */
export const MAX_LOGGED_CELLS = 20_000;

/** What changed from `a` to `b` as cells and kinds, or null when that does not describe the change. */
export function loggedChange(a: ParsedDocument, b: ParsedDocument, limit = MAX_LOGGED_CELLS): LoggedChange | null {
  if (a.tables.length !== b.tables.length || a.tables.some((t, i) => t.id !== b.tables[i]!.id)) return null;
  const cells: LoggedCell[] = [];
  const kinds: Record<string, TableKind> = {};
  for (let i = 0; i < b.tables.length; i++) {
    const x = a.tables[i]!;
    const y = b.tables[i]!;
    if (x === y) continue;
    if (x.kind !== y.kind) kinds[y.id] = y.kind;
    if (!cellsOf(x, y, cells, limit)) return null;
  }
  return { cells, kinds };
}

/** Adds the cells of y that differ from x; false when rows went away or the limit is passed. */
function cellsOf(x: Table, y: Table, out: LoggedCell[], limit: number): boolean {
  if (y.rows.length < x.rows.length || y.columns.length < x.columns.length) return false;
  if (x.rows === y.rows) return true;
  for (let r = 0; r < y.rows.length; r++) {
    const rx = x.rows[r];
    const ry = y.rows[r]!;
    // an edit makes a new row object; the rows it did not touch are the same objects
    if (rx === ry) continue;
    for (let c = 0; c < ry.cells.length; c++) {
      const text = ry.cells[c]!.text;
      if ((rx?.cells[c]?.text ?? '') === text) continue;
      out.push({ table: y.id, row: r, col: c, text });
      if (out.length > limit) return false;
    }
  }
  // a table that grew is grown the same way on replay: its last cell is logged even when blank
  const last = y.rows.at(-1);
  if ((y.rows.length > x.rows.length || y.columns.length > x.columns.length) && last) {
    out.push({ table: y.id, row: y.rows.length - 1, col: y.columns.length - 1, text: last.cells[y.columns.length - 1]?.text ?? '' });
  }
  return true;
}

/**
 * The log of one draft's unsaved changes. Each entry carries the edit counter it was made at, so a save that
 * stored the workbook as of counter n drops what it covered and keeps what came after.
 */
export class EditLog {
  private items: { seq: number; change: LoggedChange }[] = [];
  private brokenAt: number | null = null;
  private cells = 0;

  add(seq: number, change: LoggedChange | null): void {
    if (change === null) return this.break(seq);
    if (change.cells.length === 0 && Object.keys(change.kinds).length === 0) return;
    this.items.push({ seq, change });
    this.cells += change.cells.length;
    if (this.cells > MAX_LOGGED_CELLS) this.break(seq);
  }

  /** A change the log cannot express was made at `seq`. */
  break(seq: number): void {
    this.brokenAt = Math.max(this.brokenAt ?? seq, seq);
  }

  /** The workbook as of counter `seq` is stored. */
  stored(seq: number): void {
    this.items = this.items.filter((e) => e.seq > seq);
    this.cells = this.items.reduce((n, e) => n + e.change.cells.length, 0);
    if (this.brokenAt !== null && this.brokenAt <= seq) this.brokenAt = null;
  }

  /** Nothing is pending (a draft was opened, or the workbook is no longer a draft). */
  clear(): void {
    this.items = [];
    this.cells = 0;
    this.brokenAt = null;
  }

  /** The unsaved changes in order, or null when the log does not hold all of them. */
  changes(): LoggedChange[] | null {
    return this.brokenAt === null ? this.items.map((e) => e.change) : null;
  }
}
