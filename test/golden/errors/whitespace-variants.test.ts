// The same report copied through another route differs in its invisible characters: Windows line ends, no-break
// spaces (web pages, some PDF viewers), tabs turned into spaces, page breaks lost,
// every line indented, column gaps squashed (a PDF viewer's copy loses the alignment), trailing blanks, amounts without thousands separators. Each variant of
// every public document in test/fixtures must raise no `error` the document itself does not raise.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import type { Finding } from '../../../src/engine/index.ts';
import { parseInput } from '../../../src/paste/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DIRS = ['test/fixtures/seeds', 'test/fixtures/corpus', 'test/fixtures/budget'];
const DOCS = DIRS.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));

const VARIANTS: Record<string, (s: string) => string> = {
  'CRLF line ends': (s) => s.replace(/\n/g, '\r\n'),
  'no-break spaces': (s) => s.replace(/ /g, '\u00a0'),
  'tabs as four spaces': (s) => s.replace(/\t/g, '    '),
  'no form feeds (page breaks)': (s) => s.replace(/\f/g, ''),
  'indented by four spaces': (s) => s.replace(/^/gm, '    '),
  'column gaps squashed to two spaces': (s) => s.replace(/ {2,}/g, '  '),
  'trailing blanks': (s) => s.replace(/\n/g, '  \n'),
  'no thousands separators': (s) => s.replace(/(\d),(\d{3})(?!\d)/g, '$1$2').replace(/(\d),(\d{3})(?!\d)/g, '$1$2'),
};

const key = (f: Finding) => `${f.ruleId}|${f.code}|${f.table.replace(/@\d+$/, '')}|${f.location?.code ?? ''}|${f.location?.label ?? ''}|${f.location?.colNo ?? ''}|${f.expected}|${f.actual}`;

async function errors(text: string, fileName: string): Promise<string[]> {
  const r = await parseInput({ text, fileName });
  if (!r.ok) throw new Error(r.reason.code);
  return checkDocument(r.value).findings.filter((f) => f.severity === 'error').map(key);
}

test.each(DOCS)('%s: no new error when copied with other invisible characters', async (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const name = file.split('/').pop()!;
  const own = new Set(await errors(text, name));
  const wolves: string[] = [];
  for (const [variant, change] of Object.entries(VARIANTS)) {
    for (const e of await errors(change(text), name)) if (!own.has(e)) wolves.push(`${variant}: ${e}`);
  }
  expect(wolves).toEqual([]);
});
