// A 江苏 部门预算 tables PDF opened in Chromium: the coded tables printed on landscape (/Rotate 90) pages are read
// with their amounts, and a changed 政府采购 item is marked on its 专项 with the new wording.
import { readFileSync } from 'node:fs';
import { expect, fixturePath, test } from './fixtures.ts';

const PDF = () => readFileSync(fixturePath('budget/jiangsu_shengwei_2019_tables.pdf'));

test('the budget tables of a PDF with landscape pages open with their amounts', async ({ wb, page }) => {
  await wb.open();
  await page.getByTestId('toolbar.file').setInputFiles({ name: '省委办公厅2019预算表.pdf', mimeType: 'application/pdf', buffer: PDF() });
  for (const sheet of ['B05@69', 'B06@99', 'B07@164', 'B08@194', 'B09@259', 'B12@277', 'B13@312']) {
    await expect(wb.tab(sheet), sheet).toBeVisible({ timeout: 60_000 });
  }
  await wb.tab('B05@69').click();
  await expect(wb.cell('2013101', 1)).toHaveText('9,370.12');
  await wb.tab('B09@259').click();
  await expect(page.locator('.ht_master td[data-colno="8"]').filter({ hasText: '933.50' })).toHaveCount(1);
});

test('a 政府采购 item changed in the grid: its 专项 no longer adds up, said in Chinese', async ({ wb, page }) => {
  await wb.open();
  await page.getByTestId('toolbar.file').setInputFiles({ name: '省委办公厅2019预算表.pdf', mimeType: 'application/pdf', buffer: PDF() });
  await wb.tab('B13@312').click({ timeout: 60_000 });
  const cell = await wb.scrollToCell('小型机', 1);
  await wb.typeInto(cell, '3.00');
  await wb.openPanel('findings');
  await expect(wb.findings.filter({ hasText: '政府采购总计' }).first()).toContainText('其下各行之和', { timeout: 30_000 });
});
