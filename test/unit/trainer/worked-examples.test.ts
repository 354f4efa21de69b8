import { expect, test } from 'vitest';
import { checkAll, workedExamples } from '../../../src/trainer/index.ts';

const examples = workedExamples();

test('worked examples come from the four documents shipped with the app', () => {
  const files = new Set(examples.map((e) => e.source.split(' · ')[1]));
  expect(files).toEqual(new Set([
    'public/sample-report.txt', 'public/examples/putuo-caizhengju-2024.txt', 'public/examples/jiangan-yibao-2020.txt',
    'public/examples/jiangsu-zhengxie-2019-budget.txt',
  ]));
  expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
});

test.each(examples.map((e) => [e.id, e] as const))('worked example %s loads its tables and checks without errors or warnings', async (_id, e) => {
  const doc = await e.load();
  expect(doc.tables.map((t) => t.kind)).toEqual(e.kinds);
  expect(doc.tables.every((t) => t.rows.length > 0)).toBe(true);
  // the 2019 budget example prints 20805 by its pre-2019 name: a real warning, the only one allowed
  const loud = checkAll(doc).filter((f) => f.severity !== 'info' && f.code !== 'subject_name_outdated');
  expect(loud.map((f) => `${f.table} ${f.ruleId} ${f.code}`)).toEqual([]);
});

test('the 上海 example’s T01 is the layout without 行次 and prints the 2024 totals', async () => {
  const doc = await examples.find((e) => e.id === 'putuo-2024-T01')!.load();
  const t01 = doc.tables[0]!;
  expect(t01.layout).toBe('T01.C');
  expect(t01.rows.find((r) => r.label === '总计')!.cells.map((c) => c.text)).toContain('2,995.39');
});
