// A reviewer often copies one table out of a report (from its title to its last row, sometimes with the next
// table's title or a few lines more) and pastes it. Every such slice of every public document in test/fixtures,
// pasted as text, must raise no `error` on the copied table that the whole document does not raise there: a copy
// may lose the other tables (cross-table rules are then listed as not checked), never gain a false error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import type { Finding } from '../../../src/engine/index.ts';
import { parseInput } from '../../../src/paste/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DIRS = ['test/fixtures/seeds', 'test/fixtures/corpus', 'test/fixtures/budget'];
const DOCS = DIRS.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));
/** lines copied before the title (unit, department lines) and after the last row (note, the next title) */
const BEFORE = 6;
const AFTERS = [0, 2, 4];

/** Where and what, without the table's id (its line number differs between the slice and the document). */
const key = (f: Finding) => `${f.ruleId}|${f.code}|${f.location?.code ?? ''}|${f.location?.label ?? ''}|${f.location?.colNo ?? ''}|${f.expected}|${f.actual}`;

test.each(DOCS)('%s: a table copied out alone raises no error the whole document does not', async (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const lines = text.split('\n');
  const whole = await parseInput({ text, fileName: file.split('/').pop() });
  if (!whole.ok) throw new Error(whole.reason.code);
  const findings = checkDocument(whole.value).findings;
  const wolves: string[] = [];
  for (const t of whole.value.tables) {
    if (!t.sourceLines) continue;
    const own = new Set(findings.filter((f) => f.table === t.id || f.location?.table === t.id).map(key));
    const [first, last] = t.sourceLines;
    for (const after of AFTERS) {
      const slice = lines.slice(Math.max(0, first - 1 - BEFORE), last + after).join('\n');
      const pasted = await parseInput({ text: slice });
      if (!pasted.ok) continue; // refused as not a report: nothing is checked, nothing is claimed
      const copy = pasted.value.tables.find((x) => x.kind === t.kind);
      if (!copy) continue;
      for (const f of checkDocument(pasted.value).findings) {
        if (f.severity !== 'error' || (f.table !== copy.id && f.location?.table !== copy.id) || own.has(key(f))) continue;
        wolves.push(`${t.id} +${after}: ${key(f)}`);
      }
    }
  }
  expect(wolves).toEqual([]);
});

test.each(DOCS)('%s: two neighbouring tables copied together are read as two tables and raise no new error', async (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const lines = text.split('\n');
  const whole = await parseInput({ text, fileName: file.split('/').pop() });
  if (!whole.ok) throw new Error(whole.reason.code);
  const findings = checkDocument(whole.value).findings;
  const tables = whole.value.tables.filter((t) => t.sourceLines && t.kind !== 'unknown');
  const wolves: string[] = [];
  for (let i = 0; i + 1 < tables.length; i++) {
    const [a, b] = [tables[i]!, tables[i + 1]!];
    if (a.kind === b.kind) continue;
    const slice = lines.slice(Math.max(0, a.sourceLines![0] - 1 - BEFORE), b.sourceLines![1]).join('\n');
    const pasted = await parseInput({ text: slice });
    if (!pasted.ok) continue;
    const own = new Set(findings.filter((f) => [a.id, b.id].includes(f.table) || [a.id, b.id].includes(f.location?.table ?? '')).map(key));
    const copies = pasted.value.tables.filter((x) => x.kind === a.kind || x.kind === b.kind);
    if (copies.length < 2) wolves.push(`${a.id} + ${b.id}: read as ${pasted.value.tables.map((x) => x.kind).join(', ')}`);
    const ids = copies.map((x) => x.id);
    for (const f of checkDocument(pasted.value).findings) {
      if (f.severity !== 'error' || !(ids.includes(f.table) || ids.includes(f.location?.table ?? '')) || own.has(key(f))) continue;
      wolves.push(`${a.id} + ${b.id}: ${key(f)}`);
    }
  }
  expect(wolves).toEqual([]);
});
