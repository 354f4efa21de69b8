// Test helper: reads the hand-written corpus structures (test/golden/structure/corpus) and finds rows
// by the notation they use: code, label, `@pane`, `#n`th occurrence, or `#n` alone for the n-th row.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Row, Table } from '../../../../src/engine/table.ts';

export interface GoldenTable {
  readonly kind: string;
  readonly layout: string;
  readonly unit: string;
  readonly columns: readonly string[];
  readonly rowCount: number;
  readonly cells: readonly (readonly [string, string, string])[];
  readonly labels?: readonly (readonly [string, string])[];
  readonly notes?: readonly string[];
}

export interface GoldenDocument {
  readonly document: string;
  readonly tables: readonly GoldenTable[];
}

export function readGolden(name: string): GoldenDocument {
  const url = new URL(`../../../golden/structure/corpus/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as GoldenDocument;
}

export function findRow(table: Table, ref: string): Row | undefined {
  const nth = /^#(\d+)$/.exec(ref);
  if (nth) return table.rows[Number(nth[1]) - 1];
  const m = /^(.*?)(?:@(\d))?(?:#(\d+))?$/.exec(ref)!;
  const [, name, pane, occurrence] = m;
  const hits = table.rows.filter(
    (r) => (/^\d+$/.test(name!) ? r.code === name : r.label === name) && (pane === undefined || r.pane === Number(pane)),
  );
  return hits[occurrence ? Number(occurrence) - 1 : 0];
}

export function cellText(table: Table, row: Row, key: string): string | undefined {
  const i = table.columns.findIndex((c) => c.key === key);
  return i < 0 ? undefined : row.cells[i]?.text;
}
