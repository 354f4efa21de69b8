// The right-hand panel is a set of tabs (检查结果 | 规则 | 导出 | 培训): findings first, arrow keys move between
// tabs, and a panel keeps what was typed in it while another tab is shown.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const sideTab = (page: Page, id: string) => page.locator(`[data-testid="side.tab"][data-panel="${id}"]`);

test('the findings tab is selected on arrival and its list is shown', async ({ wb, page }) => {
  await wb.open();
  await expect(page.getByRole('tablist', { name: '检查与工具' }).getByRole('tab')).toHaveText([/检查结果/, '规则', '导出', '培训']);
  await expect(sideTab(page, 'findings')).toHaveAttribute('aria-selected', 'true');
  await expect(wb.findings.first()).toBeVisible();
  await expect(page.getByTestId('rules.panel')).toBeHidden();
  await expect(page.getByTestId('trainer.panel')).toBeHidden();
});

test('arrow keys, Home and End move between the side tabs and show their panels', async ({ wb, page }) => {
  await wb.open();
  await sideTab(page, 'findings').focus();
  await page.keyboard.press('ArrowRight');
  await expect(sideTab(page, 'rules')).toBeFocused();
  await expect(page.getByTestId('rules.input')).toBeVisible();
  await page.keyboard.press('End');
  await expect(sideTab(page, 'trainer')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('trainer.panel')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(sideTab(page, 'findings')).toBeFocused();
  await expect(wb.findings.first()).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await expect(sideTab(page, 'findings')).toHaveAttribute('aria-selected', 'true');
});

test('a rule half typed survives a look at the findings', async ({ wb, page }) => {
  await wb.open();
  await wb.openPanel('rules');
  await page.getByTestId('rules.input').fill('1栏=2+');
  await wb.openPanel('findings');
  await wb.openPanel('rules');
  await expect(page.getByTestId('rules.input')).toHaveValue('1栏=2+');
  await expect(page.getByTestId('rules.error')).toBeVisible();
});

test('F8 brings the findings tab forward with the finding it stepped to', async ({ wb, page }) => {
  await wb.open();
  await wb.openPanel('exports');
  await wb.blurGrid();
  await page.keyboard.press('F8');
  await expect(sideTab(page, 'findings')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-testid="findings.item"][aria-current="true"]')).toBeVisible();
});

test('the side tabs follow the English toggle', async ({ wb, page }) => {
  await wb.open();
  await page.getByTestId('toolbar.lang').click();
  await expect(page.getByRole('tablist', { name: 'Checks and tools' }).getByRole('tab')).toHaveText([/Findings/, 'Rules', 'Export', 'Training']);
});
