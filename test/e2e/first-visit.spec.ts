import { expect, test } from './fixtures.ts';

test('the first visit opens the shipped sample report already parsed and checked, with a Chinese hint', async ({ wb, page }) => {
  await wb.open();
  await expect(page.getByTestId('app.hint')).toContainText('粘贴');
  await expect(page.getByTestId('app.hint')).toContainText('打开文件');
  await expect(wb.tab('N')).toBeVisible();
  expect(await wb.tabs.count()).toBeGreaterThan(5);
  await expect(page.getByTestId('grid.root')).toBeVisible();
  await expect(page.locator('.ht_master td[data-testid="grid.cell"]').first()).toBeVisible();
  for (const s of ['error', 'warning', 'info']) await expect(page.getByTestId(`findings.count.${s}`)).toHaveText(/^\d+$/);
});

test('the 说明 tab shows the narrative text', async ({ wb, page }) => {
  await wb.open();
  await wb.tab('N').click();
  await expect(page.getByTestId('narrative.root')).toContainText('情况说明');
});

test('the English toggle switches the chrome and back', async ({ wb, page }) => {
  await wb.open();
  await page.getByTestId('toolbar.lang').click();
  await expect(page.getByTestId('app.hint')).toContainText('Paste a table');
  await page.getByTestId('toolbar.lang').click();
  await expect(page.getByTestId('app.hint')).toContainText('粘贴');
});
