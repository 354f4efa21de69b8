// Test helpers: slices of the real documents in test/fixtures, and a table lookup in the domain's notation.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Table } from '../../../../src/engine/table.ts';

const ROOT = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

export function fixtureText(path: string): string {
  return readFileSync(ROOT + path, 'utf8');
}

/** Lines first..last (1-based, inclusive) of a fixture, joined with "\n". */
export function fixtureLines(path: string, first: number, last: number): string {
  return fixtureText(path).split('\n').slice(first - 1, last).join('\n');
}

export const SEED_001 = 'seeds/001_c1aab3eb9d979e5d.txt';

/** Printed text of a cell: row by code or label, column by 栏 number. */
export function cellAt(table: Table, row: string, col: number): string | undefined {
  const r = table.rows.find((x) => x.code === row) ?? table.rows.find((x) => x.label === row);
  const c = table.columns.findIndex((x) => x.colNo === col);
  return r && c >= 0 ? r.cells[c]!.text : undefined;
}
