// A big paste in the grid (issue 17): the grid reads a table's cells as it draws them, so after a 100,000-row paste
// it still scrolls to the last row and shows its values, an edit there is checked and marked (its 款's Σ项), and 撤销
// undoes it.
// Timing targets are in the bench (npm run bench: browser.longest_task_ms), not here.
import { expect, test } from './fixtures.ts';
import { tenThousandRows } from '../bench/browser-table.ts';

const ROWS = 100_000;
const BIG = tenThousandRows(ROWS);
/** The last printed row: 科目编码, 科目名称, 1栏, 2栏, 3栏 (1栏 = 2栏 + 3栏). */
const LAST = BIG.text.slice(BIG.text.lastIndexOf('\n') + 1).split('\t');

test('after a 100,000-row paste the grid shows the last row, checks an edit there and undoes it', async ({ wb, page }) => {
  test.setTimeout(300_000);
  expect(LAST).toHaveLength(5);
  const [code, name, total, basic, project] = LAST as [string, string, string, string, string];
  await wb.open();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, BIG.text);
  await expect(page.getByTestId('progress')).toHaveCount(0, { timeout: 240_000 });
  await wb.openPanel('findings');
  const errors = page.locator('[data-testid="findings.item"][data-severity="error"]');
  await expect(errors.filter({ hasText: BIG.wrong.code.slice(0, 5) }).first()).toBeVisible({ timeout: 30_000 });
  const before = await errors.count();

  // the grid's end: its last row is drawn with the values printed in the paste
  const holder = page.locator('.ht_master .wtHolder').first();
  await holder.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  const row = page.locator('.ht_master tbody tr').filter({ has: page.locator('td', { hasText: new RegExp(`^${code}$`) }) });
  await expect(row).toHaveCount(1, { timeout: 10_000 });
  await expect(row.locator('td').nth(1)).toHaveText(name);
  await expect(row.locator('td[data-colno="1"]')).toHaveText(total);
  await expect(row.locator('td[data-colno="2"]')).toHaveText(basic);
  const cell = row.locator('td[data-colno="3"]');
  await expect(cell).toHaveText(project);

  // an edit there breaks its 款's sum (Σ项 3栏): checked on the page, listed, and the 款's cell marked
  const parent = code.slice(0, 5);
  const parentErrors = errors.filter({ hasText: `[${parent} ` });
  await expect(parentErrors).toHaveCount(0);
  await cell.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await wb.typeInto(cell, '1.00');
  await expect(cell).toHaveText('1.00');
  await expect(parentErrors.first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => errors.count(), { timeout: 30_000 }).toBeGreaterThan(before);
  await parentErrors.first().click();
  await expect(wb.cell(parent, 3)).toHaveAttribute('data-severity', 'error');

  // 撤销 restores the printed value, and the 款 checks clean again
  await page.getByTestId('grid.undo').click();
  await expect(wb.cell(parent, 3)).not.toHaveAttribute('data-severity', 'error', { timeout: 30_000 });
  await expect(parentErrors).toHaveCount(0);
  await expect.poll(() => errors.count(), { timeout: 30_000 }).toBe(before);
  await holder.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await expect(cell).toHaveText(project);
});
