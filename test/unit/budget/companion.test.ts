// Across documents: a 部门预算's 说明 and tables published as two files are checked as one when given together
// (CLI, same job); consecutive years of budgets are linked and a “比上年” change whose implied last-year figure
// differs from last year's 说明 is reported; a budget and a final account of one department and year are each
// checked alone and never linked or marked as duplicates.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { companionPairs, joinRefusal } from '../../../src/checks/companion.ts';
import { run } from '../../../src/cli/main.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BUDGET = join(ROOT, 'test/fixtures/budget');
const DIR = mkdtempSync(join(tmpdir(), 'gouji-budget-'));

type Doc = { file: string; companion?: string; kind: string; tables: unknown[]; findings: { code: string; severity: string; message: string }[]; parseNotes: { code: string }[] };
type Json = { documents: Doc[]; summary: { file: string; department: string | null; year: number | null; kind: string; status: string }[]; links: { prev: string; cur: string }[]; duplicates: string[][] };

async function check(...files: string[]): Promise<Json> {
  let text = '';
  await run(['--format', 'json', '--summary', '--jobs', '1', ...files], (s) => { text += s; }, () => {});
  return JSON.parse(text) as Json;
}

const parse = (text: string) => { const r = parseReportText(text); if (!r.ok) throw new Error(r.reason.code); return r.value; };

describe('two files, one document', { timeout: 120_000 }, () => {
  test('pairs by file name: X_tables.ext with X.ext only', () => {
    const pairs = companionPairs(['a/x_2018.pdf', 'a/x_2018_tables.pdf', 'a/x_2019_tables.pdf', 'a/y_2018.txt', 'a/y_2018_tables.pdf']);
    expect([...pairs]).toEqual([['a/x_2018_tables.pdf', 'a/x_2018.pdf']]);
  });

  test('政协 2019 说明 + tables: one document, its department and year from the two files, the narrative vs the tables', async () => {
    const json = await check(join(BUDGET, 'jiangsu_zhengxie_2019.txt'), join(BUDGET, 'jiangsu_zhengxie_2019_tables.txt'));
    expect(json.documents).toHaveLength(1);
    const [d] = json.documents;
    expect(d).toMatchObject({ file: join(BUDGET, 'jiangsu_zhengxie_2019.txt'), companion: join(BUDGET, 'jiangsu_zhengxie_2019_tables.txt'), kind: 'budget' });
    expect(d!.tables.length).toBeGreaterThanOrEqual(8);
    expect(d!.parseNotes.map((n) => n.code)).toContain('companion_joined');
    expect(json.summary[0]).toMatchObject({ department: '江苏省政协办公厅', year: 2019, kind: 'budget', status: 'ok' });
    expect(d!.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('a pair whose years differ is checked as two documents, each saying why', () => {
    const a = parse(readFileSync(join(BUDGET, 'jiangsu_zhengxie_2018.txt'), 'utf8'));
    const b = parse(readFileSync(join(BUDGET, 'jiangsu_zhengxie_2019_tables.txt'), 'utf8').replace('部门：', '2019年度\n部门：'));
    expect(b.year).toBe(2019);
    expect(joinRefusal(a, b)).toBe('year_differs');
    expect(joinRefusal(a, parse(readFileSync(join(BUDGET, 'jiangsu_zhengxie_2018_tables.txt'), 'utf8')))).toBeNull();
  });
});

describe('consecutive budgets', { timeout: 120_000 }, () => {
  const folder = join(DIR, 'years');
  mkdirSync(folder, { recursive: true });
  for (const f of ['jiangsu_zhengxie_2019.txt', 'jiangsu_zhengxie_2019_tables.txt']) copyFileSync(join(BUDGET, f), join(folder, f));
  const y2018 = readFileSync(join(BUDGET, 'jiangsu_zhengxie_2018.txt'), 'utf8');

  test('real 2018 and 2019: linked, no cross-year finding', async () => {
    writeFileSync(join(folder, 'jiangsu_zhengxie_2018.txt'), y2018);
    const json = await check(folder);
    expect(json.links).toEqual([{ prev: join(folder, 'jiangsu_zhengxie_2018.txt'), cur: join(folder, 'jiangsu_zhengxie_2019.txt'), match: 'same' }]);
    expect(json.documents.flatMap((d) => d.findings).filter((f) => f.code.startsWith('cross_year'))).toEqual([]);
  });

  test('2018 基本支出 changed: 2019’s “比上年增加 844.58” (stated in the next sentence) no longer meets it', async () => {
    expect(y2018.split('基本支出预算数为 5,678.17 万元').length).toBe(2);
    writeFileSync(join(folder, 'jiangsu_zhengxie_2018.txt'), y2018.replace('基本支出预算数为 5,678.17 万元', '基本支出预算数为 5,687.17 万元'));
    const json = await check(folder);
    const found = json.documents.flatMap((d) => d.findings).filter((f) => f.code === 'cross_year_change_mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning' });
    expect(found[0]!.message).toMatch(/基本支出.*5678\.17.*5687\.17/);
  });
});

describe('a budget and a final account of one department and year', { timeout: 120_000 }, () => {
  test('each checked alone: not linked, not duplicates, each with its own kind', async () => {
    const folder = join(DIR, 'mixed');
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(ROOT, 'test/fixtures/corpus/putuo_caizhengju_2024.txt'), join(folder, 'final_2024.txt'));
    const budget = readFileSync(join(BUDGET, 'jiangsu_zhengxie_2018.txt'), 'utf8').replace(/江苏省政协办公厅/g, '上海市普陀区财政局').replace(/2018/g, '2024');
    writeFileSync(join(folder, 'budget_2024.txt'), budget);
    const json = await check(folder);
    expect(json.summary.map((r) => [r.department, r.year, r.kind, r.status])).toEqual([
      ['上海市普陀区财政局', 2024, 'budget', 'ok'], ['上海市普陀区财政局', 2024, 'final', 'ok']]);
    expect(json.links).toEqual([]);
    expect(json.duplicates).toEqual([]);
  });
});

describe('browser batch: the same pairing', { timeout: 120_000 }, () => {
  test('processBytes with the tables file: one report with both files’ tables and facts', async () => {
    const { processBytes } = await import('../../../src/ui/batch/process.ts');
    const bytes = (f: string) => new Uint8Array(readFileSync(join(BUDGET, f)));
    const out = await processBytes(bytes('jiangsu_zhengxie_2019.txt'), 'jiangsu_zhengxie_2019.txt', 'd/jiangsu_zhengxie_2019.txt', undefined,
      { bytes: bytes('jiangsu_zhengxie_2019_tables.txt'), fileName: 'jiangsu_zhengxie_2019_tables.txt', path: 'd/jiangsu_zhengxie_2019_tables.txt' });
    expect(out.kind).toBe('report');
    if (out.kind !== 'report') return;
    expect(out.companion).toEqual({ path: 'd/jiangsu_zhengxie_2019_tables.txt', joined: true });
    expect(out.tables).toBeGreaterThanOrEqual(8);
    expect(out.facts).toMatchObject({ department: '江苏省政协办公厅', year: 2019, kind: 'budget' });
  });

  test('a tables file of another year is not joined: the report says so', async () => {
    const { processBytes } = await import('../../../src/ui/batch/process.ts');
    const tables = readFileSync(join(BUDGET, 'jiangsu_zhengxie_2019_tables.txt'), 'utf8').replace('部门：', '2019年度\n部门：');
    const out = await processBytes(new Uint8Array(readFileSync(join(BUDGET, 'jiangsu_zhengxie_2018.txt'))), 'x_2018.txt', 'x_2018.txt', undefined,
      { bytes: new TextEncoder().encode(tables), fileName: 'x_2018_tables.txt', path: 'x_2018_tables.txt' });
    expect(out.kind === 'report' && out.companion).toEqual({ path: 'x_2018_tables.txt', joined: false });
  });
});
