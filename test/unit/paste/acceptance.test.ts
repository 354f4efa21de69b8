// Text that is not a report or a table is refused in the paste layer (not_a_report, with why), never turned into
// findings; every real document of the fixtures — tables, narrative-only reports, budgets, PDFs — is still accepted.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { nodePdfLoader } from '../../../src/cli/pdf-node.ts';
import { parseInput } from '../../../src/paste/index.ts';
import { describeProblem } from '../../../src/ui/messages/index.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

const NOVEL = '1949年10月1日，他走进房间，看见桌上放着3本书和2支笔。那年他25岁，口袋里只有12元钱。窗外下着雨。\n'.repeat(30);
const ENGLISH = 'It was the best of times, it was the worst of times, it was the age of wisdom.\n'.repeat(40);
const RANDOM_TSV = Array.from({ length: 40 }, (_, i) => `${(i * 37) % 101}\t${(i * 13) % 97}.5\t${i * 7}`).join('\n');
const RANDOM_SPACED = Array.from({ length: 40 }, (_, i) => `${(i * 37) % 101}  ${(i * 13) % 97}.25  ${i * 7}.00`).join('\n');
const GARBAGE = '\u0001\u0002 ### ????? lorem ipsum %%% ~~~';

describe('refused', () => {
  test.each([
    ['a Chinese novel with numbers', NOVEL, 'no_structure'],
    ['English prose', ENGLISH, 'no_numbers'],
    ['random numbers, tab-separated', RANDOM_TSV, 'numbers_only'],
    ['random numbers, space-separated', RANDOM_SPACED, 'numbers_only'],
    ['a CSV of digits', '1,2,3\n4,5,6\n7,8,9', 'numbers_only'],
    ['garbage', GARBAGE, 'no_numbers'],
  ])('%s', async (_, text, why) => {
    const r = await parseInput({ text });
    expect(r).toMatchObject({ ok: false, reason: { code: 'not_a_report', severity: 'error', params: { why } } });
    if (!r.ok) {
      const zh = describeProblem(r.reason, 'zh');
      expect(zh).toMatch(/不是决算或预算报告，也不是表格/);
      expect(zh).toContain('工作簿保持原样');
      expect(describeProblem(r.reason, 'en')).toMatch(/not a report or a table/);
    }
  });

  test('as a file too (.txt and .csv bytes)', async () => {
    const bytes = new TextEncoder().encode(NOVEL);
    expect(await parseInput({ bytes, fileName: 'novel.txt' })).toMatchObject({ ok: false, reason: { code: 'not_a_report' } });
    expect(await parseInput({ bytes: new TextEncoder().encode('1,2\n3,4\n'), fileName: 'n.csv' })).toMatchObject({ ok: false, reason: { code: 'not_a_report' } });
  });
});

describe('accepted', () => {
  test('a small labelled table of unknown kind, and one line of 决算 prose with amounts', async () => {
    const table = await parseInput({ text: '项目\t上年数\t本年数\n办公费\t12.00\t13.50\n印刷费\t3.00\t4.00\n合计\t15.00\t17.50' });
    expect(table.ok && table.value.tables).toHaveLength(1);
    const prose = await parseInput({ text: '2023年度部门决算公开说明：本部门收入合计1,234.56万元，支出合计1,200.00万元，其中财政拨款支出1,000.00万元，基本支出800.00万元。' });
    expect(prose.ok).toBe(true);
  });

  // (a PDF may fail for its own reasons — no text layer — but never as not_a_report)
  test('no report fixture PDF is refused as not a report', async () => {
    const files = [...readdirSync(FIXTURES + 'pdf').map((f) => `pdf/${f}`), ...readdirSync(FIXTURES + 'budget').filter((f) => f.endsWith('.pdf')).map((f) => `budget/${f}`)];
    for (const f of files) {
      const r = await parseInput({ bytes: new Uint8Array(readFileSync(FIXTURES + f)), fileName: f }, { pdf: nodePdfLoader });
      expect(r.ok ? 'ok' : r.reason.code, f).not.toBe('not_a_report');
    }
  }, 300_000);

  test('every report fixture text (seeds, corpus, budgets) is still accepted', async () => {
    for (const dir of ['seeds', 'corpus', 'budget']) {
      for (const f of readdirSync(FIXTURES + dir).filter((x) => x.endsWith('.txt'))) {
        const r = await parseInput({ text: readFileSync(FIXTURES + `${dir}/${f}`, 'utf8'), fileName: f });
        expect(r.ok ? 'ok' : r.reason.code, `${dir}/${f}`).toBe('ok');
      }
    }
  }, 120_000);
});
