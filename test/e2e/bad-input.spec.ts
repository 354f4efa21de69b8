import { expect, seed001T05Tsv, test } from './fixtures.ts';

test('a garbage paste gives a clear Chinese message and leaves the workbook as it was', async ({ wb, page }) => {
  await wb.open();
  const before = await wb.tabs.count();
  await wb.paste({ text: '\u0001\u0002 ### ????? lorem ipsum' });
  await expect(wb.notice).toHaveAttribute('data-kind', 'error');
  await expect(page.getByTestId('notice.text')).toContainText(/[\u4e00-\u9fff]/);
  await expect(wb.tabs).toHaveCount(before);
});

test('an empty paste changes nothing', async ({ wb }) => {
  await wb.open();
  const before = await wb.tabs.count();
  await wb.paste({ text: '   \n  ' });
  await expect(wb.tabs).toHaveCount(before);
});

test('a paste while a cell editor is open goes to the editor, not the workbook', async ({ wb, page }) => {
  await wb.open();
  const before = await wb.tabs.count();
  await page.locator('.ht_master td[data-row="2"][data-col="1"]').click();
  await page.keyboard.press('F2');
  await expect(page.locator('.handsontableInputHolder textarea, textarea.handsontableInput').first()).toBeVisible();
  await wb.paste({ text: seed001T05Tsv() }, 'active');
  await page.waitForTimeout(200);
  await expect(wb.tabs).toHaveCount(before);
  await expect(page.getByTestId('progress')).toHaveCount(0);
  await page.keyboard.press('Escape');
});

test('a 10,000-row table paste stays usable and its injected error is found', async ({ wb, page }) => {
  await wb.open();
  await page.evaluate(() => {
    const lines = ['科目编码\t科目名称\t合计\t基本支出\t项目支出', '栏次\t\t1\t2\t3'];
    for (let i = 0; i < 10_000; i++) {
      const a = (i % 97) + 1;
      const b = (i % 13) + 1;
      const total = i === 9_000 ? a + b + 1 : a + b;
      lines.push(`${2010000 + i}\t项目${i}\t${total}.00\t${a}.00\t${b}.00`);
    }
    const data = new DataTransfer();
    data.setData('text/plain', lines.join('\n'));
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(wb.tabs).toHaveCount(2, { timeout: 30_000 });
  await wb.openPanel('rules');
  await page.getByTestId('rules.input').fill('1栏=2+3');
  await page.getByTestId('rules.add').click();
  await wb.openPanel('findings');
  const item = page.locator('[data-testid="findings.item"][data-rule^="custom."]');
  await expect(item).toHaveCount(1);
  await item.click(); // jumping scrolls the grid to row 9,000
  await expect(wb.cell('2019000', 1)).toHaveAttribute('aria-invalid', 'true');
});

test('a huge paste shows progress and can be cancelled without touching the workbook', async ({ wb, page }) => {
  await wb.open();
  const before = await wb.tabs.count();
  await page.evaluate(() => {
    const row = '2010101\t行政运行\t1,234.56\t1,000.00\t234.56\n';
    const text = '科目编码\t科目名称\t合计\t基本支出\t项目支出\n' + row.repeat(400_000);
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.getByTestId('progress.cancel').click();
  await expect(page.getByTestId('notice.text')).toContainText('已取消', { timeout: 30_000 });
  await expect(wb.tabs).toHaveCount(before);
});
