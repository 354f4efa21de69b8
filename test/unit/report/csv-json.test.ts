// Findings as CSV (BOM, one row per finding, formula-injection neutralisation that keeps negative amounts
// readable) and as JSON (the engine's findings plus key, message, note and 已说明), from real checked documents.
import { describe, expect, test } from 'vitest';
import { findingKey } from '../../../src/engine/index.ts';
import { buildFindingsCsv, CSV_BOM, csvField, FINDING_COLUMNS } from '../../../src/report/csv.ts';
import { buildFindingsJson, FINDINGS_JSON_FORMAT } from '../../../src/report/json.ts';
import { isFormulaLike, isStrictNumber } from '../../../src/report/neutralise.ts';
import { checked, pick, readCsv, SEED_001, SYNTHETIC } from './helpers.ts';

describe('CSV neutralisation', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","点此")', 'text', `'=HYPERLINK("http://evil.example","点此")`],
    ['+1', 'text', "'+1"],
    ['-cmd|\' /C calc\'!A0', 'text', "'-cmd|' /C calc'!A0"],
    ['@SUM(A1:A9)', 'text', "'@SUM(A1:A9)"],
    ['\t=1+1', 'text', "'\t=1+1"],
    ['\r=1+1', 'text', "'\r=1+1"],
    [' =1+1', 'text', "' =1+1"],
    ['＝1+1', 'text', "'＝1+1"],
    ['-12.50', 'text', "'-12.50"],
    ['合计', 'text', '合计'],
    ['1栏=2+3+4+5+6+7栏', 'text', '1栏=2+3+4+5+6+7栏'],
    ['', 'text', ''],
    ['-12.50', 'number', '-12.50'],
    ['-0.01', 'number', '-0.01'],
    ['14,695.49', 'number', '14,695.49'],
    ['96.96%', 'number', '96.96%'],
    ['-1+2', 'number', "'-1+2"],
    ['=1+1', 'number', "'=1+1"],
    ['-', 'number', "'-"],
  ] as const)('%j as %s is written %j', (value, kind, expected) => {
    expect(csvField(value, kind)).toBe(expected);
  });
});

test('the CSV starts with a BOM and has a header plus one CRLF row per finding', async () => {
  const { doc, findings } = await checked(SEED_001);
  const csv = buildFindingsCsv(doc, findings);
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  const rows = readCsv(csv.slice(1));
  expect(rows).toHaveLength(findings.length + 1);
  expect(rows[0]).toEqual(['表', '表名', '行次', '科目编码', '项目', '栏次', '单元格原文', '级别', '代码', '规则', '公式', '期望', '实际', '差额', '容差', '说明', '核实说明', '已说明', '源文件行', '页码', '问题编号']);
  expect(rows.every((r) => r.length === FINDING_COLUMNS.length)).toBe(true);
});

test('a CSV row carries the place, severity, rule, formula, values, message and note of its finding', async () => {
  const { doc, findings } = await checked(SEED_001);
  const f = pick(findings, (x) => x.table.startsWith('T01') && x.location?.lineNo != null && x.formula !== '', 'T01 identity');
  const rows = readCsv(buildFindingsCsv(doc, findings, { notes: { [findingKey(f)]: '尾数误差，系单位换算' } }).slice(1));
  const row = rows.find((r) => r[9] === f.ruleId && r[0] === f.table && r[2] === String(f.location!.lineNo))!;
  expect(row).toBeDefined();
  expect(row.slice(0, 7)).toEqual([f.table, 'T01 收入支出决算总表', String(f.location!.lineNo), '', f.location!.label, String(f.location!.colNo), f.location!.text]);
  expect(row.slice(7, 15)).toEqual([{ error: '错误', warning: '提示', info: '说明' }[f.severity], f.code, f.ruleId, f.formula, f.expected, f.actual, f.difference, f.tolerance]);
  expect(row[15]).toContain(f.location!.label!);
  expect(row[16]).toBe('尾数误差，系单位换算');
});

test('hostile notes are neutralised, negative differences stay numbers, no field can run as a formula', async () => {
  const { doc, findings } = await checked(SYNTHETIC);
  const notes: Record<string, string> = {};
  const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd', '=cmd|"/C calc"!A0'];
  findings.slice(0, hostile.length).forEach((f, i) => { notes[findingKey(f)] = hostile[i]!; });
  const csv = buildFindingsCsv(doc, findings, { notes });
  for (const h of hostile) expect(csv).toContain(`"'${h.replace(/"/g, '""')}"`);
  const negative = pick(findings, (f) => f.difference.startsWith('-'), 'negative difference');
  expect(csv).toContain(`"${negative.difference}"`);
  for (const field of readCsv(csv.slice(1)).flat()) {
    expect(isFormulaLike(field) && !isStrictNumber(field), field).toBe(false);
  }
});

test('the JSON holds the document, counts, every finding with key, message, note and 已说明, and the statuses', async () => {
  const { doc, findings, statuses } = await checked(SEED_001);
  const warning = pick(findings, (f) => f.severity === 'warning', 'warning');
  const json = JSON.parse(buildFindingsJson(doc, findings, { statuses, notes: { [findingKey(warning)]: '已核实' }, generatedAt: new Date('2025-03-01T01:30:00Z') }));
  expect(json.format).toBe(FINDINGS_JSON_FORMAT);
  expect(json.generatedAt).toBe('2025-03-01T01:30:00.000Z');
  expect(json.document).toEqual({ title: doc.title, department: '赣州市医疗保障局', year: 2023, unit: '万元', kind: 'final', scope: 'department' });
  expect(json.tables).toHaveLength(doc.tables.length);
  expect(json.findings).toHaveLength(findings.length);
  for (const s of ['error', 'warning', 'info']) expect(json.counts[s].count).toBe(findings.filter((f) => f.severity === s).length);
  expect(json.counts.warning.explained).toBe(1);
  const noted = json.findings.find((f: { key: string }) => f.key === findingKey(warning));
  expect(noted).toMatchObject({ ruleId: warning.ruleId, code: warning.code, note: '已核实', explained: true });
  expect(noted.message).not.toBe('');
  expect(json.statuses).toHaveLength(statuses.length);
});

test('JSON findings of the narrative carry their sentence', async () => {
  const { doc, findings } = await checked(SYNTHETIC);
  const json = JSON.parse(buildFindingsJson(doc, findings));
  const narrative = json.findings.filter((f: { table: string }) => f.table === 'N');
  expect(narrative.length).toBeGreaterThan(3);
  for (const f of narrative) expect(f.sentence).toBe(f.params.sentence);
});

test('JSON findings carry the 未能核对 list with its messages when given', async () => {
  const { doc, findings } = await checked(SYNTHETIC);
  const json = JSON.parse(buildFindingsJson(doc, findings, { unchecked: [{ table: 'T07@1', kind: 'T07', reason: 'no_data' }] }));
  expect(json.unchecked).toEqual([{ table: 'T07@1', kind: 'T07', reason: 'no_data', message: '表中没有任何数值，未核对' }]);
  expect('unchecked' in JSON.parse(buildFindingsJson(doc, findings))).toBe(false);
});
