// Layouts of the national template that no real document in the corpus shows (split columns `.3`, B11, the
// row-form 三公, the 项目支出 list B14): on the handmade tables (test/fixtures/budget/handmade/, laid out as the template prints them)
// every rule passes; a form the readers are not certain of (a row-form 三公 with two amount columns) is not read
// as one, and its rules are listed as not checked — never a guessed error.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';

const read = (name: string, edit: (t: string) => string = (t) => t) => {
  const r = parseReportText(edit(readFileSync(`test/fixtures/budget/handmade/${name}.txt`, 'utf8')));
  if (!r.ok) throw new Error(r.reason.code);
  return r.value;
};

test.each(['national_template_tables', 'national_template_tables_2'])('%s: every table read by its printed header, no finding above info', (name) => {
  const doc = read(name);
  const layouts = doc.tables.map((t) => `${t.kind}:${t.layout}`);
  expect(layouts).toEqual(name.endsWith('_2') ? ['B09:B09.RM', 'B11:B11.3', 'B12:B12.1', 'B14:B14.1']
    : ['B05:B05.3', 'B06:B06.3', 'B07:B07.3', 'B08:B08.3', 'B09:B09.R', 'B11:B11.1']);
  expect(doc.problems).toEqual([]);
  const res = checkDocument(doc);
  expect(res.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});

test('a row-form 三公 with two amount columns is not read as the row form: its rules are not checked, no error', () => {
  const doc = read('national_template_tables', (t) => t
    .replace(/项目( +)预算数/, '项目$1上年预算数      本年预算数')
    .replace(/(合计 +)110\.00/, '$1100.00      110.00'));
  const b09 = doc.tables.find((t) => t.kind === 'B09')!;
  expect(b09.layout).toBeNull();
  const res = checkDocument(doc);
  expect(res.findings.filter((f) => f.ruleId?.startsWith('B09') && f.severity !== 'info')).toEqual([]);
  const unchecked = res.unchecked.filter((u) => u.table === b09.id);
  expect(unchecked.length).toBeGreaterThan(0);
});

test('项目支出预算表 (B14.1): 合计 = Σ projects; one project changed is an error naming every operand', () => {
  const doc = read('national_template_tables_2', (t) => t.replace(/(信息化建设经费 +)120\.00/, '$1130.00'));
  const found = checkDocument(doc).findings.filter((f) => f.ruleId === 'S.project-total');
  expect(found.map((f) => [f.code, f.severity, f.expected, f.actual, f.cells?.length])).toEqual([['project_sum_mismatch', 'error', '510.00', '500.00', 4]]);
});

test('a 项目支出 list grouped under 小计 rows is not read as a list: listed as not checked, no finding', () => {
  const doc = read('national_template_tables_2', (t) => t.replace(/( +)立法工作专项经费/, '$1小计                                          300.00\n\n$1立法工作专项经费'));
  const b14 = doc.tables.find((t) => t.kind === 'B14')!;
  expect(b14.layout).toBeNull();
  const res = checkDocument(doc);
  expect(res.findings.filter((f) => f.ruleId === 'S.project-total')).toEqual([]);
  expect(res.unchecked.filter((u) => u.table === b14.id).map((u) => [u.reason, u.params?.cause, u.params?.rules]))
    .toContainEqual(['rule_not_applicable', 'layout_unrecognised', 'S.project-total']);
});
