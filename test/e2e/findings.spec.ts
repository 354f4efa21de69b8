import { expect, seed001T05Tsv, test } from './fixtures.ts';

// describeFinding may print amounts with or without thousands separators
const AMOUNT_WRONG = /2,?426\.90/;

const WRONG = seed001T05Tsv().replace('2,426.10', '2,426.90').replace('757.27', '767.27');

test('clicking a finding or pressing Enter on it selects its cell', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: WRONG });
  const item = wb.findings.filter({ hasText: AMOUNT_WRONG }).first();
  await item.click();
  await expect(page.getByTestId('cell.inspector')).toContainText(AMOUNT_WRONG);
  await wb.blurGrid();
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cell.inspector')).toContainText(AMOUNT_WRONG);
});

test('F8 and Shift+F8 walk the findings in panel order', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: WRONG });
  await expect(wb.findings.filter({ hasText: AMOUNT_WRONG }).first()).toBeVisible();
  await page.keyboard.press('F8');
  const first = page.locator('[data-testid="findings.item"][aria-current="true"]');
  await expect(first).toHaveCount(1);
  const firstText = await first.textContent();
  await page.keyboard.press('F8');
  await expect(page.locator('[data-testid="findings.item"][aria-current="true"]')).not.toHaveText(firstText!);
  await page.keyboard.press('Shift+F8');
  await expect(page.locator('[data-testid="findings.item"][aria-current="true"]')).toHaveText(firstText!);
});

test('the severity filter hides and shows findings; counts stay', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: WRONG });
  // the badge counts problems with the number of findings beside it; both stay while errors are hidden
  const findings = page.getByTestId('findings.count.error.findings');
  await expect(findings).toHaveText(/^（[1-9]\d*）$/);
  const before = await findings.textContent();
  const problems = await page.getByTestId('findings.count.error').textContent();
  await page.getByTestId('findings.filter.error').uncheck();
  await expect(page.locator('[data-testid="findings.item"][data-severity="error"]')).toHaveCount(0);
  await expect(findings).toHaveText(before!);
  await expect(page.getByTestId('findings.count.error')).toHaveText(problems!);
  await page.getByTestId('findings.filter.error').check();
  await expect(page.locator('[data-testid="findings.item"][data-severity="error"]').first()).toBeVisible();
});

test('a warning takes a 核实说明 and then shows as 已说明', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: WRONG });
  // a warning-level rule the table breaks: its 合计 is 14,000.26
  await wb.openPanel('rules');
  await page.getByTestId('rules.input').fill('[合计]1栏=14000.00');
  await page.getByTestId('rules.severity').selectOption('warning');
  await page.getByTestId('rules.add').click();
  await wb.openPanel('findings');
  const warning = page.locator('[data-testid="findings.item"][data-severity="warning"][data-rule^="custom."]');
  await expect(warning).toHaveCount(1);
  const li = page.locator('li').filter({ has: warning });
  await li.getByTestId('findings.explain').click();
  await li.getByTestId('findings.note').fill('已核实：差异为口径调整');
  await li.getByTestId('findings.note-save').click();
  await expect(li.getByTestId('findings.explained')).toHaveText('已说明');
  await expect(warning).toHaveAttribute('data-explained', 'true');
});
