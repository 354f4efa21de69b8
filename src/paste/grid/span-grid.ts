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

export class GridBuilder {
  private readonly rows: string[][] = [];
  /** slots already covered by a rowspan from an earlier row: "row:col" */
  private readonly covered = new Set<string>();
  private col = 0;
  private width = 0;

  startRow(): void {
    this.rows.push([]);
    this.col = 0;
  }

  addCell(raw: string, rowspan: number, colspan: number): void {
    if (this.rows.length === 0) this.startRow();
    const r = this.rows.length - 1;
    const row = this.rows[r]!;
    while (this.covered.has(`${r}:${this.col}`)) {
      row[this.col] ??= '';
      this.col++;
    }
    for (let dc = 0; dc < colspan; dc++) {
      row[this.col + dc] = dc === 0 ? cleanCellText(raw) : '';
      for (let dr = 1; dr < rowspan; dr++) this.covered.add(`${r + dr}:${this.col + dc}`);
    }
    this.col += colspan;
    if (this.col > this.width) this.width = this.col;
  }

  /** Rows padded to one width (holes from spans filled with ''), trailing empty rows dropped. */
  finish(): string[][] {
    const width = this.width;
    const out = this.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
    while (out.length > 0 && out[out.length - 1]!.every((c) => c === '')) out.pop();
    return out;
  }
}
