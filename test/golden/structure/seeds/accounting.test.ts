// Nothing dropped silently: every source line of every seed and corpus document is in exactly one place —
// the narrative (through lineMap) or the line range of one table block.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { parseReportText } from '../../../../src/paste/report/index.ts';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const FILES = ['seeds', 'corpus'].flatMap((d) => readdirSync(FIXTURES + d).filter((f) => f.endsWith('.txt')).map((f) => `${d}/${f}`));

test.each(FILES)('%s: each line is narrative or inside one table block, never both, never neither', (file) => {
  const text = readFileSync(FIXTURES + file, 'utf8');
  const r = parseReportText(text);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const owner = new Map<number, string>();
  for (const n of r.value.narrative.lineMap) owner.set(n, (owner.get(n) ?? '') + 'N');
  for (const t of r.value.tables) {
    const [a, b] = t.sourceLines!;
    for (let n = a; n <= b; n++) owner.set(n, (owner.get(n) ?? '') + 'T');
  }
  const total = text.split(/\r\n|\r|\n/).length;
  const wrong = [...Array(total).keys()].map((i) => i + 1).filter((n) => owner.get(n)?.length !== 1);
  expect(wrong).toEqual([]);
});
