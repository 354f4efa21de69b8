// Test helpers for the budget narrative: a real 说明 with tables parsed from the hand-made tab-separated copies in
// test/fixtures/budget/handmade (one table per blank-line-separated block).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import type { Table } from '../../../src/engine/table.ts';
import { parseInput } from '../../../src/paste/index.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'budget');

export const budgetFixture = (name: string): string => readFileSync(join(ROOT, name), 'utf8');

/** Every table of a hand-made file, each blank-line-separated block read as one pasted table (ids made unique). */
export async function handmadeTables(name: string): Promise<Table[]> {
  const blocks = budgetFixture(`handmade/${name}`).split(/\n\n+/).filter((b) => b.trim() !== '');
  const out: Table[] = [];
  for (const [i, block] of blocks.entries()) {
    const r = await parseInput({ text: block, fileName: 'table.tsv' });
    if (!r.ok) throw new Error(r.reason.code);
    out.push(...r.value.tables.map((t) => ({ ...t, id: `${t.kind}@h${i + 1}` })));
  }
  return out;
}

/** The real narrative file (as the parser reads it) with the given tables. */
export function budgetDoc(narrativeFile: string, tables: readonly Table[], edit: (text: string) => string = (t) => t): ParsedDocument {
  const r = parseReportText(edit(budgetFixture(narrativeFile)));
  if (!r.ok) throw new Error(r.reason.code);
  return { ...r.value, tables: [...r.value.tables, ...tables] };
}
