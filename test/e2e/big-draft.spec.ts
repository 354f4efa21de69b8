// A large pasted table in the browser's real IndexedDB (schema v3, packed): autosaved, reopened after a reload
// with the same values and findings, and an edit after the reload survives a second reload.
import type { Page } from '@playwright/test';
import { tenThousandRows } from '../bench/browser-table.ts';
import { expect, test, type Workbench } from './fixtures.ts';

const ROWS = 20_000;
const TABLE = tenThousandRows(ROWS);
const PARENT = TABLE.wrong.code.slice(0, 5);

/** The stored draft's tables as IndexedDB holds them: rows packed or not, and how many. */
async function storedTables(page: Page): Promise<{ schemaVersion: number; tables: { packed: number | null; rows: number }[] }[]> {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('gouji');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('drafts').objectStore('drafts').getAll();
      get.onsuccess = () => {
        open.result.close();
        resolve((get.result as { schemaVersion: number; tables: { packed?: { count: number }; rows: unknown[] }[] }[])
          .map((d) => ({ schemaVersion: d.schemaVersion, tables: d.tables.map((t) => ({ packed: t.packed?.count ?? null, rows: t.rows.length })) })));
      };
      get.onerror = () => reject(get.error);
    };
  }));
}

async function errorTexts(page: Page): Promise<string[]> {
  return (await page.locator('[data-testid="findings.item"][data-severity="error"]').allTextContents()).sort();
}

/** Jumps to the wrong row's parent from its finding, then steps down until the wrong row is drawn. */
async function wrongCell(wb: Workbench, page: Page) {
  await wb.openPanel('findings');
  await page.locator('[data-testid="findings.item"][data-severity="error"]', { hasText: PARENT }).first().click();
  const cell = wb.cell(TABLE.wrong.code, TABLE.wrong.colNo);
  const holder = page.locator('.ht_master .wtHolder').first();
  for (let step = 0; step < 50 && (await cell.count()) === 0; step++) {
    await holder.evaluate((el) => { el.scrollTop += el.clientHeight * 0.5; });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await cell.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  return cell;
}

test('a 20,000-row table is stored packed, reopens after a reload with the same values, and an edit survives a second reload', async ({ wb, page }) => {
  test.setTimeout(300_000);
  const status = page.getByTestId('drafts.status');
  await wb.open();
  await wb.openPanel('findings');
  await wb.paste({ text: TABLE.text });
  await expect(status).toHaveAttribute('data-state', 'saved', { timeout: 120_000 });
  await expect.poll(() => errorTexts(page), { timeout: 60_000 }).toContainEqual(expect.stringContaining(PARENT));
  const before = await errorTexts(page);
  const stored = await storedTables(page);
  expect(stored).toHaveLength(1);
  expect(stored[0]!.schemaVersion).toBe(3);
  expect(stored[0]!.tables).toEqual([{ packed: expect.any(Number), rows: 0 }]);
  expect(stored[0]!.tables[0]!.packed).toBeGreaterThan(ROWS);

  await page.reload();
  await wb.open(page.url());
  await expect.poll(() => errorTexts(page), { timeout: 120_000 }).toEqual(before);
  const cell = await wrongCell(wb, page);
  await expect(cell).toHaveText(TABLE.wrong.text);

  await wb.typeInto(cell, TABLE.wrong.fix);
  await expect(status).not.toHaveAttribute('data-state', 'saved');
  await expect(status).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
  await expect.poll(() => errorTexts(page), { timeout: 60_000 }).not.toContainEqual(expect.stringContaining(PARENT));

  await page.reload();
  await wb.open(page.url());
  await expect.poll(async () => (await storedTables(page))[0]?.tables[0]?.packed ?? 0, { timeout: 60_000 }).toBeGreaterThan(ROWS);
  await expect.poll(() => errorTexts(page), { timeout: 120_000 }).not.toContainEqual(expect.stringContaining(PARENT));
  await wb.openPanel('findings');
  // the parent's finding is gone: find the row from the top of the 项 instead
  const fixed = wb.cell(TABLE.wrong.code, TABLE.wrong.colNo);
  const holder = page.locator('.ht_master .wtHolder').first();
  await holder.evaluate((el) => { el.scrollTop = el.scrollHeight * 0.8; });
  for (let step = 0; step < 400 && (await fixed.count()) === 0; step++) {
    await holder.evaluate((el) => { el.scrollTop += el.clientHeight * 0.8; });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  await expect(fixed).toHaveText(TABLE.wrong.fix);
});
