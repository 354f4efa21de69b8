// A PDF whose table pages carry /Rotate 90 (江苏 2019 budget tables: A3 pages turned to landscape): the text is
// read in the upright view, so its tables are found like those of unrotated pages, and every fragment's box is
// mapped back to the page's user space, where the marked-up PDF draws it and pdf.js places the text item.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { nodePdfLoader } from '../../../../src/cli/pdf-node.ts';
import { parsePdfDocument } from '../../../../src/paste/pdf/index.ts';

const FILE = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'budget', 'jiangsu_shengwei_2019_tables.pdf');

test('tables on rotated pages are read, and their boxes enclose the text where pdf.js draws it', async () => {
  const bytes = new Uint8Array(readFileSync(FILE));
  const read = await parsePdfDocument(bytes, nodePdfLoader);
  if (!read.result.ok) throw new Error(read.result.reason.code);
  const b01 = read.result.value.tables.find((t) => t.kind === 'B01')!;
  expect(b01.pages).toEqual([1, 1]);
  expect(b01.rows.find((r) => r.label === '一、基本支出')?.cells[3]?.text).toBe('11,700.63');

  const lib = await nodePdfLoader.load();
  const doc = await lib.pdfjs.getDocument({ ...lib.params, data: bytes.slice() }).promise;
  const page = await doc.getPage(1) as unknown as { rotate: number; getTextContent(): Promise<{ items: { str: string; transform: number[] }[] }> };
  expect(page.rotate).toBe(90);
  const item = (await page.getTextContent()).items.find((i) => i.str === '11,700.63')!;
  const [, , , , ux, uy] = item.transform as [number, number, number, number, number, number];
  const box = read.lines.flatMap((l) => (l?.page === 1 ? l.boxes : [])).find((b) => b.text === '11,700.63')!.box;
  expect(ux).toBeGreaterThanOrEqual(box.x);
  expect(ux).toBeLessThanOrEqual(box.x + box.w);
  expect(uy).toBeGreaterThanOrEqual(box.y - 0.01);
  expect(uy).toBeLessThanOrEqual(box.y + box.h);
  // the text runs up the user-space page: the box is tall and narrow
  expect(box.h).toBeGreaterThan(box.w);
  await doc.destroy();
}, 60_000);
