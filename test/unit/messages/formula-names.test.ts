// Cross-table formulas read with their tables named as printed (issue 21's leftover): the sentence, the details,
// the readable formula of the reports and the CLI; the kind codes stay in the expert toggle and the JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { describeFinding, nameTablesIn, readableFormula, tableNames, tableOfKind } from '../../../src/ui/messages/index.ts';
import { withoutKindCodes } from '../../../src/ui/messages/formula-names.ts';
import { findingDetail } from '../../../src/ui/messages/details.ts';
import { documentProblems } from '../../../src/checks/problems/index.ts';
import { buildAuditReport, buildFindingsCsv, buildFindingsJson } from '../../../src/report/index.ts';
import { fileReport } from '../../../src/cli/report.ts';
import { formatText } from '../../../src/cli/format-text.ts';

const names = new Map([
  ['T01@10', '公开01表 收入支出决算总表'], ['T02@40', '公开02表 收入决算表'], ['T02@90', '公开02表 收入决算表（2）'],
]);

const cross: Finding = {
  ruleId: 'X.T01-T02.income', code: 'sum_mismatch', severity: 'error', table: 'T01@10',
  location: { table: 'T01@10', row: 26, col: 2, label: '本年收入合计', colNo: 1 },
  cells: [], formula: 'T01.[本年收入合计]1栏=T02.[合计]1栏',
  operands: [
    { ref: { table: 'T01@10', row: 26, col: 2, label: '本年收入合计', colNo: 1 }, value: '2947.25' },
    { ref: { table: 'T02@90', row: 0, col: 3, label: '合计', colNo: 1 }, value: '2946.25' },
  ],
  expected: '2946.25', actual: '2947.25', difference: '1.00', tolerance: '0.01',
};

describe('a cross-table formula names its tables as printed', () => {
  test('a kind prefix is the table the operands were read from (else the home table, else the first of its kind)', () => {
    expect(tableOfKind('T02', cross, names)).toBe('T02@90');
    expect(tableOfKind('T01', cross, names)).toBe('T01@10');
    expect(tableOfKind('T02', { ...cross, operands: [] }, names)).toBe('T02@40');
    expect(tableOfKind('T03', cross, names)).toBeUndefined();
  });

  test('sentence, details and readable formula', () => {
    const zh = describeFinding(cross, 'zh', names);
    expect(zh).toBe('[本年收入合计] 《公开01表 收入支出决算总表》[本年收入合计]1栏(2947.25) ≠ 《公开02表 收入决算表（2）》[合计]1栏(2946.25)，差 1.00');
    expect(describeFinding(cross, 'en', names)).toContain('«公开02表 收入决算表（2）»[合计]1栏');
    expect(readableFormula(cross, names, 'zh')).toBe('《公开01表 收入支出决算总表》[本年收入合计]1栏=《公开02表 收入决算表（2）》[合计]1栏');
    const d = findingDetail(cross, 'zh', names);
    expect(d.formula).toBe(readableFormula(cross, names, 'zh'));
    expect(d.operands[1]).toBe('公开02表 收入决算表（2） 合计 1栏 = 2946.25');
    // the expert toggle keeps the rule's own notation
    expect(d.ids).toBe('X.T01-T02.income · sum_mismatch · T01.[本年收入合计]1栏=T02.[合计]1栏');
    // without names (logs, tests) the sentence keeps the kind codes
    expect(describeFinding(cross, 'zh')).toContain('T02.[合计]1栏');
  });

  test('a table the document lacks is named by its kind; 行/栏 references and text without prefixes are untouched', () => {
    const f = { ...cross, operands: [] };
    expect(nameTablesIn('T04.27行1栏=T03.[合计]1栏', f, names, 'zh')).toBe('《财政拨款收入支出决算总表》27行1栏=《支出决算表》[合计]1栏');
    expect(nameTablesIn('[合计]1栏=2+3栏', f, names, 'zh')).toBe('[合计]1栏=2+3栏');
    // a narrative check's concept key: the table and, when the finding read a cell there, that cell
    expect(nameTablesIn('T05.卫生健康//(236.63) ≈ 236.63万元', f, names, 'zh')).toBe('一般公共预算财政拨款支出决算表(236.63) ≈ 236.63万元');
    expect(nameTablesIn('T01.本年收入合计(2947.25)', cross, names, 'zh')).toBe('公开01表 收入支出决算总表 本年收入合计 1栏(2947.25)');
  });

  test('an injected cross-table error in a real report reads with the tables as printed', () => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/corpus/putuo_caizhengju_2024.txt'), 'utf8')
      .replace('         本年收入合计     2,946.25', '         本年收入合计     2,947.25');
    const parsed = parseReportText(text);
    if (!parsed.ok) throw new Error(parsed.reason.code);
    const doc = parsed.value;
    const f = checkDocument(doc).findings.find((x) => x.ruleId === 'X.T01-T02.income')!;
    expect(f.severity).toBe('error');
    const zhNames = tableNames(doc.tables, 'zh');
    const t02 = doc.tables.find((t) => t.kind === 'T02')!;
    expect(describeFinding(f, 'zh', zhNames)).toContain(`《${zhNames.get(t02.id)}》[合计]1栏(2946.25)`);
    expect(describeFinding(f, 'zh', zhNames)).not.toMatch(/\bT0\d\./);

    // the audit report, the CSV and the CLI's text say the same; the JSON keeps the rule's own notation
    const { findings } = checkDocument(doc);
    const named = `《${zhNames.get(t02.id)}》[合计]1栏`;
    const audit = buildAuditReport({ doc, findings, notes: {}, lang: 'zh' });
    const csv = buildFindingsCsv(doc, findings, { lang: 'zh' });
    const cliText = formatText([fileReport('putuo.txt', doc, findings, documentProblems(doc, findings))]);
    for (const [what, out] of [['audit', audit], ['csv', csv], ['cli text', cliText]] as const) {
      expect(out, what).toContain(named);
      expect(out, what).not.toMatch(/\b[TB]\d{2}\.(?=[[\d])/);
    }
    expect(buildFindingsJson(doc, findings, { lang: 'zh' })).toContain('"formula": "T01.[本年收入合计]1栏=T02.[合计]1栏"');
  });

  test('a pack title drops the parenthesis of kind codes, and keeps any other', () => {
    expect(withoutKindCodes('表间勾稽（T01↔T02/T03/T04，T04↔T02/T05/T07/T08，T03/T05/T06，T06≤T09）')).toBe('表间勾稽');
    expect(withoutKindCodes('部门预算表间勾稽（B04↔B05/B06/B07/B10，B05↔B07，B06↔B08）')).toBe('部门预算表间勾稽');
    expect(withoutKindCodes('财政拨款支出预算表（功能科目）（一个金额栏，江苏）')).toBe('财政拨款支出预算表（功能科目）（一个金额栏，江苏）');
  });

  test('a narrative check\'s concept formula reads as the table cell in the details', () => {
    const f: Finding = { ...cross, ruleId: 'N-TOTAL', code: 'narrative_amount_mismatch', formula: 'T01.本年收入合计 = 2946.25',
      operands: [{ ref: { table: 'T01@10', row: 26, col: 2, label: '本年收入合计', colNo: 1 }, value: '2947.25' }], actual: '2946.25' };
    const d = findingDetail(f, 'zh', names);
    expect(d.formula).toBe('公开01表 收入支出决算总表 本年收入合计 1栏 = 2946.25');
    expect(d.formula).not.toMatch(/T01\./);
  });
});
