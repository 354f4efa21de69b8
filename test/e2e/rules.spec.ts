import { expect, seed001T05Tsv, test } from './fixtures.ts';

test('an unknown blank table is checked with a custom rule typed in reviewer notation', async ({ wb, page }) => {
  await wb.open();
  await page.getByTestId('sheets.add').click();
  await expect(page.getByTestId('sheet.unknown')).toBeVisible();
  // the label column (0) is frozen: it is drawn, and clicked, in the grid's fixed left overlay
  const at = (col: number) => page.locator(`${col === 0 ? '.ht_clone_inline_start' : '.ht_master'} td[data-row="0"][data-col="${col}"]`);
  await wb.imeInto(at(0), '机关运行', 'jiguanyunxing');
  await expect(at(0)).toHaveText('机关运行'); // the IME's first keystroke is not lost (imeFastEdit)
  // every typed value must have landed as typed: a lost keystroke would leave the rule failing after the fix below
  for (const [i, text] of ['10.00', '4.00', '5.00'].entries()) {
    await wb.typeInto(at(i + 1), text);
    await expect(at(i + 1)).toHaveText(text);
  }
  await wb.openPanel('rules');
  await page.getByTestId('rules.input').fill('1栏=2+3');
  await expect(page.getByTestId('rules.ok')).toBeVisible();
  await page.getByTestId('rules.add').click();
  const cell = page.locator('.ht_master td[data-row="0"][data-colno="1"]');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-testid="rules.item"]').filter({ hasText: '1栏=2+3' })).toHaveAttribute('data-status', 'fail');

  await wb.typeInto(cell, '9.00');
  await expect(cell).toHaveText('9.00');
  await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
});

test('a rule typed wrong is reported with its position as you type and cannot be added', async ({ wb, page }) => {
  await wb.open();
  await wb.openPanel('rules');
  await page.getByTestId('rules.input').fill('1栏=2+');
  await expect(page.getByTestId('rules.error')).toContainText('第 6 个字符');
  await expect(page.getByTestId('rules.add')).toBeDisabled();
  await page.getByTestId('rules.input').fill('1栏=2+3');
  await expect(page.getByTestId('rules.error')).toHaveCount(0);
  await expect(page.getByTestId('rules.add')).toBeEnabled();
});

test('switching a rule off removes its findings and switching it on brings them back', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: seed001T05Tsv().replace('2,426.10', '2,426.90') });
  await wb.openPanel('rules');
  await page.getByTestId('rules.input').fill('1栏=2+3');
  await page.getByTestId('rules.add').click();
  const custom = page.locator('[data-testid="rules.item"][data-rule^="custom."]');
  await expect(custom).toHaveAttribute('data-status', 'fail');
  await custom.getByTestId('rules.toggle').uncheck();
  await expect(custom).toHaveAttribute('data-status', 'disabled');
  await expect(page.locator('[data-testid="findings.item"][data-rule^="custom."]')).toHaveCount(0);
  await custom.getByTestId('rules.toggle').check();
  await wb.openPanel('findings');
  await expect(page.locator('[data-testid="findings.item"][data-rule^="custom."]').first()).toBeVisible();
});

test('changing a table’s kind re-selects its rule packs', async ({ wb, page }) => {
  await wb.open();
  await page.getByTestId('sheets.add').click();
  await page.getByTestId('sheet.kind').selectOption('T09');
  await expect(page.getByTestId('sheet.unknown')).toHaveCount(0);
  // named for people: the kind's name, not its code
  await expect(wb.tab('U1')).toContainText('“三公”经费支出决算表');
  await expect(wb.tab('U1')).not.toContainText('T09');
});
