// Golden structure helpers: load a seed document through parseReportText and find rows the way a reviewer
// names them — by 科目 code, by label, or by printed 行次 (with the pane for two-pane tables).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedDocument } from '../../../../src/engine/document.ts';
import type { Row, Table, TableKind } from '../../../../src/engine/table.ts';
import { columnByColNo } from '../../../../src/engine/table.ts';
import { parseReportText } from '../../../../src/paste/report/index.ts';

const SEEDS = fileURLToPath(new URL('../../../fixtures/seeds/', import.meta.url));

export function loadSeed(file: string): ParsedDocument {
  const r = parseReportText(readFileSync(SEEDS + file, 'utf8'));
  if (!r.ok) throw new Error(`seed ${file} did not parse: ${r.reason.code}`);
  return r.value;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** `code:2080505`, `label:合计`, `r:27` (行次; `r1:40` = 行次 40 in pane 1) */
export function findRow(table: Table, key: string): Row {
  const [how, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  const row = table.rows.find((r) => {
    if (how === 'code') return r.code === rest;
    if (how === 'label') return squash(r.label) === squash(rest);
    if (how === 'r') return r.lineNo === Number(rest);
    if (how.startsWith('r')) return r.lineNo === Number(rest) && r.pane === Number(how.slice(1));
    throw new Error(`bad row key ${key}`);
  });
  if (!row) throw new Error(`${table.id}: no row ${key}`);
  return row;
}

/** printed text of the cell in 栏 `colNo` of the row named by `key` */
export function cellText(table: Table, key: string, colNo: number): string {
  const i = columnByColNo(table, colNo);
  if (i < 0) throw new Error(`${table.id}: no 栏 ${colNo}`);
  return findRow(table, key).cells[i]!.text;
}

export function hasCellText(table: Table, text: string): boolean {
  return table.rows.some((r) => squash(r.label) === squash(text) || r.cells.some((c) => squash(c.text) === squash(text)));
}

export interface TableExpectation {
  readonly kind: TableKind;
  readonly layout?: string | null;
  /** first source line of the block (the title line) */
  readonly at: number;
  /** last source line of the block (where the splitter ends it) */
  readonly to?: number;
  readonly title?: string;
  readonly colNos?: readonly number[];
  readonly headers?: readonly string[];
  readonly rows?: number;
  /** [row key, 栏, printed text] */
  readonly cells?: readonly (readonly [string, number, string])[];
  readonly labels?: readonly (readonly [string, string])[];
  /** texts that must appear in some cell (绩效 tables: their inner structure is the perf module's) */
  readonly texts?: readonly string[];
  readonly notes?: readonly string[];
}

/** One test per expected table, plus the table list itself (no table missing, none extra). */
export function goldenTables(file: string, expected: readonly TableExpectation[], testFn: typeof import('vitest').test,
  expectFn: typeof import('vitest').expect): void {
  const doc = loadSeed(file);
  testFn(`${file}: exactly the expected tables, in order`, () => {
    expectFn(doc.tables.map((t) => `${t.kind}@${t.sourceLines?.[0]}`)).toEqual(expected.map((e) => `${e.kind}@${e.at}`));
  });
  testFn.each(expected.map((e) => [`${e.kind}@${e.at}`, e] as const))(`${file}: %s structure and cells`, (_name, e) => {
    const table = doc.tables.find((t) => t.kind === e.kind && t.sourceLines?.[0] === e.at);
    expectFn(table, `${e.kind}@${e.at}`).toBeDefined();
    const t = table!;
    if (e.to !== undefined) expectFn(t.sourceLines?.[1]).toBe(e.to);
    if (e.layout !== undefined) expectFn(t.layout).toBe(e.layout);
    if (e.title !== undefined) expectFn(t.title).toBe(e.title);
    if (e.colNos) expectFn(t.columns.filter((c) => c.role === 'amount').map((c) => c.colNo)).toEqual(e.colNos);
    if (e.headers) expectFn(t.columns.filter((c) => c.role === 'amount').map((c) => c.header)).toEqual(e.headers);
    if (e.rows !== undefined) expectFn(t.rows.length).toBe(e.rows);
    for (const [key, col, text] of e.cells ?? []) expectFn(cellText(t, key, col), `${key} ${col}栏`).toBe(text);
    for (const [key, label] of e.labels ?? []) expectFn(findRow(t, key).label).toBe(label);
    for (const text of e.texts ?? []) expectFn(hasCellText(t, text), text).toBe(true);
    for (const note of e.notes ?? []) expectFn(t.notes.some((n) => n.includes(note)), note).toBe(true);
  });
}
