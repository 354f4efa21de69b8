// Fallback for tables no specific parser reads (unknown kinds, tables of a shape not seen): every line becomes a
// row of text cells split on tabs (empties kept) or on runs of spaces, so the table stays visible and usable.
import type { Column } from '../../engine/table.ts';
import type { SourceLine } from '../source-line.ts';
import { newDraft, toRow, type Built, type BuildContext } from './draft.ts';
import { classify, isTabLine, tabCells } from './tokens.ts';

function cellsOf(text: string): string[] {
  if (isTabLine(text)) return tabCells(text);
  const t = text.trim();
  return (/\s{2,}/.test(t) ? t.split(/\s{2,}/) : t.split(/\s+/)).map((c) => c.trim());
}

export function buildGeneric(lines: readonly SourceLine[], ctx: BuildContext): Built {
  const body = lines.filter((l) => l.text.trim() !== '');
  const grid = body.map((l) => cellsOf(l.text));
  const width = grid.reduce((m, r) => Math.max(m, r.length), 0);
  // the first line is a header when it carries no number
  const headerRow = grid.length > 1 && (grid[0] ?? []).every((c) => classify(c) === 'text' || c === '');
  const header = headerRow ? grid[0]! : [];
  const columns: Column[] = Array.from({ length: width }, (_, i) => ({
    key: `t${i + 1}`, colNo: null, header: header[i] ?? '', role: 'text' as const,
  }));
  const rows = body.slice(headerRow ? 1 : 0).map((l, i) => {
    const cells = grid[i + (headerRow ? 1 : 0)]!;
    const d = newDraft(l.line, { label: cells.find((c) => classify(c) === 'text' && c !== '') ?? '' });
    return toRow(d, [], Array.from({ length: width }, (_, j) => cells[j] ?? ''));
  });
  return { columns, rows, layout: ctx.layoutHint, notes: [], problems: [] };
}
