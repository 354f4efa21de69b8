// Clipboard text/plain from Excel/WPS (tab-separated) and CSV files → a raw grid, rows keeping their source line.
// Empty cells (trailing tabs, merged cells copied as blanks) are kept so columns stay aligned.
import type { ParseResult } from '../../engine/document.ts';
import { readDelimited, type Grid } from './delimited.ts';
import { titleOfLine } from '../report/recognise.ts';

function gridResult(grid: Grid): ParseResult<Grid> {
  const hasText = grid.rows.some((r) => r.some((c) => c.trim() !== ''));
  if (!hasText) return { ok: false, reason: { code: 'empty_input', severity: 'error' } };
  return { ok: true, value: grid, problems: [] };
}

export function parseTsv(text: string): ParseResult<Grid> {
  return gridResult(readDelimited(text, { delimiter: '\t' }));
}

/** CSV with ',' (or ';' when a line has semicolons but no commas, as some European-locale exports do). */
export function parseCsv(text: string): ParseResult<Grid> {
  return gridResult(readDelimited(text, { delimiter: csvDelimiter(text) }));
}

export function csvDelimiter(text: string): ',' | ';' {
  const firstLine = text.slice(0, 4096).split(/\r?\n/, 1)[0] ?? '';
  return !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
}

/** True when the text reads as one tab-separated table rather than a whole report with prose between tables:
 * a few title/unit lines may precede the rows and a few notes follow them, but no prose runs between rows. */
export function looksLikeSingleTable(text: string): boolean {
  const sample = text.length > 1_000_000 ? text.slice(0, 1_000_000) : text;
  const kinds: boolean[] = [];
  const plain: { at: number; line: string }[] = [];
  for (const line of sample.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') continue;
    const tabbed = line.includes('\t');
    if (!tabbed) plain.push({ at: kinds.length, line });
    kinds.push(tabbed);
  }
  const first = kinds.indexOf(true);
  if (first < 0) return false;
  const last = kinds.lastIndexOf(true);
  let tabbed = 0;
  for (let i = first; i <= last; i++) if (kinds[i]) tabbed++;
  const inner = last - first + 1 - tabbed; // plain lines between rows (also quoted cells with newlines)
  if (!(first <= 6 && kinds.length - 1 - last <= 4 && inner <= 0.1 * tabbed)) return false;
  // a second table's title between the rows (two tables copied out of a report together) makes it a report
  return !plain.some((p) => p.at > first && p.at < last && titleOfLine(p.line) !== null);
}
