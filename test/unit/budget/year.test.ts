// The year of a budget's tables file, which prints no heading: from the tables' titles (“2019年政府采购预算表”),
// else from the PDF's document properties (the spreadsheet title, GBK bytes written as hex), each noted with its
// source; a budget whose year nothing states says 年度未识别 — never a guess. A year from the PDF properties alone
// never contradicts a pairing (it may be a stale template's).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { joinRefusal } from '../../../src/checks/companion.ts';
import { nodePdfLoader } from '../../../src/cli/pdf-node.ts';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import { parseInput } from '../../../src/paste/index.ts';
import { readPdf } from '../../../src/paste/pdf/read.ts';
import { decodePdfTitle, withInferredYear, yearOfPdfTitles } from '../../../src/paste/report/year.ts';
import { budgetFixture } from './helpers.ts';

const BUDGET = join(import.meta.dirname, '..', '..', 'fixtures', 'budget');
const parse = async (text: string, fileName = 'x_tables.txt'): Promise<ParsedDocument> => {
  const r = await parseInput({ text, fileName });
  if (!r.ok) throw new Error(r.reason.code);
  return r.value;
};

describe('a tables file’s year', { timeout: 60_000 }, () => {
  test.each([
    ['renda_bangongting_2019', 2019], ['shengwei_2017', 2017], ['shengwei_2018', 2018], ['shengwei_2019', 2019],
    ['zhengxie_2017', 2017], ['zhengxie_2018', 2018], ['zhengxie_2019', 2019],
  ])('%s_tables: %i, from the 政府采购 table title', async (name, year) => {
    const doc = await parse(budgetFixture(`jiangsu_${name}_tables.txt`));
    expect(doc.year).toBe(year);
    expect(doc.problems.filter((p) => p.code.startsWith('year_'))).toEqual([
      { code: 'year_inferred', severity: 'info', params: { year, source: 'table_title', text: `${year}年政府采购预算表` } }]);
  });

  test('no title prints it: 年度未识别, year null', async () => {
    const doc = await parse(budgetFixture('jiangsu_zhengxie_2019_tables.txt').replace('2019年政府采购预算表', '政府采购预算表'));
    expect(doc.year).toBeNull();
    expect(doc.problems.filter((p) => p.code.startsWith('year_')).map((p) => p.code)).toEqual(['year_unread']);
  });

  test('two titles printing two years: not read', async () => {
    const doc = await parse(budgetFixture('jiangsu_zhengxie_2019_tables.txt').replace('收支预算总表', '2018年收支预算总表'));
    expect(doc.year).toBeNull();
  });

  test('joined with its 说明, the 说明 year stands and 年度未识别 goes', async () => {
    const { joinCompanion } = await import('../../../src/checks/companion.ts');
    const tables = await parse(budgetFixture('jiangsu_zhengxie_2019_tables.txt').replace('2019年政府采购预算表', '政府采购预算表'));
    const narrative = await parse(budgetFixture('jiangsu_zhengxie_2019.txt'), 'x.txt');
    const joined = joinCompanion(narrative, tables, 'x_tables.txt');
    expect(joined.year).toBe(2019);
    expect(joined.problems.map((p) => p.code)).not.toContain('year_unread');
  });
});

describe('the PDF’s document properties', { timeout: 60_000 }, () => {
  test('the real 江苏 tables PDFs: GBK spreadsheet titles written as hex are decoded', async () => {
    const titles = async (f: string) => {
      const r = await readPdf(nodePdfLoader, new Uint8Array(readFileSync(join(BUDGET, f))));
      if (!r.ok) throw new Error(r.reason.code);
      return r.value.titles;
    };
    expect(yearOfPdfTitles(await titles('jiangsu_renda_bangongting_2019_tables.pdf'))).toEqual({ year: 2019, text: '江苏省人大常委会办公厅2019年部门预算公开表.xls' });
    expect(yearOfPdfTitles(await titles('jiangsu_shengwei_2018_tables.pdf'))).toEqual({ year: 2018, text: '江苏省委办公厅2018年度预算公开表.xls' });
    expect(await titles('jiangsu_zhengxie_2019_tables.pdf')).toEqual([]);
  });

  test('decoding: hex of UTF-8 or GBK bytes, plain text as it is, odd hex untouched', () => {
    expect(decodePdfTitle('<E6B19F>')).toBe('江');
    expect(decodePdfTitle('<BDAD>')).toBe('江');
    expect(decodePdfTitle('2019年部门预算')).toBe('2019年部门预算');
    expect(decodePdfTitle('<BDA>')).toBe('<BDA>');
    expect(yearOfPdfTitles(['2019年预算', '2018年预算'])).toBeNull();
    expect(yearOfPdfTitles(['报表 2019'])).toBeNull();
  });

  test('a year from the properties alone is used, noted, and never refuses a pairing', async () => {
    const tables = await parse(budgetFixture('jiangsu_zhengxie_2019_tables.txt').replace('2019年政府采购预算表', '政府采购预算表'));
    const dated = withInferredYear({ ...tables, problems: [] }, yearOfPdfTitles(['<BDADCBD5CAA132303138C4EA>']), 'pdf_metadata');
    expect(dated.year).toBe(2018);
    expect(dated.problems).toEqual([{ code: 'year_inferred', severity: 'info', params: { year: 2018, source: 'pdf_metadata', text: '江苏省2018年' } }]);
    // a stale property year (2018) beside a 2019 说明: not a contradiction
    expect(joinRefusal(await parse(budgetFixture('jiangsu_zhengxie_2019.txt'), 'x.txt'), dated)).toBeNull();
  });
});
