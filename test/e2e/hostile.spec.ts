import { expect, test } from './fixtures.ts';

const HOSTILE = `<html><body>
<p>收入支出决算总表</p>
<img src=x onerror="window.__pwned = 'img'">
<script>window.__pwned = 'script'</script>
<table><tr><td>项目</td><td>1栏</td><td>2栏</td><td>3栏</td></tr>
<tr><td onmouseover="window.__pwned='td'"><b>合计</b><img src=x onerror="window.__pwned='cell'"></td><td>10.00</td><td>4.00</td><td>6.00</td></tr>
<tr><td>其中<svg onload="window.__pwned='svg'"></svg></td><td>3.00</td><td>1.00</td><td>2.00</td></tr></table>
<iframe src="javascript:parent.__pwned='iframe'"></iframe>
</body></html>`;

test('a hostile HTML paste runs nothing and loads nothing, and its text survives', async ({ wb, page }) => {
  await wb.open();
  const requests: string[] = [];
  // the app's own scripts (the parse worker is loaded on first paste) are not content: anything else is
  page.on('request', (r) => { if (!/^http:\/\/127\.0\.0\.1:\d+\/assets\/[\w.-]+\.js$/.test(r.url())) requests.push(r.url()); });
  await wb.paste({ html: HOSTILE, text: '合计 10.00 4.00 6.00' });
  await expect(wb.notice).toBeVisible();
  // the label column is frozen: it is drawn, and hovered, in the grid's fixed left overlay
  await page.locator('.ht_clone_inline_start td', { hasText: '合计' }).first().hover({ timeout: 5_000 }).catch(() => undefined);
  await page.waitForTimeout(300); // give any injected handler a chance to fire
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(requests).toEqual([]); // not even the <img src=x> next to the page
  await expect(page.locator('.ht_clone_inline_start td', { hasText: '合计' }).first()).toBeVisible();
});
