// Builds a rectangular grid from HTML table cells with rowspan/colspan. A merged cell's text goes to its top-left
// slot and the slots it covers stay blank — the same shape Excel puts on the clipboard as TSV, so a table pasted
// either way reads the same.

/** Cell text as a reviewer sees it: runs of spaces collapsed, wrapped lines trimmed, empty lines dropped. */
export function cleanCellText(raw: string): string {
  return raw
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\u00a0]+/g, ' ').replace(/^[ \u3000]+|[ \u3000]+$/g, ''))
    .filter((l) => l !== '')
    .join('\n');
}

/** Slots (rows × width, spans included) all tables of one document may take: a 2.7 KB colspan/rowspan bomb
 * would otherwise ask for 60 million. */
export const MAX_GRID_SLOTS = 4_000_000;
const COL_KEY = 2 ** 22; // > MAX_GRID_SLOTS, so row * COL_KEY + col is a unique number per slot

/** The slot budget shared by every table of one document. */
export class SlotBudget {
  used = 0;
  /** slots the table that broke the budget would have needed (0 while within it) */
  exceeded = 0;
  constructor(readonly max: number = MAX_GRID_SLOTS) {}
}

export class GridBuilder {
  private readonly rows: string[][] = [];
  /** slots already covered by a rowspan from an earlier row: row * COL_KEY + col */
  private readonly covered = new Set<number>();
  private col = 0;
  private width = 0;
  /** slots this table has taken from the budget */
  private counted = 0;
  private over = false;

  constructor(private readonly budget: SlotBudget = new SlotBudget()) {}

  /** True once the table needed more slots than the budget had left: it is then dropped, not built. */
  get overBudget(): boolean {
    return this.over;
  }

  /** Takes the slots a (rows × width) rectangle needs from the budget; false when it does not fit. */
  private reserve(rows: number, width: number): boolean {
    if (this.over) return false;
    const need = rows * width;
    if (need <= this.counted) return true;
    if (this.budget.used + need - this.counted > this.budget.max) {
      this.over = true;
      this.budget.exceeded = Math.max(this.budget.exceeded, this.budget.used - this.counted + need);
      return false;
    }
    this.budget.used += need - this.counted;
    this.counted = need;
    return true;
  }

  startRow(): void {
    if (!this.reserve(this.rows.length + 1, this.width)) return;
    this.rows.push([]);
    this.col = 0;
  }

  addCell(raw: string, rowspan: number, colspan: number): void {
    if (this.over) return;
    if (this.rows.length === 0) this.startRow();
    const r = this.rows.length - 1;
    const row = this.rows[r]!;
    while (this.covered.has(r * COL_KEY + this.col)) {
      row[this.col] ??= '';
      this.col++;
    }
    if (!this.reserve(Math.max(this.rows.length, r + rowspan), Math.max(this.width, this.col + colspan))) return;
    for (let dc = 0; dc < colspan; dc++) {
      row[this.col + dc] = dc === 0 ? cleanCellText(raw) : '';
      for (let dr = 1; dr < rowspan; dr++) this.covered.add((r + dr) * COL_KEY + this.col + dc);
    }
    this.col += colspan;
    if (this.col > this.width) this.width = this.col;
  }

  /** Rows padded to one width (holes from spans filled with ''), trailing empty rows dropped; none when over budget. */
  finish(): string[][] {
    if (this.over) return [];
    const width = this.width;
    const out = this.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
    while (out.length > 0 && out[out.length - 1]!.every((c) => c === '')) out.pop();
    return out;
  }
}
