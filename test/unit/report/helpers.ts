// Reports built from the real documents: seed 001 (赣州市医疗保障局 2023, all ten tables, 绩效 tables, narrative) and
// the SYNTHETIC 普陀区财政局 file with injected errors. Each is parsed and checked once per test file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDocument } from '../../../src/checks/check-document.ts';
import { checkNarrative } from '../../../src/checks/narrative/index.ts';
import type { Unchecked } from '../../../src/checks/unchecked.ts';
import type { Finding, ParsedDocument, RuleStatus } from '../../../src/engine/index.ts';
import { parseInput } from '../../../src/paste/index.ts';

export const SEED_001 = 'seeds/001_c1aab3eb9d979e5d.txt';
export const SYNTHETIC = 'corpus/SYNTHETIC_putuo_caizhengju_2024_injected_errors.txt';

export interface Checked {
  readonly doc: ParsedDocument;
  readonly findings: Finding[];
  readonly statuses: RuleStatus[];
  readonly unchecked: readonly Unchecked[];
}

const cache = new Map<string, Promise<Checked>>();

export function fixtureText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');
}

/** Parses and checks a fixture the way the workbench does: table rules and narrative checks. */
export function checked(name: string): Promise<Checked> {
  let p = cache.get(name);
  if (!p) {
    p = (async () => {
      const r = await parseInput({ text: fixtureText(name) });
      if (!r.ok) throw new Error(`fixture ${name} did not parse: ${r.reason.code}`);
      const doc = r.value;
      const { findings, statuses, unchecked } = checkDocument(doc);
      return { doc, findings: [...findings, ...checkNarrative(doc)], statuses, unchecked };
    })();
    cache.set(name, p);
  }
  return p;
}

/** The first finding that satisfies `pred`; a fixture that lacks one fails the test that needs it. */
export function pick(findings: readonly Finding[], pred: (f: Finding) => boolean, what: string): Finding {
  const f = findings.find(pred);
  if (!f) throw new Error(`fixture has no ${what} finding`);
  return f;
}

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF), enough to read our own CSV back. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
