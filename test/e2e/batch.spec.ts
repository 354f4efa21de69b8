// Many reports at once: a folder of public documents (plus a non-report file and an unreadable one) opens as a
// batch; each row's counts equal the findings its report shows when opened; the exports download; and a pair of
// consecutive years of one department, with one changed 年初 figure, gives exactly that cross-year finding.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fixturePath, test, type Workbench } from './fixtures.ts';

const DIR = mkdtempSync(join(tmpdir(), 'gouji-e2e-batch-'));

function districtFolder(): string {
  const folder = join(DIR, 'district');
  mkdirSync(join(folder, 'more'), { recursive: true });
  for (const f of ['putuo_guihuaziyuan_2024.txt', 'putuo_shehuigongzuobu_2024.txt']) copyFileSync(fixturePath(`corpus/${f}`), join(folder, f));
  copyFileSync(fixturePath('seeds/001_c1aab3eb9d979e5d.txt'), join(folder, 'more', '001.txt'));
  writeFileSync(join(folder, 'more', 'notes.md'), '# not a report');
  writeFileSync(join(folder, 'broken.xlsx'), 'this is not a workbook');
  return folder;
}

/** The real 2024 report and its next year built from it (as test/unit/cli/batch.test.ts does), 年初 changed. */
function pairFolder(): string {
  const real = readFileSync(fixturePath('corpus/putuo_caizhengju_2024.txt'), 'utf8');
  // the narrative's 比上年 sentence is made consistent with the real 2024 figure, so only the 年初 cell differs
  const next = real.replace(/2024年/g, '2025年').replace(/2023年/g, '2024年').replace(/(年初结转和结余\s+)49\.14/, '$153.34')
    .replace(/机关运行经费支出184\.65万元，比2024年度增加2\.55万元，增长1\.40%/, '机关运行经费支出190.00万元，比2024年度增加5.35万元，增长2.90%');
  const folder = join(DIR, 'pair');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'caizhengju_2024.txt'), real);
  writeFileSync(join(folder, 'caizhengju_2025.txt'), next);
  return folder;
}

async function openBatch(wb: Workbench, page: Page, folder: string): Promise<void> {
  await wb.open();
  await page.getByTestId('batch.folder').setInputFiles(folder);
  const view = page.getByTestId('batch.view');
  await expect(page.getByTestId('batch.note')).toBeVisible({ timeout: 60_000 });
  await expect(view).toHaveAttribute('data-running', 'false');
  await expect(view).toHaveAttribute('data-linking', 'false');
}

const row = (page: Page, key: string) => page.locator(`[data-testid="batch.row"][data-key="${key}"]`);
const cellText = async (page: Page, key: string, col: string) => (await row(page, key).locator(`td[data-col="${col}"]`).innerText()).trim();

async function workbenchCounts(page: Page): Promise<string[]> {
  // the finding counts (the badge itself counts problems, the findings beside it in brackets)
  return Promise.all(['error', 'warning', 'info'].map(async (s) => (await page.getByTestId(`findings.count.${s}.findings`).innerText()).replace(/[（）\s]/g, '')));
}

test('a folder opens as a batch: one row per file, counts equal each report\'s findings, exports download', async ({ wb, page }) => {
  test.setTimeout(180_000);
  await openBatch(wb, page, districtFolder());
  await expect(page.getByTestId('batch.row')).toHaveCount(5);
  await expect(row(page, 'district/more/notes.md')).toHaveAttribute('data-status', 'skipped');
  await expect(row(page, 'district/broken.xlsx')).toHaveAttribute('data-status', 'unreadable');
  await expect(row(page, 'district/broken.xlsx').getByTestId('batch.reason')).not.toBeEmpty();
  const reports: [string, string, string][] = [
    ['district/more/001.txt', '赣州市医疗保障局', '2023'],
    ['district/putuo_guihuaziyuan_2024.txt', '上海市普陀区规划和自然资源局', '2024'],
    ['district/putuo_shehuigongzuobu_2024.txt', '中共上海市普陀区委社会工作部', '2024'],
  ];
  for (const [key, department, year] of reports) {
    await expect(row(page, key)).toHaveAttribute('data-status', 'ok');
    expect([await cellText(page, key, 'department'), await cellText(page, key, 'year'), await cellText(page, key, 'kind')]).toEqual([department, year, '部门决算']);
  }

  const csv = await Promise.all([page.waitForEvent('download'), page.getByTestId('batch.export-csv').click()]).then(([d]) => d.path()).then((p) => readFileSync(p, 'utf8'));
  expect(csv.startsWith('\uFEFF"文件","部门","年度"')).toBe(true);
  expect(csv).toContain('"district/putuo_guihuaziyuan_2024.txt","上海市普陀区规划和自然资源局","2024","部门决算"');
  expect(csv).toContain('"district/more/notes.md"');
  const xlsx = await Promise.all([page.waitForEvent('download'), page.getByTestId('batch.export-xlsx').click()]).then(([d]) => d);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(readFileSync(await xlsx.path()).subarray(0, 2).toString()).toBe('PK');
  const all = await Promise.all([page.waitForEvent('download'), page.getByTestId('batch.export-audits').click()]).then(([d]) => d.path()).then((p) => readFileSync(p, 'utf8'));
  expect(all.match(/class="batch-report"/g)).toHaveLength(3);
  for (const [, department] of reports) expect(all).toContain(department);

  for (const [key, department] of reports) {
    const expected = [await cellText(page, key, 'errors'), await cellText(page, key, 'warnings'), await cellText(page, key, 'info')];
    await row(page, key).getByTestId('batch.open').click();
    await expect(page.getByTestId('batch.view')).toBeHidden();
    await expect(page.getByTestId('drafts.name')).toContainText(department);
    await expect.poll(() => workbenchCounts(page)).toEqual(expected);
    await page.getByTestId('batch.show').click();
  }
});

test('a linked pair of years with one changed 年初 figure gives exactly that cross-year finding', async ({ wb, page }) => {
  test.setTimeout(120_000);
  await openBatch(wb, page, pairFolder());
  const later = row(page, 'pair/caizhengju_2025.txt');
  await expect(later.getByTestId('batch.link')).toContainText('pair/caizhengju_2024.txt');
  await expect(later.getByTestId('batch.link')).toHaveAttribute('data-match', 'same');
  await expect(later.getByTestId('batch.cross')).toContainText('1');
  await later.getByTestId('batch.cross').click();
  await expect(later.getByTestId('batch.cross-item')).toContainText('本年年初结转和结余 53.34');
  await expect(row(page, 'pair/caizhengju_2024.txt').getByTestId('batch.cross')).toHaveCount(0);
  const errors = Number(await cellText(page, 'pair/caizhengju_2025.txt', 'errors'));
  expect(errors).toBeGreaterThan(0);

  await later.getByTestId('batch.open').click();
  const cross = page.locator('[data-testid="findings.item"][data-rule^="Y-"]');
  await expect(cross).toHaveCount(1);
  await expect(cross).toHaveAttribute('data-rule', 'Y-CARRY.T01');
  await expect(cross).toHaveAttribute('data-severity', 'error');
  await expect(cross).toContainText('53.34');
  await expect(cross).toContainText('年末结转和结余 55.34'); // last year's closing figure, named with its file
  await expect(page.getByTestId('findings.count.error.findings')).toHaveText(`（${errors}）`);

  // the reviewer says the link is wrong: the finding goes, from the row and from the workbench
  await page.getByTestId('batch.show').click();
  await later.getByTestId('batch.unlink').click();
  await expect(later.getByTestId('batch.link')).toHaveCount(0);
  await expect(page.getByTestId('batch.close')).toBeVisible();
  await page.getByTestId('batch.close').click();
  await expect(cross).toHaveCount(0);
});

test('Cancel stops the batch at once and keeps the reports already read', async ({ wb, page }) => {
  test.setTimeout(120_000);
  const folder = join(DIR, 'many');
  mkdirSync(folder, { recursive: true });
  // enough files that the batch is still running when the progress is seen, however fast the machine reads them
  for (let i = 0; i < 120; i++) copyFileSync(fixturePath('corpus/putuo_guihuaziyuan_2024.txt'), join(folder, `${String(i).padStart(3, '0')}.txt`));
  await wb.open();
  await page.getByTestId('batch.folder').setInputFiles(folder);
  await expect(page.getByTestId('batch.progress')).toContainText(/读取 ([3-9]|[1-9]\d) \/ 120/, { timeout: 30_000 });
  await page.getByTestId('batch.cancel').click();
  const note = page.getByTestId('batch.note');
  await expect(note).toContainText('已取消');
  const done = Number(/读完 (\d+) \/ 120/.exec(await note.innerText())![1]);
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(120);
  await expect(page.getByTestId('batch.row')).toHaveCount(done);
  // all read reports are the same department and year: listed as duplicates, linked to nothing
  await expect(page.locator('[data-testid="batch.row"][data-status="duplicate"]')).toHaveCount(done > 1 ? done : 0);
});

test('several files dropped on the page open as a batch', async ({ wb, page }) => {
  await wb.open();
  const texts = ['putuo_guihuaziyuan_2024.txt', 'putuo_shehuigongzuobu_2024.txt'].map((f) => [f, readFileSync(fixturePath(`corpus/${f}`), 'utf8')]);
  await page.evaluate((files) => {
    const data = new DataTransfer();
    for (const [name, text] of files) data.items.add(new File([text!], name!, { type: 'text/plain' }));
    for (const type of ['dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, texts);
  await expect(page.getByTestId('batch.note')).toContainText('2 份报告', { timeout: 30_000 });
  await expect(page.locator('[data-testid="batch.row"][data-status="ok"]')).toHaveCount(2);
});

test('a report is linked to a stored draft of the year before (from an earlier batch)', async ({ wb, page }) => {
  test.setTimeout(120_000);
  const pair = pairFolder();
  const first = join(DIR, 'first');
  const second = join(DIR, 'second');
  mkdirSync(first, { recursive: true });
  mkdirSync(second, { recursive: true });
  copyFileSync(join(pair, 'caizhengju_2024.txt'), join(first, 'caizhengju_2024.txt'));
  copyFileSync(join(pair, 'caizhengju_2025.txt'), join(second, 'caizhengju_2025.txt'));
  await openBatch(wb, page, first);
  await page.getByTestId('batch.folder').setInputFiles(second);
  await expect(page.getByTestId('batch.note')).toContainText('共 1 个文件', { timeout: 30_000 });
  await expect(page.getByTestId('batch.view')).toHaveAttribute('data-linking', 'false');
  const later = row(page, 'second/caizhengju_2025.txt');
  await expect(later.getByTestId('batch.link')).toContainText('草稿「上海市普陀区财政局 2024」');
  await expect(later.getByTestId('batch.cross')).toContainText('1');
});
