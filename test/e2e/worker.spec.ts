// Parsing and checking off the page (src/ui/parse-client.ts): a 5 MB paste shows its progress bar at once and
// Cancel leaves the workbook as it was; a completed one is checked in the worker and edited on the page; where the
// page's CSP refuses workers, parsing runs on the page in chunks and says so. Speed targets are in the bench.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, seed001T05Tsv, test } from './fixtures.ts';
import { tenThousandRows } from '../bench/browser-table.ts';
import type { Locator, Page } from '@playwright/test';

const SINGLE = fileURLToPath(new URL('../../dist-single/gouji.html', import.meta.url));
/** About 5 MB of TSV: a 支出决算表 with a 类/款/项 tree and one wrong cell. */
const BIG = tenThousandRows(110_000);

/** Dispatches the paste and resolves with the ms until the progress bar is in a frame the page draws. */
function pasteAndTimeProgress(page: Page, text: string): Promise<number> {
  return page.evaluate((text) => new Promise<number>((resolve, reject) => {
    const t0 = performance.now();
    const frame = () => {
      if (document.querySelector('[data-testid="progress"]')) resolve(performance.now() - t0);
      else if (performance.now() - t0 > 30_000) reject(new Error('no progress bar within 30 s'));
      else requestAnimationFrame(frame);
    };
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    requestAnimationFrame(frame);
  }), text);
}

/** From where a jump left the grid, scrolls down half a screen at a time until the cell is drawn. */
async function stepDownTo(page: Page, cell: Locator): Promise<Locator> {
  const holder = page.locator('.ht_master .wtHolder').first();
  // counted only after the grid has redrawn (on the scroll event, with the next frame): the jump that led here and
  // every step below move the viewport, and rows drawn before that redraw are about to go
  for (let step = 0; step < 50; step++) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if ((await cell.count()) > 0) break;
    await holder.evaluate((el) => { el.scrollTop += el.clientHeight * 0.5; });
  }
  // centred before it is clicked: the click's own scroll into view would redraw the grid, which reuses its <td>s for
  // other rows, and the click would land on another row's cell (seen once in CI: the fix typed into 4360412)
  await cell.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return cell;
}

async function firstCellText(page: Page): Promise<string> {
  return page.locator('.ht_master tbody td').first().innerText();
}

test('a 5 MB paste shows progress within 200 ms, and Cancel leaves the workbook as it was', async ({ wb, page }) => {
  expect(BIG.text.length).toBeGreaterThan(5_000_000);
  await wb.open();
  const tabs = await wb.tabs.allInnerTexts();
  const cell = await firstCellText(page);
  const ms = await pasteAndTimeProgress(page, BIG.text);
  expect(ms).toBeLessThan(200);
  await page.getByTestId('progress.cancel').click();
  await expect(page.getByTestId('notice.text')).toContainText('已取消', { timeout: 30_000 });
  await expect(page.getByTestId('progress')).toHaveCount(0);
  expect(await wb.tabs.allInnerTexts()).toEqual(tabs);
  expect(await firstCellText(page)).toBe(cell);
});

test('a 5 MB paste is parsed and checked in the worker: its error is listed, with no fallback notice', async ({ wb, page }) => {
  test.setTimeout(240_000);
  await wb.open();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, BIG.text);
  await expect(page.getByTestId('progress')).toBeVisible();
  await expect(page.getByTestId('progress')).toHaveCount(0, { timeout: 200_000 });
  const parent = BIG.wrong.code.slice(0, 5);
  await wb.openPanel('findings');
  await expect(page.locator('[data-testid="findings.item"][data-severity="error"]', { hasText: parent }).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('notice')).not.toContainText('后台解析线程');
  // an edit is checked on the page, where it is made: fixing the wrong cell clears its error
  await page.locator('[data-testid="findings.item"][data-severity="error"]', { hasText: parent }).first().click();
  const fixed = await stepDownTo(page, wb.cell(BIG.wrong.code, BIG.wrong.colNo));
  await wb.typeInto(fixed, BIG.wrong.fix);
  // the fix landed in the wrong cell's own row (the locator finds the cell by its row's code)
  await expect(wb.cell(BIG.wrong.code, BIG.wrong.colNo)).toContainText(BIG.wrong.fix);
  await expect(page.locator('[data-testid="findings.item"][data-severity="error"]', { hasText: parent })).toHaveCount(0, { timeout: 30_000 });
});

test('the single file opened from disk parses in its inlined worker (its CSP allows blob: workers)', async ({ wb, page }) => {
  expect(existsSync(SINGLE)).toBe(true);
  await wb.open(pathToFileURL(SINGLE).href);
  await wb.paste({ text: seed001T05Tsv().replace('2,426.10', '2,426.90') });
  await expect(page.getByTestId('notice')).not.toContainText('后台解析线程');
  await expect(await wb.scrollToCell('2101501', 1)).toHaveAttribute('aria-invalid', 'true');
});

test.describe('a page whose Content-Security-Policy refuses workers', () => {
  test.beforeEach(async ({ page }) => {
    // the app's own page, served with a policy that blocks every worker (as a strict intranet proxy might)
    await page.route('**/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "worker-src 'none'" } });
    });
  });

  test('parses on the page with a notice in Chinese and still checks the table', async ({ wb, page }) => {
    await wb.open();
    await wb.paste({ text: seed001T05Tsv().replace('2,426.10', '2,426.90') });
    await expect(page.getByTestId('notice')).toContainText('后台解析线程');
    await expect(await wb.scrollToCell('2101501', 1)).toHaveAttribute('aria-invalid', 'true');
  });

  // Cancel on the page lands only between chunks (unit-tested in test/unit/hostile/parse-client.test.ts): on this
  // loaded machine the press sometimes arrived after the last chunk, so it is not asserted here
  test('a 5 MB paste there still shows its progress and ends checked, with the notice', async ({ wb, page }) => {
    test.setTimeout(240_000);
    await wb.open();
    await pasteAndTimeProgress(page, BIG.text);
    await expect(page.getByTestId('progress')).toHaveCount(0, { timeout: 200_000 });
    await expect(page.getByTestId('notice')).toContainText('后台解析线程');
    await wb.openPanel('findings');
    await expect(page.locator('[data-testid="findings.item"][data-severity="error"]', { hasText: BIG.wrong.code.slice(0, 5) }).first()).toBeVisible({ timeout: 30_000 });
  });
});
