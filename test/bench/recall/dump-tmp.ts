import { readFileSync } from 'node:fs';
import { parseInput } from '../../../src/paste/index.ts';
const file = process.argv[2]!;
const kinds = (process.argv[3] ?? 'P_').split(',');
const r = await parseInput({ bytes: new Uint8Array(readFileSync(file)), fileName: file });
if (!r.ok) throw new Error('parse');
for (const t of r.value.tables) {
  if (!kinds.some((k) => t.kind.startsWith(k))) continue;
  console.log('###', t.id, t.kind, t.layout, t.title, t.columns.map((c) => `${c.key}:${c.role}:${c.colNo}`).join(' '));
  t.rows.forEach((row, i) => console.log(i, row.block ?? '', row.flags?.join('|') ?? '', row.code ?? '', row.label.slice(0, 20), '|', row.cells.map((c) => c.text).join(' | ').slice(0, 200)));
}
