// The findings of the 部门预算 coded-table packs and checks on all 16 江苏 documents (pdftotext text): no error
// (none of these documents has an arithmetic error in B05–B13 — each table's sums were checked by the rule tests'
// passing cases and by eye), only the reviewed warnings and notes in test/golden/structure/budget/coded-findings.json:
// two 政府性基金 tables that print neither data nor a “no data” statement, 科目 codes the dictionary lacks, and in the
// 2019 tables files (their year read from the 政府采购 title) 20805 under its pre-2019 name 行政事业单位离退休.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';

const EXPECTED = JSON.parse(readFileSync('test/golden/structure/budget/coded-findings.json', 'utf8')) as Record<string, string[]>;

const mine = (f: Finding) => /^(B0[5-9]|B1[0-4])\.|^X\.B|^S\.(procurement-tree|budget-empty-table)$/.test(f.ruleId)
  || (/^S\./.test(f.ruleId) && /^B(0[5-9]|1[0-4])@/.test(f.table));
const line = (f: Finding) => `${f.severity} ${f.ruleId} ${f.code} ${f.table.replace(/@\d+$/, '')}${f.params?.code ? ` ${f.params.code}` : ''}`;

test.each(Object.keys(EXPECTED))('%s: the reviewed budget coded-table findings, no error', (name) => {
  const parsed = parseReportText(readFileSync(`test/fixtures/budget/${name}.txt`, 'utf8'));
  if (!parsed.ok) throw new Error(name);
  const found = checkDocument(parsed.value).findings.filter(mine);
  expect(found.filter((f) => f.severity === 'error')).toEqual([]);
  expect(found.map(line).sort()).toEqual(EXPECTED[name]);
});
