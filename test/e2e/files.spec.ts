import ExcelJS from 'exceljs';
import { expect, seed001T05Tsv, test, toHtmlTable } from './fixtures.ts';

const WRONG = seed001T05Tsv().replace('2,426.10', '2,426.90');
const rows = () => WRONG.split('\n').map((l) => l.split('\t'));

async function xlsxBytes(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('公开05表');
  for (const r of rows()) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const csv = () => rows().map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');

const FILES: [string, string, () => Promise<Buffer> | Buffer][] = [
  ['t05.tsv', 'text/tab-separated-values', () => Buffer.from(WRONG)],
  ['t05.csv', 'text/csv', () => Buffer.from(csv())],
  ['t05.html', 'text/html', () => Buffer.from(toHtmlTable(WRONG))],
  ['t05.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsxBytes],
];

for (const [name, mimeType, bytes] of FILES) {
  test(`opening ${name} checks its table`, async ({ wb, page }) => {
    await wb.open();
    await page.getByTestId('toolbar.file').setInputFiles({ name, mimeType, buffer: await bytes() });
    await expect(wb.tabs).toHaveCount(2);
    await expect(await wb.scrollToCell('2101501', 1)).toHaveAttribute('aria-invalid', 'true');
  });
}

test('a file dropped on the page is opened', async ({ wb, page }) => {
  await wb.open();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 't05.tsv', { type: 'text/tab-separated-values' }));
    for (const type of ['dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, WRONG);
  await expect(wb.tabs).toHaveCount(2);
  await expect(await wb.scrollToCell('2101501', 1)).toHaveAttribute('data-severity', 'error');
});

test('a binary file is refused with a Chinese message and the workbook is kept', async ({ wb, page }) => {
  await wb.open();
  const before = await wb.tabs.count();
  await page.getByTestId('toolbar.file').setInputFiles({ name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 3, 0, 0, 255, 0, 7, 8]) });
  await expect(wb.notice).toHaveAttribute('data-kind', 'error');
  await expect(page.getByTestId('notice.text')).toContainText(/[\u4e00-\u9fff]/);
  await expect(wb.tabs).toHaveCount(before);
});
