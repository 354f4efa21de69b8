// Lines rebuilt from positioned PDF text items: grouping by baseline, cutting at real gaps, fragments
// in half-font-size units at their real positions, page furniture (numbers, running headers) dropped.
import { describe, expect, test } from 'vitest';
import { buildLines, pageLines } from '../../../../src/paste/pdf/lines.ts';
import type { PdfItem, PdfPage } from '../../../../src/paste/pdf/types.ts';

const item = (str: string, x: number, y: number, w = str.length * 5, size = 10): PdfItem => ({ str, x, y, w, size });
const page = (n: number, items: PdfItem[]): PdfPage => ({ page: n, width: 595, height: 842, items });

describe('pageLines', () => {
  test('items on one baseline (within 40% of the font size) form a line, left to right', () => {
    const lines = pageLines(page(1, [item('12.00', 300, 700.3), item('合计', 100, 700), item('下一行', 100, 680)]));
    expect(lines.map((l) => l.runs.map((r) => r.text))).toEqual([['合计', '12.00'], ['下一行']]);
  });

  test('touching items join into one run; two amounts never do, however close', () => {
    const [l] = pageLines(page(1, [item('一般公共', 100, 700, 40), item('服务支出', 140.5, 700, 40), item('1.00', 200, 700, 20), item('2.00', 220.5, 700, 20)]));
    expect(l!.runs.map((r) => r.text)).toEqual(['一般公共服务支出', '1.00', '2.00']);
  });
});

describe('buildLines', () => {
  const body = (n: number) => [item('单位：万元', 450, 780), item('2010601', 60, 700, 35), item('行政运行', 120, 700, 40), item('1,511.90', 300, 700, 40),
    item(`${n}`, 290, 30, 5), item('普陀区财政局', 60, 815, 60)];

  test('fragments keep their real extent in half-font-size units; the code and name are separate fragments', () => {
    const { lines } = buildLines([page(1, body(1))]);
    const row = lines.find((l) => l.text.includes('行政运行'))!;
    expect(row.frags!.map((f) => [f.kind, f.text, f.x0, f.x1])).toEqual([
      ['code', '2010601', 12, 19], ['text', '行政运行', 24, 32], ['amount', '1,511.90', 60, 68],
    ]);
    expect(row.page).toBe(1);
  });

  test('page numbers and a header repeated on three pages are dropped; a new page starts with a form feed', () => {
    const { lines, info } = buildLines([1, 2, 3].map((n) => page(n, body(n))));
    const texts = lines.map((l) => l.text.trim()).filter(Boolean);
    expect(texts.some((t) => /^\f?[123]$/.test(t))).toBe(false);
    expect(texts.some((t) => t.includes('普陀区财政局'))).toBe(false);
    expect(texts.filter((t) => t.includes('1,511.90'))).toHaveLength(3);
    expect(lines.filter((l) => l.text.startsWith('\f')).map((l) => l.page)).toEqual([2, 3]);
    const boxes = info.flatMap((i) => i?.boxes ?? []).filter((b) => b.text === '1,511.90');
    expect(boxes.map((b) => b.box.page)).toEqual([1, 2, 3]);
    expect(boxes[0]!.box).toMatchObject({ x: 300, w: 40 });
  });

  test('a bare number in the middle of a page is kept (only the outermost lines can be page numbers)', () => {
    const { lines } = buildLines([page(1, [item('标题', 60, 800), item('42', 60, 400), item('结尾', 60, 100)])]);
    expect(lines.map((l) => l.text.trim())).toContain('42');
  });
});

test('a unit line or table title repeated high on every page is kept (never taken for a running header)', () => {
  const pages = [1, 2, 3].map((n) => page(n, [item('收入决算表', 250, 800), item('单位：万元', 450, 790), item('合计', 60, 700), item('1.00', 300, 700, 20)]));
  const texts = buildLines(pages).lines.map((l) => l.text.trim());
  expect(texts.filter((t) => t.includes('单位：万元'))).toHaveLength(3);
  expect(texts.filter((t) => t.includes('收入决算表'))).toHaveLength(3);
});

test('a “续表” mark at the top of a continued page is dropped, so its rows join the table of the page before', () => {
  const rows = (code: string) => [item(code, 60, 700, 35), item('1.00', 300, 700, 20)];
  const { lines } = buildLines([page(1, [item('支出决算表', 250, 800), ...rows('201')]), page(2, [item('支出决算表（续表）', 250, 800), ...rows('205')]), page(3, [item('续表', 60, 800), ...rows('208')])]);
  const texts = lines.map((l) => l.text.trim());
  expect(texts.filter((t) => t.includes('续'))).toEqual([]);
  expect(texts.filter((t) => t.includes('支出决算表'))).toHaveLength(1);
  expect(texts.filter((t) => /20[158]/.test(t))).toHaveLength(3);
});
