// The CLI reads a PDF: tables with their pages, findings with 第 N 页, JSON findings with `page`.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { run } from '../../../src/cli/main.ts';

const FILE = join(import.meta.dirname, '..', '..', 'fixtures', 'pdf', 'putuo_shehuigongzuobu_2024.pdf');

test('check FILE.pdf prints the tables with their pages and every finding with its page', async () => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run([FILE], (s) => out.push(s), (s) => err.push(s));
  const text = out.join('\n');
  expect(err).toEqual([]);
  expect(code).toBe(1); // the narrative's 100.00% growth on a zero base is an error
  expect(text).toMatch(/\n {2}支出决算表 {2}.*（第 8–9 页）/);
  expect(text).toMatch(/位置：情况说明，第 17 页/);
  const json: string[] = [];
  await run(['--format', 'json', FILE], (s) => json.push(s), () => undefined);
  const doc = (JSON.parse(json.join('')) as { documents: { findings: { severity: string; page?: number }[]; tables: { pages?: number[] }[] }[] }).documents[0]!;
  expect(doc.findings.filter((f) => f.severity !== 'info').every((f) => (f.page ?? 0) > 0)).toBe(true);
  expect(doc.tables.every((t) => (t.pages?.[0] ?? 0) > 0)).toBe(true);
}, 60_000);
