// A 合计 row printed one cell right of the data rows, shifted back under its 栏 before the columns are classified.
import type { RowSource } from './row-source.ts';

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/**
 * A 合计 row printed one cell right of the data rows (`⇥⇥⇥合计⇥14,000.26⇥…` under `类⇥款⇥项⇥1⇥2⇥3`, domain §6
 * item 9): its label sits under 栏 1 and its last value past the last printed 栏. Shift it back left, before the columns are
 * classified, so the values land under their own 栏.
 */
export function unshiftTotalRows(
  src: RowSource, rowAt: (i: number) => readonly string[], n: number, movedRows: Map<number, readonly string[]>,
  colNos: readonly (number | null)[], dataStart: number, lineOf: (i: number) => number,
): Set<number> | null {
  const numbered = colNos.flatMap((n, j) => (n !== null ? [j] : []));
  if (numbered.length < 2) return null;
  const out = new Set<number>();
  const first = numbered[0]!;
  const last = numbered[numbered.length - 1]!;
  for (let i = dataStart; i < n; i++) {
    // one cell read first: most rows are not 合计 rows, and a big paste's rows are not made for this
    const cell = movedRows.get(i)?.[first] ?? src.cell(i, first);
    if (!cell.includes('计') || !/^(?:合计|总计)$/.test(squash(cell.trim()))) continue;
    const row = rowAt(i);
    if (!/^(?:合计|总计)$/.test(squash(row[first] ?? '')) || (row[last + 1] ?? '') === '') continue;
    if (first === 0 || row.slice(0, first).some((t) => t !== '')) continue;
    // a new array: the grid rows may be the caller's own
    const moved = [...row.slice(0, first - 1), row[first]!, ...row.slice(first + 1), ''];
    movedRows.set(i, moved);
    out.add(lineOf(i));
  }
  return out.size > 0 ? out : null;
}
