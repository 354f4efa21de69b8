// Every amount printed on a layout table's lines must land in a cell. When a reading that does not fit the text's
// shape drops some (here: the 上海 财政局 report with a blank line after every line, which splits the rows the
// layout parser joins), the table says how many, and its identities are warnings listed as not confirmed — never
// errors resting on values that were lost.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../../src/checks/check-document.ts';
import { parseInput } from '../../../../src/paste/index.ts';

const TEXT = readFileSync(fileURLToPath(new URL('../../../fixtures/corpus/putuo_caizhengju_2024.txt', import.meta.url)), 'utf8');

async function parsed(text: string) {
  const r = await parseInput({ text, fileName: 'putuo_caizhengju_2024.txt' });
  if (!r.ok) throw new Error(r.reason.code);
  return r.value;
}

describe('amounts a layout table could not place', () => {
  test('the report as printed places every amount', async () => {
    const doc = await parsed(TEXT);
    expect(doc.tables.filter((t) => t.unplacedAmounts)).toEqual([]);
    expect(doc.problems.filter((p) => p.code === 'amounts_unplaced')).toEqual([]);
  });

  test('with a blank line after every line, the tables that lost amounts say so and raise no error of their own', async () => {
    const doc = await parsed(TEXT.replace(/\n/g, '\n\n'));
    const lost = doc.tables.filter((t) => (t.unplacedAmounts ?? 0) > 0);
    expect(lost.map((t) => t.kind).sort()).toEqual(['T03', 'T04', 'T06']);
    expect(doc.problems.filter((p) => p.code === 'amounts_unplaced').length).toBe(3);
    const result = checkDocument(doc);
    const ids = new Set(lost.map((t) => t.id));
    const touching = result.findings.filter((f) => ids.has(f.table) || f.cells.some((c) => ids.has(c.table)));
    expect(touching.filter((f) => f.severity === 'error')).toEqual([]);
    expect(touching.some((f) => f.params?.['reason'] === 'amounts_unplaced')).toBe(true);
    expect(result.unchecked.filter((u) => u.reason === 'amounts_unplaced').map((u) => u.kind).sort()).toEqual(['T03', 'T04', 'T06']);
  });
});
