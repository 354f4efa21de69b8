// The batch list: sorting (blanks last either way), filters, paging of a 1,000-row batch; the summary as CSV
// (BOM, formula neutralisation) and the audit reports combined into one page; files of a picked folder (hidden
// files left out, sorted by path, a repeated path kept apart).
import { describe, expect, test } from 'vitest';
import { buildSummaryCsv, combineAuditReports } from '../../../src/report/batch-summary.ts';
import { entriesOf, isReportFile } from '../../../src/ui/batch/files.ts';
import { queryRows, ZERO, type ListQuery, type RowView } from '../../../src/ui/batch/rows.ts';

function view(i: number, p: Partial<RowView> = {}): RowView {
  return {
    key: `f/${String(i).padStart(4, '0')}.txt`, draftId: `d${i}`, department: `部门${i % 7}`, year: 2020 + (i % 5), kind: 'final', recognised: 9, tables: 9,
    base: ZERO, baseProblems: 0, unchecked: 0, problems: i % 3, read: 'ok', reason: null, status: 'ok', errors: i % 3, warnings: i % 2, info: 0, cross: [], prev: null, next: null, duplicateOf: [], ...p,
  };
}

const Q: ListQuery = { text: '', status: 'all', sort: 'key', desc: false, page: 0, pageSize: 50 };

describe('batch list', () => {
  const rows = Array.from({ length: 1000 }, (_, i) => view(i));

  test('1,000 rows in pages of 50; a page past the end shows the last', () => {
    const first = queryRows(rows, Q);
    expect([first.total, first.pages, first.page.length, first.page[0]!.key]).toEqual([1000, 20, 50, 'f/0000.txt']);
    const last = queryRows(rows, { ...Q, page: 99 });
    expect([last.pageIndex, last.page.at(-1)!.key]).toEqual([19, 'f/0999.txt']);
  });

  test('sorted by errors descending, ties by file; blanks last in both directions', () => {
    const withBlank = [view(1, { year: null }), view(2), view(3)];
    expect(queryRows(withBlank, { ...Q, sort: 'year' }).page.map((r) => r.year)).toEqual([2022, 2023, null]);
    expect(queryRows(withBlank, { ...Q, sort: 'year', desc: true }).page.map((r) => r.year)).toEqual([2023, 2022, null]);
    const top = queryRows(rows, { ...Q, sort: 'errors', desc: true }).page;
    expect(top.every((r) => r.errors === 2)).toBe(true);
    expect(top[0]!.key).toBe('f/0002.txt');
  });

  test('filters: text over file, department and year; status groups', () => {
    const mixed = [view(1), view(2, { status: 'unreadable', read: 'unreadable', errors: 0, warnings: 0 }), view(3, { prev: { key: 'x', label: 'x', match: 'same' } }), view(6, { errors: 0, warnings: 0 })];
    expect(queryRows(mixed, { ...Q, text: '部门3' }).page.map((r) => r.key)).toEqual(['f/0003.txt']);
    expect(queryRows(mixed, { ...Q, text: '2021' }).page.map((r) => r.key)).toEqual(['f/0001.txt', 'f/0006.txt']);
    expect(queryRows(mixed, { ...Q, status: 'errors' }).page.map((r) => r.key)).toEqual(['f/0001.txt']);
    expect(queryRows(mixed, { ...Q, status: 'problem' }).page.map((r) => r.key)).toEqual(['f/0002.txt']);
    expect(queryRows(mixed, { ...Q, status: 'linked' }).page.map((r) => r.key)).toEqual(['f/0003.txt']);
    expect(queryRows(mixed, { ...Q, status: 'clean' }).page.map((r) => r.key)).toEqual(['f/0006.txt']);
  });
});

describe('batch exports', () => {
  test('CSV: BOM, CRLF, every field quoted, formula-like text neutralised, numbers kept', () => {
    const csv = buildSummaryCsv({
      columns: [{ header: '文件', kind: 'text' }, { header: '错误', kind: 'number' }],
      rows: [['=HYPERLINK("x")', '3'], ['a"b', '-1'], ['ok.txt', '']],
    });
    expect(csv).toBe('\uFEFF"文件","错误"\r\n"\'=HYPERLINK(""x"")","3"\r\n"a""b","-1"\r\n"ok.txt",""\r\n');
  });

  test('audit reports combined: one head, every body in its own printed section', () => {
    const page = (n: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${n}</title><style>p{}</style></head><body><h1>${n}</h1></body></html>`;
    const all = combineAuditReports([page('甲'), page('乙')], '批量 <审核>');
    expect(all.match(/<head>/g)).toHaveLength(1);
    expect(all).toContain('<title>批量 &#60;审核&#62;</title>');
    expect(all).toContain('<section class="batch-report"><h1>甲</h1></section>\n<section class="batch-report"><h1>乙</h1></section>');
    expect(combineAuditReports([], 'x')).toBe('');
  });
});

describe('batch files', () => {
  const f = (name: string) => new File(['x'], name);
  test('hidden files left out, sorted by path, a repeated path kept apart; extensions the checker reads', () => {
    const out = entriesOf([
      { path: 'd/b.txt', file: f('b.txt') }, { path: 'd/.DS_Store', file: f('.DS_Store') }, { path: 'd/.git/x.txt', file: f('x.txt') },
      { path: 'd/a.xlsx', file: f('a.xlsx') }, { path: 'd/b.txt', file: f('b.txt') },
    ]);
    expect(out.map((e) => e.path)).toEqual(['d/a.xlsx', 'd/b.txt', 'd/b.txt (2)']);
    expect(['a.TXT', 'b.pdf', 'c.docx', 'd.htm', 'e.md', 'f', 'g.xls'].map(isReportFile)).toEqual([true, true, true, true, false, false, false]);
  });
});
