// The wording layer in the browser: the language choice survives a reload, the page's lang and title follow it,
// the favicon is served (and inlined in the single file), status texts say what happened, and a finding's
// details give its rule a name (ids only behind the experts' toggle).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, seed001T05Tsv, test } from './fixtures.ts';

const SINGLE = fileURLToPath(new URL('../../dist-single/gouji.html', import.meta.url));

test('the language choice is remembered across reloads, with the page language and title', async ({ wb, page }) => {
  await wb.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByTestId('toolbar.lang').click();
  await expect(page.getByTestId('app.hint')).toContainText('Paste a table');
  await wb.open();
  await expect(page.getByTestId('app.hint')).toContainText('Paste a table');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/Gouji/);
  await page.getByTestId('toolbar.lang').click();
  await wb.open();
  await expect(page.getByTestId('app.hint')).toContainText('粘贴');
  await expect(page).toHaveTitle(/勾稽/);
});

test('the favicon is served as SVG under the page\'s Content-Security-Policy, and inlined in the single file', async ({ wb, page }) => {
  const blocked: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
  await wb.open();
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toMatch(/favicon\.svg$/);
  const res = await page.request.get(new URL(href!, page.url()).href);
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain('<svg');
  expect(blocked).toEqual([]);
  expect(existsSync(SINGLE)).toBe(true);
  expect(readFileSync(SINGLE, 'utf8')).toMatch(/<link rel="icon" type="image\/svg\+xml" href="data:image\/svg\+xml,/);
});

test('opening a file says which file was opened; a second table says it was added — never "replaced with the paste"', async ({ wb, page }) => {
  await wb.open();
  await page.getByTestId('toolbar.file').setInputFiles({ name: 't05.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(seed001T05Tsv()) });
  await expect(page.getByTestId('notice.text')).toContainText('已打开「t05.tsv」');
  await expect(page.getByTestId('notice.text')).not.toContainText('粘贴');
  await page.getByTestId('toolbar.file').setInputFiles({ name: 'again.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(seed001T05Tsv()) });
  await expect(page.getByTestId('notice.text')).toContainText('已从「again.tsv」加入工作表');
});

test('a finding\'s details name its rule in words; the id and code only behind the experts\' toggle', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: seed001T05Tsv().replace('2,426.10', '2,426.90') });
  const detail = page.getByTestId('findings.detail').first();
  // the rule's name shows without a click; the formula and operands one click away; ids behind a second toggle
  const name = detail.getByTestId('findings.rule-name');
  await expect(name).toBeVisible();
  await expect(name).not.toHaveText(/@|[a-z]+_[a-z]+|\bT\d\d\.[A-Z]/);
  await expect(detail.locator('dl')).toBeHidden();
  await detail.locator('summary').first().click();
  await expect(detail.locator('dl')).toBeVisible();
  await expect(detail.locator('details.ids code')).toBeHidden();
});
