// 部门预算 in the browser: the document kind is shown next to the toolbar (部门决算 for the sample), and a budget's
// 说明 and its tables file opened together become one workbook (both files' tables and the 说明).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, fixturePath, test } from './fixtures.ts';

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
  // the tables file's tables (8 or more, as its parser splits them) and the 说明 sheet, in one workbook
  await expect(wb.tabs.first()).toContainText('收支预算总表');
  expect(await wb.tabs.count()).toBeGreaterThanOrEqual(9);
});

test('批量打开 a folder of budgets: a 说明 and its tables file are one row; consecutive years are linked', async ({ wb, page }) => {
  const folder = join(mkdtempSync(join(tmpdir(), 'gouji-e2e-budget-')), 'zhengxie');
  mkdirSync(folder, { recursive: true });
  for (const f of ['jiangsu_zhengxie_2018.txt', 'jiangsu_zhengxie_2019.txt', 'jiangsu_zhengxie_2019_tables.txt']) copyFileSync(fixturePath(`budget/${f}`), join(folder, f));
  await wb.open();
  await page.getByTestId('batch.folder').setInputFiles(folder);
  const view = page.getByTestId('batch.view');
  await expect(page.getByTestId('batch.note')).toBeVisible({ timeout: 60_000 });
  await expect(view).toHaveAttribute('data-running', 'false');
  await expect(view).toHaveAttribute('data-linking', 'false');
  await expect(page.getByTestId('batch.row')).toHaveCount(2);
  const row = page.locator('[data-testid="batch.row"][data-key="zhengxie/jiangsu_zhengxie_2019.txt"]');
  await expect(row.locator('td[data-col="kind"]')).toHaveText('部门预算');
  await expect(row).toContainText('2018');
});
