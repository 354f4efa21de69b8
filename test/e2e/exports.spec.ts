// Reviewer outputs from the checked sample report: the printable audit report and the downloads.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Workbench } from './fixtures.ts';

test('the audit report prints the checked document with its findings grouped by severity', async ({ page }) => {
  const wb = new Workbench(page);
  await wb.open();
  await wb.openPanel('exports');
  await page.getByTestId('exports.print').click();
  const frame = page.getByTestId('exports.print-frame');
  await expect(frame).toHaveCount(1);
  const report = page.frameLocator('[data-testid="exports.print-frame"]');
  await expect(report.locator('h1')).toContainText('审核报告');
  await expect(report.locator('.meta').first()).toContainText('赣州市医疗保障局');
  // the print frame is hidden on screen: assert its content, not its visibility
  const body = report.locator('body');
  await expect(body).toContainText('收入决算表');
  // the sample's real warning (科目 201 printed as 一般公共预算支出) is listed
  await expect(body).toContainText('一般公共预算支出');
  const css = await report.locator('style').first().textContent();
  expect(css).toContain('@media print');
});

test('the findings download as CSV and the workbook as annotated .xlsx', async ({ page }) => {
  const wb = new Workbench(page);
  await wb.open();
  await wb.openPanel('exports');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('exports.csv').click()]);
  expect(csv.suggestedFilename()).toMatch(/问题清单\.csv$/);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  // worded for people: the sample's 科目 name warning, tables named as printed, no finding codes (they are in the JSON)
  expect(text).toContain('一般公共预算支出');
  expect(text).toContain('公开05表 一般公共预算财政拨款支出决算表');
  expect(text).not.toContain('subject_name_mismatch');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('exports.xlsx').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/标注\.xlsx$/);
  const bytes = readFileSync((await xlsx.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  await expect(page.getByTestId('exports.error')).toHaveCount(0);
});
