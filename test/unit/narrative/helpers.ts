// Test helpers: the narrative part of a real document from test/fixtures, wrapped as a ParsedDocument.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import type { Table } from '../../../src/engine/table.ts';
import type { Finding } from '../../../src/engine/finding.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

/** The 情况说明 of a document: from its last “第三部分” heading to the next “第四部分”. */
export function narrativeOf(name: string): string {
  const lines = fixture(name).split('\n');
  let start = 0;
  lines.forEach((l, i) => { if (/^\s*第三部分/.test(l)) start = i; });
  const end = lines.findIndex((l, i) => i > start && /^\s*第[四五]部分/.test(l));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

export function docOf(text: string, tables: Table[] = [], year: number | null = null): ParsedDocument {
  return { title: null, department: null, year, unit: null, tables,
    narrative: { text, lineMap: text.split('\n').map((_, i) => i + 1) }, problems: [] };
}

/** Findings whose quoted sentence contains `part` (whitespace ignored). */
export function about(findings: readonly Finding[], part: string): Finding[] {
  const key = part.replace(/\s/g, '');
  return findings.filter((f) => String(f.params?.sentence ?? '').includes(key));
}

export const codes = (fs: readonly Finding[]) => fs.map((f) => f.code).sort();
