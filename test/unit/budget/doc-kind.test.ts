// Document kind (src/engine/doc-kind.ts) on the real documents: every 江苏 部门预算 file (narrative and tables) is a
// budget, every 决算 in test/fixtures a final account; a text that reads as both is 'ambiguous', never guessed. Packs
// follow the kind: a budget gets no 决算 rules (no “table missing” noise for T01–T10), and a 决算-kind table inside a
// budget is listed as 未能核对 with its reason instead of being checked as a guess.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import { documentKind } from '../../../src/engine/doc-kind.ts';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { selectRules } from '../../../src/rules/index.ts';
import { describeUnchecked } from '../../../src/ui/messages/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');

function parse(text: string): ParsedDocument {
  const r = parseReportText(text);
  if (!r.ok) throw new Error(r.reason.code);
  return r.value;
}

const BUDGET = readdirSync(join(ROOT, 'test/fixtures/budget')).filter((f) => f.endsWith('.txt'));
const FINAL = ['corpus/putuo_caizhengju_2024.txt', 'corpus/putuo_guihuaziyuan_2024.txt', 'corpus/putuo_shehuigongzuobu_2024.txt',
  'seeds/000_6e1f5d09d8ef42dd.txt', 'seeds/001_c1aab3eb9d979e5d.txt', 'seeds/002_46e3d4cd55e5664f.txt', 'seeds/003_151e3cc1a638edf9.txt'];

describe('document kind', () => {
  test.each(BUDGET)('%s is a 部门预算', (f) => {
    const k = documentKind(parse(read(`test/fixtures/budget/${f}`)));
    expect(k.kind).toBe('budget');
    expect(k.evidence.final).toBe(0);
    if (!f.includes('_tables')) expect(k.scope).toBe('department');
  });

  test.each(FINAL)('%s is a 部门决算', (f) => {
    const k = documentKind(parse(read(`test/fixtures/${f}`)));
    expect(k.kind).toBe('final');
    expect(k.scope).toBe('department');
  });

  test('the 绩效 self-evaluation alone says neither', () => {
    expect(documentKind(parse(read('test/fixtures/seeds/004_1f8c90973b37444e.txt'))).kind).toBe('unknown');
  });

  test('a budget narrative and a final account pasted as one text is ambiguous, said in 未能核对', () => {
    const doc = parse(`${read('test/fixtures/budget/jiangsu_zhengxie_2019.txt')}\n${read('test/fixtures/corpus/putuo_caizhengju_2024.txt')}`);
    const k = documentKind(doc);
    expect(k.kind).toBe('ambiguous');
    const u = checkDocument(doc).unchecked.find((x) => x.reason === 'kind_ambiguous');
    expect(u).toBeDefined();
    expect(describeUnchecked(u!, 'zh')).toMatch(/无法确定本文件是部门预算还是部门决算/);
  });

  test('a budget 说明 without a cover heading: the department from its 收入、支出预算总计 sentence', () => {
    expect(parse(read('test/fixtures/budget/jiangsu_zhengxie_2019.txt'))).toMatchObject({ title: null, department: '江苏省政协办公厅', year: 2019 });
  });

  test('a 单位预算 heading gives the unit scope', () => {
    const doc = parse('某某中心2019年度单位预算\n第三部分 2019年度单位预算情况说明\n收入预算总计100万元。\n');
    expect(documentKind(doc)).toMatchObject({ kind: 'budget', scope: 'unit' });
    expect(doc.department).toBe('某某中心');
    expect(doc.year).toBe(2019);
  });
});

describe('packs by kind', () => {
  test('a budget gets no 决算 cross-table rules (no “table missing” for T01–T10)', () => {
    const doc = parse(read('test/fixtures/budget/jiangsu_zhengxie_2019.txt'));
    const sel = selectRules(doc);
    expect(sel.statuses.filter((s) => /^X\.T/.test(s.ruleId))).toEqual([]);
    const final = parse(read('test/fixtures/corpus/putuo_caizhengju_2024.txt'));
    expect(selectRules(final).rules.some((r) => /^X\.T01/.test(r.def.id))).toBe(true);
  });

  test('a 决算-kind table (no 决算 in its title) inside a budget is not checked by 决算 rules and is listed', () => {
    // a T05-shaped table whose title says neither 预算 nor 决算, inside a 部门预算
    const table = ['一般公共预算财政拨款支出表', '单位：万元', '科目编码\t科目名称\t合计\t基本支出\t项目支出',
      '201\t一般公共服务支出\t100.00\t60.00\t50.00'].join('\n');
    const doc = parse(`江苏省政协办公厅2019年度部门预算公开\n第三部分 2019年度部门预算情况说明\n${table}\n`);
    expect(doc.tables.map((t) => t.kind)).toContain('T05');
    expect(documentKind(doc).kind).toBe('budget');
    const t05 = doc.tables.find((t) => t.kind === 'T05')!;
    expect(selectRules(doc).rules.filter((r) => r.tableId === t05.id)).toEqual([]);
    const res = checkDocument(doc);
    // 100 ≠ 60 + 50 would be an error under the 决算 pack: not applied to a budget
    expect(res.findings.filter((f) => f.table === t05.id && f.severity === 'error')).toEqual([]);
    const u = res.unchecked.find((x) => x.reason === 'kind_conflict' && x.table === t05.id);
    expect(u).toBeDefined();
    expect(describeUnchecked(u!, 'zh')).toMatch(/本文件是部门预算/);
    // the same table in a 决算 is checked and fails
    const fin = parse(`某局2024年度部门决算\n第三部分 2024年度部门决算情况说明\n${table}\n`);
    expect(checkDocument(fin).findings.some((f) => f.table === fin.tables[0]!.id && f.severity === 'error')).toBe(true);
  });
});

describe('the kind in the reports', () => {
  test('audit report and findings JSON name the kind (部门预算 / 部门决算)', async () => {
    const { buildAuditReport, buildFindingsJson } = await import('../../../src/report/index.ts');
    const budget = parse(read('test/fixtures/budget/jiangsu_zhengxie_2018.txt'));
    const html = buildAuditReport({ doc: budget, findings: [], generatedAt: new Date(0) });
    expect(html).toMatch(/<dd data-field="kind"[^>]*>部门预算<\/dd>/);
    expect(JSON.parse(buildFindingsJson(budget, [], { generatedAt: new Date(0) })).document).toMatchObject({ kind: 'budget', scope: 'department' });
    const final = parse(read('test/fixtures/corpus/putuo_caizhengju_2024.txt'));
    expect(buildAuditReport({ doc: final, findings: [], generatedAt: new Date(0) })).toMatch(/data-field="kind"[^>]*>部门决算</);
  });
});
