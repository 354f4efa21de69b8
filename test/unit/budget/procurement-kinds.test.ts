// 政府采购 sentences of a budget 说明 name the total and its kinds (货物类/服务类/工程类政府采购支出预算): a kind is
// bound to its own row of the 政府采购预算表, never to the total (政协 2017 printed 货物 259.32, 服务 1,011.90 and
// 工程 0 in one sentence; binding all three to the total made them "one figure stated with two values").
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
const procurement = (edit?: (t: string) => string) =>
  checkDocument(budgetDoc('jiangsu_zhengxie_2017.txt', tablesOf('jiangsu_zhengxie_2017_tables.txt'), edit)).findings
    .filter((f) => String(f.params?.indicator ?? '').startsWith('B13') || /货物类政府采购/.test(String(f.params?.sentence ?? '')));

test('货物类/服务类/工程类政府采购支出预算 are three parts, not the total stated three times', () => {
  expect(procurement().filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([]);
  expect(procurement().filter((f) => f.params?.indicator === 'B13.合计' && f.code === 'indicator_two_values')).toEqual([]);
});

