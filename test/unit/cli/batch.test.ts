// `check` over many reports: a folder read recursively (non-report files skipped and listed), `--summary` counts
// equal to each document's findings, the same results in parallel and in one thread, and a linked pair of years
// (a real report and its next year built from it) with one changed 年初 figure giving exactly that cross-year error.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIR = mkdtempSync(join(tmpdir(), 'gouji-batch-'));
const REAL = join(ROOT, 'test/fixtures/corpus/putuo_caizhengju_2024.txt');

type Json = {
  documents: Array<{ file: string; findings: Array<{ code: string; severity: string; location: { label?: string } | null; params?: Record<string, unknown> }> }>;
  summary: Array<{ file: string; department: string; year: number; kind: string; errors: number; warnings: number; info: number; status: string }>;
  links: Array<{ prev: string; cur: string }>;
  skipped: Array<{ file: string; reason: string }>;
};

function check(...args: string[]): { code: number | null; json: Json; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', '--format', 'json', '--summary', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, json: JSON.parse(r.stdout) as Json, stderr: r.stderr };
}

describe('check --summary', { timeout: 180_000 }, () => {
  const folder = join(DIR, 'district');
  mkdirSync(join(folder, 'more'), { recursive: true });
  for (const f of ['putuo_guihuaziyuan_2024.txt', 'putuo_shehuigongzuobu_2024.txt']) copyFileSync(join(ROOT, 'test/fixtures/corpus', f), join(folder, f));
  copyFileSync(join(ROOT, 'test/fixtures/seeds/001_c1aab3eb9d979e5d.txt'), join(folder, 'more', '001.txt'));
  writeFileSync(join(folder, 'more', 'notes.md'), '# not a report');

  test('a folder: every report checked, the rest skipped and listed; counts equal each document\'s findings', () => {
    const { json, code } = check(folder);
    expect(code).toBe(1);
    expect(json.documents.map((d) => d.file.slice(folder.length + 1))).toEqual(['more/001.txt', 'putuo_guihuaziyuan_2024.txt', 'putuo_shehuigongzuobu_2024.txt']);
    expect(json.skipped).toEqual([{ file: join(folder, 'more', 'notes.md'), reason: 'not_a_report_file' }]);
    json.documents.forEach((d, i) => {
      const row = json.summary[i]!;
      expect(row.file).toBe(d.file);
      for (const [key, sev] of [['errors', 'error'], ['warnings', 'warning'], ['info', 'info']] as const) {
        expect(row[key], `${d.file} ${key}`).toBe(d.findings.filter((f) => f.severity === sev).length);
      }
    });
    expect(json.summary.map((r) => [r.department, r.year, r.kind, r.status])).toEqual([
      ['赣州市医疗保障局', 2023, 'final', 'ok'], ['上海市普陀区规划和自然资源局', 2024, 'final', 'ok'], ['中共上海市普陀区委社会工作部', 2024, 'final', 'ok'],
    ]);
  });

  test('one thread and several give the same result', () => {
    expect(check('--jobs', '1', folder).json).toEqual(check('--jobs', '3', folder).json);
  });

  test('a linked pair of years with one changed 年初 figure gives exactly that cross-year error', () => {
    const next = readFileSync(REAL, 'utf8').replace(/2024年/g, '2025年').replace(/2023年/g, '2024年')
      .replace(/(年初结转和结余\s+)49\.14/, '$153.34')
      .replace(/机关运行经费支出184\.65万元，比2024年度增加2\.55万元，增长1\.40%/, '机关运行经费支出190.00万元，比2024年度增加5.35万元，增长2.90%');
    const pair = join(DIR, 'pair');
    mkdirSync(pair, { recursive: true });
    copyFileSync(REAL, join(pair, 'caizhengju_2024.txt'));
    writeFileSync(join(pair, 'caizhengju_2025.txt'), next);
    const { json } = check(pair);
    expect(json.links).toEqual([{ prev: join(pair, 'caizhengju_2024.txt'), cur: join(pair, 'caizhengju_2025.txt'), match: 'same' }]);
    const cross = json.documents.flatMap((d) => d.findings.filter((f) => f.code.startsWith('cross_year')).map((f) => [d.file, f.code, f.severity, f.location?.label]));
    expect(cross).toEqual([[join(pair, 'caizhengju_2025.txt'), 'cross_year_carryover_mismatch', 'error', '年初结转和结余']]);
  });
});
