// Issue 16 in the real browser: pastes a reviewer can predict, exercises on a copy, another report as a new
// draft, an edit that survives a reload right after Enter, unreadable drafts shown, and the CSP in force.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, readFixture, seed001T05Tsv, test, type Workbench } from './fixtures.ts';

const REPORT = () => readFixture('seeds/001_c1aab3eb9d979e5d.txt');
const WRONG = () => seed001T05Tsv().replace('2,426.10', '2,426.90');

interface StoredDraft { id: string; name: string; schemaVersion?: number; tables: { kind: string; rows: { code: string | null; cells: string[] }[] }[] }

/** The drafts as IndexedDB holds them, read beside the app's own connection. */
function stored(page: Page): Promise<StoredDraft[]> {
  return page.evaluate(() => new Promise<StoredDraft[]>((resolve, reject) => {
    const r = indexedDB.open('gouji');
    r.onerror = () => reject(r.error);
    r.onsuccess = () => {
      const db = r.result;
      const q = db.transaction('drafts').objectStore('drafts').getAll();
      q.onsuccess = () => { db.close(); resolve(q.result as StoredDraft[]); };
      q.onerror = () => reject(q.error);
    };
  }));
}

/** A real Ctrl+V: the text goes onto the system clipboard and the keyboard pastes it where the focus is. */
async function ctrlV(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('drafts.status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
}

test('F8 into the grid, then Ctrl+V of a whole report: imported as a report, never written into cells', async ({ wb, page }) => {
  await wb.open();
  await page.keyboard.press('F8');
  await expect(page.getByTestId('grid.root')).toBeVisible();
  await ctrlV(page, REPORT());
  await expect(wb.notice).toBeVisible();
  await expect(wb.notice).not.toContainText('已粘贴到单元格');
  await saved(page);
  const drafts = await stored(page);
  expect(drafts).toHaveLength(1);
  const t01 = drafts[0]!.tables.find((t) => t.kind === 'T01')!;
  expect(t01.rows.length).toBeLessThan(100);
  expect(drafts[0]!.tables.length).toBeGreaterThan(5);
});

test('a small rectangle pasted into the focused grid lands in cells, says so, and one undo restores it all', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: WRONG() });
  const cell = await wb.scrollToCell('2101501', 1);
  const before = [await cell.textContent(), await wb.cell('2101501', 2).textContent()];
  await cell.click();
  await ctrlV(page, '1.00\t2.00');
  await expect(wb.notice).toContainText('已粘贴到单元格：1 行 × 2 列');
  // the viewport stays where the reviewer pasted: the same drawn row shows the pasted values
  await expect(cell).toHaveText('1.00');
  await expect(wb.cell('2101501', 2)).toHaveText('2.00');
  await page.getByTestId('grid.undo').click();
  await expect(cell).toHaveText(before[0]!);
  await expect(wb.cell('2101501', 2)).toHaveText(before[1]!);
});

test('after clicking a finding in the list, a paste is imported and ends in a notice', async ({ wb, page }) => {
  await wb.open();
  await wb.findings.first().click();
  await ctrlV(page, WRONG());
  await expect(wb.notice).toBeVisible();
  await expect(wb.notice).toContainText(/已导入粘贴的报告|已加入工作表|新草稿/);
});

test('a paste outside the grid with nothing usable on the clipboard says so', async ({ wb }) => {
  await wb.open();
  await wb.paste({ text: '' });
  await expect(wb.notice).toHaveAttribute('data-kind', 'error');
});

test('reload 0 ms after Enter keeps the edit, without a leave prompt', async ({ wb, page }) => {
  let prompts = 0;
  page.on('dialog', (d) => { prompts++; void d.accept(); });
  await wb.open();
  await wb.paste({ text: WRONG() });
  await saved(page);
  await wb.typeInto(await wb.scrollToCell('2101501', 1), '7.77');
  await page.reload();
  await wb.open(page.url());
  await expect(await wb.scrollToCell('2101501', 1)).toHaveText('7.77');
  await saved(page);
  expect(prompts).toBe(0);
  const t05 = (await stored(page))[0]!.tables[0]!;
  expect(t05.rows.find((r) => r.code === '2101501')!.cells).toContain('7.77');
});

async function exercise(wb: Workbench, page: Page): Promise<void> {
  await wb.openPanel('trainer');
  const panel = page.getByTestId('trainer.panel');
  await panel.getByTestId('trainer.source').selectOption('workbook');
  await panel.getByTestId('trainer.count').fill('3');
  await panel.getByTestId('trainer.seed').fill('5');
  await panel.getByTestId('trainer.create').click();
  await expect(panel.getByTestId('trainer.submit')).toBeVisible({ timeout: 30_000 });
}

test('培训 → 出题 on the current workbook, 结束练习, reload: the draft is as it was', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: REPORT() });
  await saved(page);
  const before = await stored(page);
  await exercise(wb, page);
  await expect(page.getByTestId('drafts.training')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/safety-training.png' });
  await page.waitForTimeout(1500); // past the autosave delay
  await page.getByTestId('trainer.end').click();
  await expect(page.getByTestId('drafts.training')).toHaveCount(0);
  await page.reload();
  await wb.open(page.url());
  await saved(page);
  const after = await stored(page);
  expect(after.map((d) => d.tables)).toEqual(before.map((d) => d.tables));
});

test('a report of another department opens as a new draft; the first keeps its content', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: readFixture('corpus/putuo_caizhengju_2024.txt') });
  await saved(page);
  const first = (await stored(page))[0]!;
  await wb.paste({ text: readFixture('corpus/putuo_guihuaziyuan_2024.txt') });
  await expect(wb.notice).toContainText('新草稿');
  await expect(page.getByTestId('drafts.name')).toContainText('规划和自然资源局', { timeout: 15_000 });
  await saved(page);
  const all = await stored(page);
  expect(all).toHaveLength(2);
  expect(all.find((d) => d.id === first.id)!.tables).toEqual(first.tables);
});

test('damaged and newer-version drafts are shown, exportable, and the newer one opens read-only', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: WRONG() });
  await saved(page);
  const future = { schemaVersion: 99, id: 'd_future', name: '新版本的草稿', revision: 2, updatedAt: 1, tables: [] };
  await page.evaluate((records) => new Promise<void>((resolve, reject) => {
    const r = indexedDB.open('gouji');
    r.onsuccess = () => {
      const tx = r.result.transaction('drafts', 'readwrite');
      for (const rec of records) tx.objectStore('drafts').put(rec);
      tx.oncomplete = () => { r.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), [future, { id: 'd_bad', tables: 7 }]);
  await page.reload();
  await wb.open(page.url());
  const banner = page.getByTestId('drafts.unreadable');
  await expect(banner).toContainText('2 份草稿无法读取');
  await page.screenshot({ path: 'test-results/e2e/safety-unreadable.png' });
  const download = page.waitForEvent('download');
  await page.getByTestId('drafts.exportRaw').click();
  expect((await download).suggestedFilename()).toMatch(/无法读取的草稿/);
  await page.getByTestId('drafts.openReadOnly').click();
  await expect(page.getByTestId('drafts.readOnly')).toBeVisible();
  await expect(page.getByTestId('drafts.message')).toContainText('只读打开');
  await page.screenshot({ path: 'test-results/e2e/safety-readonly.png' });
  await wb.paste({ text: WRONG() });
  await saved(page);
  const all = await stored(page);
  expect(all.find((d) => d.id === 'd_future')).toEqual(future);
  expect(all.filter((d) => d.schemaVersion === 2)).toHaveLength(2);
});

test('the built app runs under its Content-Security-Policy without a violation', async ({ wb, page }) => {
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content.Security.Policy|CSP/i.test(m.text())) violations.push(m.text()); });
  await wb.open();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'none'");
  expect(csp).toContain("script-src 'self'");
  await wb.paste({ text: WRONG() });
  await expect(await wb.scrollToCell('2101501', 1)).toHaveAttribute('aria-invalid', 'true');
  const blocked = await page.evaluate(() => fetch('https://example.com/').then(() => 'fetched', () => 'blocked'));
  expect(blocked).toBe('blocked');
  expect(violations.filter((v) => !v.includes('example.com'))).toEqual([]);
});

test('the single file opened from disk says where its drafts live and carries a hashed CSP', async ({ wb, page }) => {
  const single = fileURLToPath(new URL('../../dist-single/gouji.html', import.meta.url));
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()); });
  await wb.open(pathToFileURL(single).href);
  await expect(page.getByTestId('drafts.localFile')).toContainText('file://');
  await expect(page.getByTestId('drafts.offerLock')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/safety-local-file.png' });
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("connect-src 'none'");
  await page.getByTestId('drafts.localFileOk').click();
  await expect(page.getByTestId('drafts.localFile')).toHaveCount(0);
  expect(violations).toEqual([]);
});

test('the passphrase lock: drafts sealed at rest, unlock prompt on start, a wrong passphrase changes nothing', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: readFixture('corpus/putuo_caizhengju_2024.txt') });
  await saved(page);
  await page.getByTestId('drafts.toggle').click();
  await page.getByTestId('drafts.lockPassphrase').fill('short');
  await page.getByTestId('drafts.lockPassphraseAgain').fill('short');
  await page.getByTestId('drafts.enableLock').click();
  await expect(page.getByTestId('drafts.lockProblem')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/safety-lock-settings.png' });
  await page.getByTestId('drafts.lockPassphrase').fill('correct horse');
  await page.getByTestId('drafts.lockPassphraseAgain').fill('correct horse');
  await page.getByTestId('drafts.enableLock').click();
  await expect(page.getByTestId('drafts.lockOn')).toBeVisible({ timeout: 20_000 });
  const raw = await page.evaluate(() => new Promise<string>((resolve) => {
    const r = indexedDB.open('gouji');
    r.onsuccess = () => {
      const q = r.result.transaction('drafts').objectStore('drafts').getAll();
      q.onsuccess = () => { r.result.close(); resolve(JSON.stringify(q.result)); };
    };
  }));
  expect(raw).not.toContain('普陀区财政局');

  await page.reload();
  await expect(page.getByTestId('drafts.unlockDialog')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('drafts.unlockPassphrase').fill('wrong horse');
  await page.getByTestId('drafts.unlockSubmit').click();
  await expect(page.getByTestId('drafts.unlockError')).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: 'test-results/e2e/safety-unlock.png' });
  await page.getByTestId('drafts.unlockPassphrase').fill('correct horse');
  await page.getByTestId('drafts.unlockSubmit').click();
  await expect(page.getByTestId('drafts.unlockDialog')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('drafts.name')).toContainText('普陀区财政局');

  // while locked the journal is not written in clear, so leaving with an unsaved edit asks first
  await wb.paste({ text: WRONG() });
  await saved(page);
  const dialog = page.waitForEvent('dialog');
  await wb.typeInto(await wb.scrollToCell('2101501', 1), '8.88');
  void page.evaluate(() => location.reload()).catch(() => undefined);
  const d = await dialog;
  expect(d.type()).toBe('beforeunload');
  await d.dismiss();
  await saved(page);
  await expect(wb.cell('2101501', 1)).toHaveText('8.88');
});

test('the app starts with 3,000 drafts: the list shows a page and pages on', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: WRONG() });
  await saved(page);
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const r = indexedDB.open('gouji');
    r.onsuccess = () => {
      const tx = r.result.transaction('drafts', 'readwrite');
      const store = tx.objectStore('drafts');
      const get = store.getAll();
      get.onsuccess = () => {
        const base = get.result[0];
        for (let i = 0; i < 3000; i++) store.put({ ...base, id: `bulk${i}`, name: `批量草稿${i}`, updatedAt: 1000 + i });
      };
      tx.oncomplete = () => { r.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  await page.reload();
  await wb.open(page.url());
  await page.getByTestId('drafts.toggle').click();
  await expect(page.getByTestId('drafts.item')).toHaveCount(50, { timeout: 30_000 });
  await expect(page.getByTestId('drafts.more')).toContainText('3001');
  await page.getByTestId('drafts.more').click();
  await expect(page.getByTestId('drafts.item')).toHaveCount(100);
});
