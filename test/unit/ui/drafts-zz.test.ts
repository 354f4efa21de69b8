import { test } from 'vitest';
import { parseInput } from '../../../src/paste/index.ts';
import { t05Tsv } from './drafts-harness.ts';
import { seedText } from './fixtures.ts';
test('probe', async () => {
  const r = await parseInput({ text: t05Tsv() });
  if (r.ok) console.log(r.value.tables.map((t) => [t.id, t.kind, t.rows.length, t.department, t.year]), r.value.department, r.value.year, r.value.title);
  const s = await parseInput({ text: seedText() });
  if (s.ok) console.log(s.value.tables.map((t) => [t.id, t.kind, t.rows.length]), s.value.department, s.value.year, s.value.title, s.value.narrative.text.length);
});
