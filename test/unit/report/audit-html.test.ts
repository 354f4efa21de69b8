// The printable audit report built from real checked documents: sections, counts, grouping, finding details,
// 核实说明 notes as 已说明, narrative sentences, coverage, escaping of untrusted text and the print stylesheet.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { findingKey, SEVERITY_ORDER, type Finding, type ParsedDocument } from '../../../src/engine/index.ts';
import { buildAuditReport } from '../../../src/report/audit-html.ts';
import { escapeHtml } from '../../../src/report/html.ts';
import { checked, pick, SEED_001, SYNTHETIC } from './helpers.ts';

const AT = new Date(2025, 2, 1, 9, 30);

/** The HTML of one finding's row, found by its key. */
function rowOf(html: string, f: Finding): string {
  const start = html.indexOf(`data-key="${escapeHtml(findingKey(f))}"`);
  expect(start).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</tr>', start));
}

const rowSeverities = (html: string) => [...html.matchAll(/<tr class="finding" data-severity="(\w+)"/g)].map((m) => m[1]!);

test('the report opens with the summary, then the problems, findings, parse notes and coverage', async () => {
  const { doc, findings, statuses, unchecked } = await checked(SEED_001);
  const html = buildAuditReport({ doc, findings, statuses, unchecked, generatedAt: AT });
  const order = [...html.matchAll(/data-section="(\w+)"/g)].map((m) => m[1]);
  expect(order).toEqual(['summary', 'unchecked', 'problems', 'findings', 'parse', 'coverage']);
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html).toContain('<meta charset="utf-8">');
});

test('the document section names title, department, year, unit and the generation time', async () => {
  const { doc, findings } = await checked(SEED_001);
  const html = buildAuditReport({ doc, findings, generatedAt: AT });
  expect(html).toContain(`<dd data-field="title">${doc.title}</dd>`);
  expect(html).toContain('<dd data-field="department">赣州市医疗保障局</dd>');
  expect(html).toContain('<dd data-field="year">2023</dd>');
  expect(html).toContain('<dd data-field="unit">万元</dd>');
  expect(html).toContain('<dd data-field="generated">2025-03-01 09:30</dd>');
});

test('every recognised table is listed on the summary page, named as printed, with where it is and its rows', async () => {
  const { doc, findings } = await checked(SEED_001);
  const html = buildAuditReport({ doc, findings, generatedAt: AT });
  const listed = [...html.matchAll(/<tr data-table="([^"]+)" data-kind="(\w+)">/g)].map((m) => [m[1], m[2]]);
  expect(listed).toEqual(doc.tables.map((t) => [escapeHtml(t.id), t.kind]));
  const t01 = doc.tables.find((t) => t.kind === 'T01')!;
  const row = html.slice(html.indexOf(`<tr data-table="${t01.id}"`));
  expect(row.slice(0, row.indexOf('</tr>'))).toMatch(new RegExp(`<td>公开01表 收入支出决算总表</td>[\\s\\S]*源文件第 104–149 行[\\s\\S]*<td class="num">${t01.rows.length}</td>`));
  expect(html).toContain('<td>未识别表格 1（第 77 行起）</td>');
});

test('no table id, rule id or finding code is printed as text anywhere in the report; no empty field, no 无', async () => {
  const all = ['seeds', 'corpus'].flatMap((d) => readdirSync(fileURLToPath(new URL(`../../fixtures/${d}`, import.meta.url))).filter((f) => f.endsWith('.txt')).map((f) => `${d}/${f}`));
  expect(all).toContain(SEED_001);
  for (const name of all) {
    const { doc, findings, statuses, unchecked } = await checked(name);
    const html = buildAuditReport({ doc, findings, statuses, unchecked, generatedAt: AT });
    const text = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]*>/g, ' ');
    expect(text, name).not.toMatch(/\b(?:T\d\d|P_[A-Z]+|unknown)@\d+/);
    expect(text.match(/\b(?:T\d\d|B\d\d|P|N|S|X|Y)[.-][A-Za-z][\w.-]*\b/)?.[0] ?? null, name).toBeNull();
    for (const f of findings) expect(text, name).not.toContain(` ${f.code} `);
    expect(html).not.toMatch(/<dd[^>]*>\s*<\/dd>/);
    expect(html).not.toMatch(/<dd[^>]*>无<\/dd>/);
  }
});

test('the counts per severity equal the findings of each severity', async () => {
  const { doc, findings } = await checked(SEED_001);
  const html = buildAuditReport({ doc, findings, generatedAt: AT });
  for (const s of ['error', 'warning', 'info'] as const) {
    const n = findings.filter((f) => f.severity === s).length;
    expect(n, `seed 001 has ${s} findings`).toBeGreaterThan(0);
    expect(html).toContain(`data-count="${s}">${n}</td>`);
  }
  expect(html).toContain(`data-count="total">${findings.length}</th>`);
});

test('each finding is one row, grouped by severity and then by table in document order', async () => {
  const { doc, findings } = await checked(SEED_001);
  const html = buildAuditReport({ doc, findings, generatedAt: AT });
  const severities = rowSeverities(html);
  expect(severities).toHaveLength(findings.length);
  const ranks = severities.map((s) => SEVERITY_ORDER[s as Finding['severity']]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  const infoGroups = html.slice(html.indexOf('class="severity-group" data-severity="info"'));
  const tableOrder = [...infoGroups.matchAll(/class="table-group" data-table="([^"]+)"/g)].map((m) => m[1]!);
  // the narrative (N) comes after the tables
  const rank = (id: string) => (id === 'N' ? doc.tables.length : doc.tables.findIndex((t) => escapeHtml(t.id) === id));
  expect(tableOrder.map(rank)).not.toContain(-1);
  expect(tableOrder.length).toBeGreaterThan(1);
  expect(tableOrder.map(rank)).toEqual([...tableOrder.map(rank)].sort((a, b) => a - b));
});

test('a table finding shows its formula, operands, expected, actual, difference and tolerance', async () => {
  const { doc, findings } = await checked(SEED_001);
  const f = pick(findings, (x) => x.table !== 'N' && x.formula !== '' && x.operands.some((o) => o.value !== '') && x.tolerance !== '', 'identity');
  const row = rowOf(buildAuditReport({ doc, findings, generatedAt: AT }), f);
  expect(row).toContain(`<div class="formula">${escapeHtml(f.formula)}</div>`);
  expect(row).toContain(`<td class="num">${f.expected}</td>`);
  expect(row).toContain(`<td class="num">${f.actual}</td>`);
  expect(row).toContain(`${f.difference}<div class="small">±${f.tolerance}</div>`);
  for (const o of f.operands.filter((x) => x.value !== '')) expect(row).toContain(` = ${o.value}</li>`);
});

test('a 核实说明 note on a warning is printed and the finding shows as 已说明', async () => {
  const { doc, findings } = await checked(SEED_001);
  const warning = pick(findings, (f) => f.severity === 'warning', 'warning');
  const note = '科目名称按2023年科目表核对，系印刷错误，已更正。';
  const html = buildAuditReport({ doc, findings, notes: { [findingKey(warning)]: note }, generatedAt: AT });
  const row = rowOf(html, warning);
  expect(row).toContain('data-explained="true"');
  expect(row).toContain('已说明');
  expect(row).toContain(note);
  expect(html).toContain('data-explained="warning">1</td>');
});

test('a note on an error is printed but does not make it 已说明', async () => {
  const { doc, findings } = await checked(SEED_001);
  const error = pick(findings, (f) => f.severity === 'error', 'error');
  const html = buildAuditReport({ doc, findings, notes: { [findingKey(error)]: '待单位核实' }, generatedAt: AT });
  const row = rowOf(html, error);
  expect(row).toContain('待单位核实');
  expect(row).not.toContain('已说明');
  expect(html).toContain('data-explained="error">0</td>');
});

test('narrative findings of the SYNTHETIC document quote their sentence', async () => {
  const { doc, findings } = await checked(SYNTHETIC);
  const narrative = findings.filter((f) => f.table === 'N' && typeof f.params?.['sentence'] === 'string');
  expect(narrative.length).toBeGreaterThan(3);
  const html = buildAuditReport({ doc, findings, generatedAt: AT });
  for (const f of narrative) expect(rowOf(html, f)).toContain(`「${escapeHtml(String(f.params!['sentence']))}」`);
  expect(html).toContain('class="table-group" data-table="N"');
});

test('rule coverage counts every status of the rules checked', async () => {
  const { doc, findings, statuses } = await checked(SEED_001);
  const html = buildAuditReport({ doc, findings, statuses, generatedAt: AT });
  for (const kind of ['pass', 'fail', 'not_applicable', 'insufficient_data'] as const) {
    expect(html).toContain(`data-status="${kind}">${statuses.filter((s) => s.status === kind).length}</th>`);
  }
  expect(statuses.filter((s) => s.status === 'pass').length).toBeGreaterThan(0);
  expect(buildAuditReport({ doc, findings, generatedAt: AT })).toContain('未提供规则状态');
});

test('untrusted text (title, labels, notes) is escaped, never markup', async () => {
  const { doc, findings } = await checked(SEED_001);
  const hostile = '<script>alert(1)</script>';
  const t05 = doc.tables.find((t) => t.kind === 'T05')!;
  const tampered: ParsedDocument = {
    ...doc,
    title: `${doc.title}<img src=x onerror=alert(2)>`,
    tables: doc.tables.map((t) => (t === t05 ? { ...t, title: `"><svg onload=alert(3)>` } : t)),
  };
  const warning = pick(findings, (f) => f.severity === 'warning', 'warning');
  const html = buildAuditReport({ doc: tampered, findings, title: hostile, notes: { [findingKey(warning)]: '</td><script>x()</script>' }, generatedAt: AT });
  expect(html).not.toMatch(/<script|<img|<svg|<\/td><script/i);
  expect(html).toContain('<h1 data-field="heading">&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
  expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  expect(html).toContain('&quot;&gt;&lt;svg onload=alert(3)&gt;');
});

test('the report is standalone: no scripts, no external resources, a CSP that loads nothing', async () => {
  const { doc, findings, statuses } = await checked(SYNTHETIC);
  const html = buildAuditReport({ doc, findings, statuses, generatedAt: AT });
  expect(html).not.toMatch(/<script|<link|<iframe|\ssrc=|\shref=|url\(|@import/i);
  expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;`);
});

test('the print stylesheet sets A4 pages, breaks between sections and repeats table headers', async () => {
  const { doc, findings } = await checked(SEED_001);
  const html = buildAuditReport({ doc, findings, generatedAt: AT });
  expect(html).toContain('@page { size: A4;');
  expect(html).toMatch(/@media print \{[\s\S]*section\.page-break \{ break-before: page; \}[\s\S]*thead \{ display: table-header-group; \}/);
  expect(html.match(/<section class="[^"]*page-break/g)).toHaveLength(3);
  expect(html.match(/<table class="findings">/g)!.length).toBe(html.match(/class="table-group"/g)!.length);
});

test('an English report uses English headings and still the reviewer notation', async () => {
  const { doc, findings, statuses } = await checked(SEED_001);
  const html = buildAuditReport({ doc, findings, statuses, lang: 'en', generatedAt: AT });
  expect(html).toContain('<html lang="en">');
  expect(html).toContain('Tables recognised');
  expect(html).toContain('Rule coverage');
  expect(html).not.toContain('识别的表格');
});

test('a document without findings says so', async () => {
  const { doc } = await checked(SEED_001);
  const html = buildAuditReport({ doc, findings: [], generatedAt: AT });
  expect(html).toContain('没有发现问题。');
  expect(html).toContain('data-count="total">0</th>');
});

test('a note keyed as the workbench keys narrative findings (key@offset) is found', async () => {
  const { doc, findings } = await checked(SYNTHETIC);
  const f = pick(findings, (x) => x.table === 'N' && x.severity === 'warning' && x.span !== undefined, 'narrative warning');
  const html = buildAuditReport({ doc, findings, notes: { [`${findingKey(f)}@${f.span![0]}`]: '口径不同，已核实' }, generatedAt: AT });
  const row = rowOf(html, f);
  expect(row).toContain('口径不同，已核实');
  expect(row).toContain('data-explained="true"');
});

test('the 未能核对 section lists each item with its reason, and says so when nothing was left unchecked', async () => {
  const { doc, findings } = await checked(SYNTHETIC);
  const html = buildAuditReport({ doc, findings, generatedAt: AT, unchecked: [
    { table: 'document', kind: 'document', reason: 'no_narrative' },
    { table: 'T03@9', kind: 'T03', reason: 'scrambled_columns' },
  ] });
  expect(html).toContain('<h3>未能核对（2）</h3>');
  expect(html).toContain('data-reason="no_narrative"');
  expect(html).toContain('没有情况说明');
  expect(html).toContain('data-reason="scrambled_columns"');
  expect(html).toContain('栏位置可能错乱');
  expect(buildAuditReport({ doc, findings, generatedAt: AT, unchecked: [] })).toContain('所有识别出的表格和规则均已核对');
  expect(buildAuditReport({ doc, findings, generatedAt: AT })).not.toContain('data-section="unchecked"');
});
