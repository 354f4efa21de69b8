import { readFileSync } from 'node:fs';
import { parseInput } from '../../../src/paste/index.ts';
import { scoredUnits } from '../../../src/checks/perf/scores.ts';
import { num } from '../../../src/checks/perf/values.ts';
for (const file of process.argv.slice(2)) {
  const r = await parseInput({ bytes: new Uint8Array(readFileSync(file)), fileName: file });
  if (!r.ok) continue;
  for (const t of r.value.tables) {
    if (!t.kind.startsWith('P_') || t.kind === 'P_SUMMARY') continue;
    const units = scoredUnits(t);
    const multi = units.filter((u) => u.rows.length > 1).map((u) => u.rows.map((i) => `${num(t, i, 'weight')?.value ?? '_'}/${num(t, i, 'score')?.value ?? '_'}`).join(','));
    console.log(file.split('/').pop(), t.id, t.kind, 'units', units.length, 'unsure', units.filter((u) => u.unsure).length, 'multi:', multi.join(' ; '));
  }
}
for (const file of process.argv.slice(2)) {
  const r = await parseInput({ bytes: new Uint8Array(readFileSync(file)), fileName: file });
  if (!r.ok) continue;
  for (const t of r.value.tables) if (t.id === process.env.T) for (const u of scoredUnits(t)) console.log(u.rows.join(','), t.rows[u.rows[0]!]!.sourceLine, String(num(t, u.rows[0]!, 'weight')?.value), String(num(t, u.rows[0]!, 'score')?.value), t.rows[u.rows[0]!]!.label.slice(0,12));
}
