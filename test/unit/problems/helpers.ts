// Real fixture documents with one or more cells changed, checked as the CLI does, and their problems.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDocument } from '../../../src/checks/check-document.ts';
import { documentProblems, type ProblemsResult } from '../../../src/checks/problems/index.ts';
import type { Finding, ParsedDocument, Table } from '../../../src/engine/index.ts';
import { makeCell, type Placement } from '../../../src/engine/table.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const SEED_001 = 'seeds/001_c1aab3eb9d979e5d.txt';
export const PUTUO = 'corpus/putuo_caizhengju_2024.txt';

const parsed = new Map<string, ParsedDocument>();
export function fixtureDoc(name: string): ParsedDocument {
  let doc = parsed.get(name);
  if (!doc) {
    const r = parseReportText(readFileSync(FIXTURES + name, 'utf8'));
    if (!r.ok) throw new Error(`${name} does not parse`);
    doc = r.value;
    parsed.set(name, doc);
  }
  return doc;
}

export function tableOf(doc: ParsedDocument, kind: Table['kind']): Table {
  const t = doc.tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`no ${kind}`);
  return t;
}

/** Row index of a 科目 code (or label) and column index of a printed 栏 in a table. */
export function at(t: Table, key: string, colNo: number): { row: number; col: number } {
  const row = t.rows.findIndex((r) => r.code === key || r.label === key);
  const col = t.columns.findIndex((c) => c.colNo === colNo);
  if (row < 0 || col < 0) throw new Error(`no ${key} ${colNo}栏 in ${t.id}`);
  return { row, col };
}

export interface Edit { readonly table: string; readonly row: number; readonly col: number; readonly text: string; readonly placement?: Placement }

/** The document with the edits applied (new tables; the cached parse is not touched). */
export function withEdits(doc: ParsedDocument, edits: readonly Edit[]): ParsedDocument {
  const tables = doc.tables.map((t) => {
    const mine = edits.filter((e) => e.table === t.id);
    if (!mine.length) return t;
    const rows = t.rows.slice();
    for (const e of mine) {
      const old = rows[e.row]!;
      const cell = { ...makeCell(e.text), ...(e.placement ? { placement: e.placement } : {}) };
      rows[e.row] = { ...old, cells: old.cells.map((c, i) => (i === e.col ? cell : c)) };
    }
    return { ...t, rows };
  });
  return { ...doc, tables };
}

export function checked(doc: ParsedDocument): { findings: Finding[]; result: ProblemsResult } {
  const findings = checkDocument(doc).findings;
  return { findings, result: documentProblems(doc, findings) };
}

/** Problems with a computed culprit (not single findings standing alone). */
export function rootCauses(r: ProblemsResult) {
  return r.problems.filter((p) => p.basis !== 'single');
}
