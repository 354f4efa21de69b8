// Issue 16 item 7 in Chromium: hostile workbooks end in a clear Chinese message with the workbook untouched, the
// parse runs in a Web Worker (the page stays responsive), and Cancel ends it at once — in both builds.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { part, rowsSheet, SHEET_HEAD, SHEET_TAIL, stringsPart, workbookParts, zip } from '../unit/hostile/xlsx-bombs.ts';
import { expect, test } from './fixtures.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SINGLE = fileURLToPath(new URL('../../dist-single/gouji.html', import.meta.url));

async function rowsBomb(): Promise<Buffer> {
  return Buffer.from(zip(workbookParts(await rowsSheet(1_048_576))));
}

async function stringsBomb(): Promise<Buffer> {
  const sheet = part('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${SHEET_TAIL}`);
  return Buffer.from(zip(workbookParts(sheet, await stringsPart(10_000_000))));
}

for (const [name, make, words] of [
  ['rows.xlsx', rowsBomb, '行数超过 100000 行的上限'],
  ['strings.xlsx', stringsBomb, '解压后超过 128.0 MB 的上限'],
] as const) {
  test(`opening ${name} says which limit it passed, in a worker, and leaves the workbook as it was`, async ({ wb, page }) => {
    // listening from the start: the page starts its parse worker while idle, right after it opens
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await wb.open();
    const before = await wb.tabs.count();
    await page.getByTestId('toolbar.file').setInputFiles({ name, mimeType: XLSX, buffer: await make() });
    await expect(page.getByTestId('notice.text')).toContainText(words, { timeout: 30_000 });
    expect(workers.length).toBeGreaterThan(0);
    await expect(wb.tabs).toHaveCount(before);
  });
}

test('Cancel terminates the parsing worker at once: the page answers while it parses and the workbook is unchanged', async ({ wb, page }) => {
  const workers: { closed: boolean }[] = [];
  page.on('worker', (w) => { const rec = { closed: false }; workers.push(rec); w.on('close', () => { rec.closed = true; }); });
  await wb.open();
  const before = await wb.tabs.count();
  await page.evaluate(() => {
    const row = '2010101\t行政运行\t1,234.56\t1,000.00\t234.56\n';
    const data = new DataTransfer();
    data.setData('text/plain', '科目编码\t科目名称\t合计\t基本支出\t项目支出\n' + row.repeat(400_000));
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('progress.cancel')).toBeVisible();
  expect(await page.evaluate(() => 1 + 1)).toBe(2); // the main thread is free while the worker parses
  await page.getByTestId('progress.cancel').click();
  await expect(page.getByTestId('notice.text')).toContainText('已取消', { timeout: 10_000 });
  await expect.poll(() => workers.some((w) => w.closed)).toBe(true);
  await expect(wb.tabs).toHaveCount(before);
});

test('the single-file build from file:// parses in its inlined worker and refuses the shared-strings bomb with the message', async ({ wb, page }) => {
  expect(existsSync(SINGLE)).toBe(true);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await wb.open(pathToFileURL(SINGLE).href);
  await page.getByTestId('toolbar.file').setInputFiles({ name: 'strings.xlsx', mimeType: XLSX, buffer: await stringsBomb() });
  await expect(page.getByTestId('notice.text')).toContainText('解压后超过 128.0 MB 的上限', { timeout: 30_000 });
  expect(workers).toEqual([expect.stringMatching(/^(?:blob:|data:)/)]); // the inlined worker, not the fallback
});
