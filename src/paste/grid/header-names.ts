// The printed name of every column of a raw grid, read from its header rows the way a reader reads a printed
// multi-row header: a merged cell's text sits in its top-left slot (Excel's TSV and our HTML grid alike) and covers
// the blank slots to its right that have a heading of their own further down (“本年支出” over 小计|基本支出|项目支出);
// a blank slot under a heading belongs to that heading (a vertical merge). Levels are joined top to bottom with a
// space; a wrapped line inside one cell is joined without one (“一般公共预算财 政拨款” → “一般公共预算财政拨款”).
// The 栏次 row (栏 numbers and 类/款/项/栏次/行次 words) names no column. The 科目编码 and 科目名称 columns of the
// Table gather all descriptor cells of a pane, so their names are picked by meaning from the cells above them.
import type { GridColumn } from './columns.ts';

const WIDE = '[\\u3000-\\u9fff\\uff00-\\uffef]';
const WRAP_SPACE = new RegExp(`(?<=${WIDE})\\s+(?=${WIDE})`, 'g');
const NUMBERING_WORD = /^(?:栏次|行次|类|款|项|类款项)$/;

/** One header cell's text as printed: wrapped lines joined, runs of spaces collapsed, spaces between CJK dropped. */
export function cleanHeaderText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().replace(WRAP_SPACE, '');
}

export interface HeaderNames {
  /** printed name per grid column ('' when nothing is printed above it) */
  readonly byColumn: string[];
  /** name of the 科目编码 column of pane 0 ('' when none is printed) */
  readonly code: string;
  /** name of the label (科目名称/项目) column of pane 0 ('' when none is printed) */
  readonly label: string;
}

/**
 * @param levels the header rows above the data, top to bottom, without the 栏次 row
 * @param cols the classified columns (roles and panes)
 */
export function headerNames(levels: readonly (readonly string[])[], cols: readonly GridColumn[]): HeaderNames {
  const width = cols.length;
  const cells = levels.map((row) => Array.from({ length: width }, (_, j) => cleanHeaderText(row[j] ?? '')));
  // below[l][j]: some level under l has text in column j
  const below = cells.map((_, l) => Array.from({ length: width }, (_, j) => cells.slice(l + 1).some((r) => r[j] !== '')));
  const cover = cells.map((row, l) => {
    const out = [...row];
    for (let j = 1; j < width; j++) {
      if (out[j] !== '' || row[j] !== '') continue;
      // the nearest text to the left in this level, with only blanks between, that heads columns below it
      let i = j - 1;
      while (i >= 0 && row[i] === '') i--;
      if (i >= 0 && below[l]![i] && below[l]![j]) out[j] = row[i]!;
    }
    return out;
  });
  const byColumn = Array.from({ length: width }, (_, j) => {
    const path: string[] = [];
    for (const level of cover) {
      const t = level[j]!;
      if (t !== '' && !NUMBERING_WORD.test(t) && path[path.length - 1] !== t) path.push(t);
    }
    return path.join(' ');
  });
  return { byColumn, ...descriptorNames(cells, cols) };
}

/** The names printed over the pane-0 descriptor columns: 名称 (else 项目) names the label, 编码 (else 分类/科目) the code. */
function descriptorNames(cells: readonly string[][], cols: readonly GridColumn[]): { code: string; label: string } {
  const texts: string[] = [];
  for (const c of cols) {
    if (c.pane !== 0 || c.role !== 'desc') continue;
    for (const row of cells) {
      const t = row[c.index]!;
      if (t !== '' && !NUMBERING_WORD.test(t) && !texts.includes(t)) texts.push(t);
    }
  }
  const label = texts.find((t) => /名称/.test(t)) ?? texts.find((t) => /^项目/.test(t)) ?? '';
  const rest = texts.filter((t) => t !== label);
  const code = rest.find((t) => /编码|代码/.test(t)) ?? rest.find((t) => /分类|科目/.test(t)) ?? '';
  return { code, label };
}
