// 自评情况汇总表: one row per project (序号, 项目名称, budgets, execution, scores), a two-line header in
// seed 004 (全年预算数 over 年初预算数 | 年中追加数 | 小计), and footer rows (合计, 平均分, 比例) kept as printed.
import { newDraft, setCell, type Draft } from './draft.ts';
import { headerTexts, readHeader } from './header.ts';
import type { HeaderMap } from './indicator-row.ts';
import type { CellLine, RowsOut } from './tab-block.ts';
import { headerKey } from './vocabulary.ts';

const isHeaderLike = (cells: readonly string[]) =>
  cells.some((c) => c !== '') && cells.every((c) => c === '' || headerKey(c) !== null);

export function readSummaryRows(lines: readonly CellLine[]): RowsOut {
  const out: RowsOut = { drafts: [], headers: new Map(), notes: [], problems: [] };
  let header: HeaderMap | null = null;
  for (const { cells, line } of lines) {
    if (header === null) {
      if (cells.some((c) => /项目名称/.test(c))) {
        header = readHeader(cells);
        out.drafts.push(headerRow(cells, line));
      } else out.notes.push(cells.filter((c) => c !== '').join(' '));
      continue;
    }
    if (isHeaderLike(cells) && out.drafts.every((d) => d.block === 'header')) {
      header = readHeader(cells, header);
      out.drafts.push(headerRow(cells, line));
      continue;
    }
    out.drafts.push(dataRow(cells, header, line));
  }
  if (header) {
    // the lower header line names the split columns (年初预算数 | 年中追加数 | 小计): it wins
    const headerLines = new Set(out.drafts.filter((d) => d.block === 'header').map((d) => d.line));
    const texts = lines.filter((l) => headerLines.has(l.line));
    for (const l of [...texts].reverse()) headerTexts(l.cells, header, out.headers);
  }
  return out;
}

function headerRow(cells: readonly string[], line: number): Draft {
  const d = newDraft('header', '', line);
  setCell(d, 'info', cells.filter((c) => c !== '').join(' | '));
  return d;
}

/** Project rows start with their 序号; anything else is a footer whose first cell is its label. */
function dataRow(cells: readonly string[], header: HeaderMap, line: number): Draft {
  const isItem = /^\d+$/.test(cells[0]?.trim() ?? '');
  const d = newDraft(isItem ? 'item' : 'footer', '', line);
  cells.forEach((c, i) => {
    if (c === '') return;
    const key = header.get(i);
    if (key === 'label' || (!isItem && i === 0)) d.label = d.label ? `${d.label} ${c}` : c;
    else setCell(d, key ?? 'extra', c);
  });
  return d;
}
