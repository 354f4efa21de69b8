// 打开 with two files not named as a pair (人大常委会 2019 说明 + 人大办公厅 2019 tables): one 部门预算 workbook, and the
// notice says why they were joined (same department, the 说明's 收支预算总计 equal to the tables' total); with the
// stated total changed the two stay apart and the notice says they might belong together and why not. 批量打开 of
// the two: one row, saying why.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, fixturePath, test } from './fixtures.ts';

const N = 'jiangsu_renda_changweihui_2019.txt';
const T = 'jiangsu_renda_bangongting_2019_tables.txt';
const file = (name: string, text = readFileSync(fixturePath(`budget/${name}`), 'utf8')) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

test('a 说明 and a tables file printing the same department and totals are one workbook, saying why', async ({ wb, page }) => {
  await wb.open();
  await page.getByTestId('toolbar.file').setInputFiles([file(N), file(T)]);
  await expect(page.getByTestId('doc.kind')).toHaveAttribute('data-kind', 'budget', { timeout: 30_000 });
  await expect(wb.tabs.first()).toContainText('收支预算总表', { timeout: 30_000 });
  expect(await wb.tabs.count()).toBeGreaterThanOrEqual(12);
  const item = page.locator('[data-testid="problems.item"][data-code="companion_joined"]');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('文件名不成对');
  await expect(item).toContainText('18330.37 万元');
});

test('the stated total changed: kept apart, the notice says they might belong together', async ({ wb, page }) => {
  await wb.open();
  const text = readFileSync(fixturePath(`budget/${N}`), 'utf8').replace('18330.37万元，与上年相比收、支预算总计', '18330.38万元，与上年相比收、支预算总计');
  await page.getByTestId('toolbar.file').setInputFiles([file(N, text), file(T)]);
  const item = page.locator('[data-testid="problems.item"][data-code="companion_maybe"]');
  await expect(item).toHaveCount(1, { timeout: 30_000 });
  await expect(item).toContainText('未合并核对');
});

test('批量打开 the two files: one row with all the tables, saying why they were joined', async ({ wb, page }) => {
  const folder = join(mkdtempSync(join(tmpdir(), 'gouji-e2e-pair-')), 'renda');
  mkdirSync(folder, { recursive: true });
  for (const f of [N, T]) copyFileSync(fixturePath(`budget/${f}`), join(folder, f));
  await wb.open();
  await page.getByTestId('batch.folder').setInputFiles(folder);
  const view = page.getByTestId('batch.view');
  await expect(page.getByTestId('batch.note')).toBeVisible({ timeout: 60_000 });
  await expect(view).toHaveAttribute('data-running', 'false');
  await expect(page.getByTestId('batch.row')).toHaveCount(1);
  const row = page.locator(`[data-testid="batch.row"][data-key="renda/${N}"]`);
  await expect(row.getByTestId('batch.reason')).toContainText('文件名不成对');
  await expect(row.locator('td[data-col="kind"]')).toHaveText('部门预算');
});
