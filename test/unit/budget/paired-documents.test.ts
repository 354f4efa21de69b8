// A 说明 published apart from its tables (…_2018.txt and …_2018_tables.txt) checked together, as the two-file
// pairing does: no error beyond the defended ones (test/golden/errors), and a 三公 amount the 说明 misstates is found
// against the table. Guards the 三公 lookup: a B09 row whose blanks collapsed (columns placed by inference, 政协
// 2017/2019) is never read by column header — that read every 三公 item one column off (12 false errors).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { budgetDoc } from './helpers.ts';

const tablesOf = (name: string) => {
  const r = parseReportText(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'budget', name), 'utf8'));
  if (!r.ok) throw new Error(r.reason.code);
  return r.value.tables;
};
const pair = (name: string, edit?: (t: string) => string) =>
  checkDocument(budgetDoc(`jiangsu_${name}.txt`, tablesOf(`jiangsu_${name}_tables.txt`), edit)).findings;

const PAIRS = ['shengwei_2017', 'shengwei_2018', 'shengwei_2019', 'zhengxie_2017', 'zhengxie_2018', 'zhengxie_2019'];

test.each(PAIRS)('%s with its tables: only the defended errors', (name) => {
  const errors = pair(name).filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.code} ${f.expected}|${f.actual}`);
  expect(errors).toEqual(name === 'shengwei_2019' ? ['N-YOY yoy_percent_mismatch 29.15|30'] : []);
});

test('a misstated 公务接待费 is found against the 三公 table', () => {
  const errors = pair('shengwei_2018', (t) => t.replace('3．公务接待费预算支出27万元', '3．公务接待费预算支出72万元'))
    .filter((f) => f.severity === 'error');
  expect(errors.map((f) => `${f.ruleId} ${f.expected}|${f.actual}`)).toContain('N-TOT 27.00|72');
});
