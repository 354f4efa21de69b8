// Shares listed after their whole across a sentence end (江苏 说明): “合计 X 万元，其中：A 万元，占 P%。B 万元，占 Q%。”
// and “总金额为 X 万元。其中，A 万元，占 P%；…”. The whole is the list's head by layout: a misstated share is a warning.
import { expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { budgetFixture } from './helpers.ts';

const shares = (name: string, edit: (t: string) => string = (t) => t) => {
  const r = parseReportText(edit(budgetFixture(name)));
  if (!r.ok) throw new Error(r.reason.code);
  return checkDocument(r.value).findings.filter((f) => f.ruleId === 'N-SHARE' && f.severity !== 'info')
    .map((f) => `${f.severity} ${f.code} ${f.expected}|${f.actual}`);
};

test('as printed: no share finding', () => {
  expect(shares('jiangsu_shengwei_2017.txt')).toEqual([]);
  expect(shares('jiangsu_zhengxie_2017.txt')).toEqual([]);
});

test('a later sentence of the list is judged against the head of the first (合计 …，其中：)', () => {
  expect(shares('jiangsu_shengwei_2017.txt', (t) => t.replace('项目支出 10688.66 万元，占 51.27%', '项目支出 10688.66 万元，占 15.27%')))
    .toEqual(['warning percent_mismatch 51.27|15.27']);
});

test('“其中，” opening a sentence takes the whole stated just before it', () => {
  expect(shares('jiangsu_zhengxie_2017.txt', (t) => t.replace('占 79.60%', '占 97.60%')))
    .toEqual(expect.arrayContaining(['warning percent_mismatch 79.60|97.60']));
});
