// 部门预算 in the browser: the document kind is shown next to the toolbar (部门决算 for the sample), and a budget's
// 说明 and its tables file opened together become one workbook (both files' tables and the 说明).
import { expect, fixturePath, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';

const file = (name: string) => ({ name, mimeType: 'text/plain', buffer: readFileSync(fixturePath(`budget/${name}`)) });

test('the sample is a 部门决算', async ({ wb, page }) => {
  await wb.open();
  await expect(page.getByTestId('doc.kind')).toHaveText('部门决算');
  await expect(page.getByTestId('doc.kind')).toHaveAttribute('data-kind', 'final');
});

test('a budget 说明 and its tables file opened together are one 部门预算 workbook', async ({ wb, page }) => {
  await wb.open();
  await page.getByTestId('toolbar.file').setInputFiles([file('jiangsu_zhengxie_2019.txt'), file('jiangsu_zhengxie_2019_tables.txt')]);
  await expect(page.getByTestId('doc.kind')).toHaveAttribute('data-kind', 'budget', { timeout: 30_000 });
  await expect(page.getByTestId('doc.kind')).toHaveText('部门预算');
  // the tables file's 8 tables and the 说明 sheet, in one workbook
  await expect(wb.tabs).toHaveCount(9);
});
