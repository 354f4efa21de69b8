import { expect, readFixture, test } from './fixtures.ts';

test('narrative findings mark their sentence in the 说明 tab, and jumping there focuses it', async ({ wb, page }) => {
  await wb.open();
  // the SYNTHETIC file has injected narrative errors (a wrong year heading, flipped 小于→大于)
  await wb.paste({ text: readFixture('corpus/SYNTHETIC_putuo_caizhengju_2024_injected_errors.txt') });
  // parsing runs in a worker: the sample's own findings are listed until the pasted report replaces them
  await expect(wb.notice).toContainText('已导入粘贴的报告');
  const group = page.locator('[data-testid="findings.table"][data-table="N"]');
  const item = group.locator('[data-testid="findings.item"][data-severity="error"]').first();
  await expect(item).toBeVisible();
  await item.click();
  await expect(wb.tab('N')).toHaveAttribute('aria-selected', 'true');
  const marks = page.getByTestId('narrative.mark');
  expect(await marks.count()).toBeGreaterThan(0);
  const focused = page.locator('[data-testid="narrative.mark"]:focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).toHaveAttribute('data-severity', 'error');
  await expect(page.locator('[data-testid="narrative.mark"][data-severity="error"]').filter({ hasText: '2023年度部门决算情况说明' })).toHaveCount(1);
});
