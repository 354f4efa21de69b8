// Every amount printed on a table block's body lines must land in a cell. Counted per printed text, the ones left
// over were dropped by a reading that did not fit the text's shape: the table then says how many
// (`Table.unplacedAmounts`, with an `amounts_unplaced` problem), and its failures are never errors
// (src/checks/unchecked.ts).
import type { ParseProblem } from '../engine/document.ts';
import type { Table } from '../engine/table.ts';

export interface UnplacedAt {
  readonly line: number;
  readonly endLine: number;
  readonly table: string;
}

/** The read table unchanged when every printed amount found a cell; else marked, with the problem added. */
export function markUnplaced(
  read: { table: Table; problems: ParseProblem[] }, printed: Iterable<string>, at: UnplacedAt,
): { table: Table; problems: ParseProblem[] } {
  const want = new Map<string, number>();
  for (const t of printed) want.set(t, (want.get(t) ?? 0) + 1);
  if (want.size === 0) return read;
  for (const row of read.table.rows) {
    for (const c of row.cells) {
      const n = want.get(c.text);
      if (n !== undefined) want.set(c.text, n - 1);
    }
  }
  const lost = [...want].filter(([, n]) => n > 0);
  if (lost.length === 0) return read;
  const count = lost.reduce((s, [, n]) => s + n, 0);
  return {
    table: { ...read.table, unplacedAmounts: count },
    problems: [...read.problems, {
      code: 'amounts_unplaced', severity: 'warning', ...at, params: { count, sample: lost.slice(0, 3).map(([t]) => t).join('、') },
    }],
  };
}
