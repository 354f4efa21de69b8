// The `check` CLI as a reviewer runs it: spawned through tsx, exit codes, stdout JSON shape, stderr messages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fixtureLines, SEED_001 } from '../paste/grid/fixtures.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIR = mkdtempSync(join(tmpdir(), 'gouji-cli-'));

function file(name: string, content: string | Uint8Array): string {
  const path = join(DIR, name);
  writeFileSync(path, content);
  return path;
}

function check(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm warn .*\n/gm, '') };
}

// a three-column table typed like the 支出决算表 identity 1栏 = 2栏 + 3栏; the 事业运行 row is wrong by 1.00
const THREE_COLUMNS = ['项目\t本年支出合计\t基本支出\t项目支出', '行政运行\t2,426.38\t2,417.01\t9.37', '事业运行\t5,576.94\t5,570.83\t5.11', '住房公积金\t810.48\t801.88\t8.60', ''].join('\n');

describe('check CLI', { timeout: 120_000 }, () => {
  test('未能核对: JSON lists `unchecked` per document (table, kind, reason, message) and text prints the section', () => {
    const path = file('t03.txt', ['支出决算表', '单位：万元',
      '科目编码    科目名称    本年支出合计    基本支出    项目支出    上缴上级支出    经营支出    对附属单位补助支出',
      '栏次        1    2    3    4    5    6', '合计    40.00    25.00    15.00', '201    一般公共服务支出    40.00    25.00    15.00',
      '20101    人大事务    40.00    25.00    15.00', '2010101    行政运行    25.00    25.00', '2010102    一般行政管理事务    15.00    14.00', ''].join('\n'));
    const r = check('--format', 'json', path);
    const doc = (JSON.parse(r.stdout) as { documents: Array<{ unchecked: Array<Record<string, unknown>>; findings: Array<Record<string, unknown>> }> }).documents[0]!;
    expect(doc.unchecked).toContainEqual({ table: 'document', kind: 'document', reason: 'no_narrative', where: '全文', message: '没有情况说明：文字部分未核对' });
    expect(doc.unchecked).toContainEqual(expect.objectContaining({ table: 'T03@1', kind: 'T03', reason: 'rule_not_applicable', params: expect.objectContaining({ cause: 'table_missing' }) }));
    const errors = doc.findings.filter((f) => f['severity'] === 'error');
    expect(errors.map((f) => [f['code'], (f['params'] as Record<string, unknown>)['placements']])).toEqual([['sum_mismatch', 'all']]);
    expect(doc.findings.some((f) => f['code'] === 'unconfirmed_hierarchy_mismatch' && f['severity'] === 'warning')).toBe(true);
    const text = check(path).stdout;
    expect(text).toMatch(/未能核对（\d+）：\n {2}全文：没有情况说明/);
  });

  test('done-when: --format json --rule 1栏=2+3 on a table with one wrong row prints one error finding naming that row', () => {
    const r = check('--format', 'json', '--rule', '1栏=2+3', file('t.tsv', THREE_COLUMNS));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { documents: Array<{ file: string; tables: unknown[]; findings: Array<Record<string, unknown>>; parseNotes: unknown[] }> };
    expect(Object.keys(out)).toEqual(['documents']);
    expect(out.documents).toHaveLength(1);
    const doc = out.documents[0]!;
    expect(doc.tables).toEqual([expect.objectContaining({ id: 'unknown@1', kind: 'unknown', title: '', rows: 3 })]);
    const errors = doc.findings.filter((f) => f['severity'] === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      ruleId: 'cli.1', code: 'sum_mismatch', table: 'unknown@1',
      location: expect.objectContaining({ label: '事业运行', colNo: 1 }),
      expected: '5575.94', actual: '5576.94', difference: '1.00', sourceLine: 3,
    });
    expect(errors[0]!['message']).toBe('[事业运行] 1栏(5576.94) ≠ 2+3栏(5575.94)，差 1.00');
  });

  test('a table that closes exits 0 and the text report lists the recognised table', () => {
    const fixed = THREE_COLUMNS.replace('5,576.94', '5,575.94');
    const r = check('--rule', '1栏=2+3', file('ok.tsv', fixed));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('识别的表格（1）');
    expect(r.stdout).toContain('核对结果：错误 0');
  });

  test('a malformed rule is shown with a caret under its position, exit 2, the other rules still run', () => {
    const r = check('--format', 'json', '--rule', '1栏=2+', '--rule', '9栏=1+2', file('t2.tsv', THREE_COLUMNS));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('规则无法解析（第 6 个字符）');
    expect(r.stderr).toContain('  1栏=2+\n        ^');
    const findings = (JSON.parse(r.stdout) as { documents: Array<{ findings: Array<{ code: string }> }> }).documents[0]!.findings;
    expect(findings.map((f) => f.code)).toContain('unknown_column');
    expect(r.stderr).not.toMatch(/\bat \S+ \(/); // no stack trace
  });

  test('an empty file, a binary file and a missing file exit 2 with one clear line each, a good file is still checked', () => {
    const r = check('--format', 'json', '--rule', '1栏=2+3', file('empty.txt', ''), file('x.bin', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2])), join(DIR, 'missing.txt'), file('t3.tsv', THREE_COLUMNS));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringContaining('输入为空'),
      expect.stringContaining('PDF 已损坏或不完整'),
      expect.stringContaining('无法读取文件'),
    ]);
    const docs = (JSON.parse(r.stdout) as { documents: Array<{ error?: { code: string }; findings: unknown[] }> }).documents;
    expect(docs.map((d) => d.error?.code ?? null)).toEqual(['empty_input', 'pdf_unreadable', 'file_unreadable', null]);
    expect(docs[3]!.findings).toHaveLength(1);
  });

  test('a GBK-encoded file is decoded', () => {
    // 项目⇥合计⇥甲⇥乙 / 行⇥3.00⇥1.00⇥1.00 in GBK (项 CFEE 目 C4BF 合 BACF 计 BCC6 甲 BCD7 乙 D2D2 行 D0D0)
    const bytes = Uint8Array.from([0xcf, 0xee, 0xc4, 0xbf, 9, 0xba, 0xcf, 0xbc, 0xc6, 9, 0xbc, 0xd7, 9, 0xd2, 0xd2, 10,
      0xd0, 0xd0, 9, 0x33, 0x2e, 0x30, 0x30, 9, 0x31, 0x2e, 0x30, 0x30, 9, 0x31, 0x2e, 0x30, 0x30, 10]);
    const r = check('--format', 'json', '--rule', '1栏=2+3', file('gbk.tsv', bytes));
    expect(r.code).toBe(1);
    const doc = (JSON.parse(r.stdout) as { documents: Array<{ findings: Array<{ location: { label: string } }>; parseNotes: Array<{ code: string }> }> }).documents[0]!;
    expect(doc.findings[0]!.location.label).toBe('行');
    expect(doc.parseNotes.map((p) => p.code)).toContain('encoding_detected');
  });

  test('a seed table pasted as TSV is recognised with its kind, title and rows', () => {
    const r = check('--format', 'json', file('t02.txt', fixtureLines(SEED_001, 151, 201)));
    const doc = (JSON.parse(r.stdout) as { documents: Array<{ tables: Array<Record<string, unknown>> }> }).documents[0]!;
    expect(doc.tables).toEqual([expect.objectContaining({ kind: 'T02', title: '收入决算表', rows: 37, unit: '万元', sourceLines: [1, 51] })]);
  });

  test('bad usage exits 2 with the usage text', () => {
    const r = check('--format', 'xml', 'a.tsv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format 只能是 json 或 text');
    expect(r.stdout).toBe('');
  });
});
