// Screenshots for the README, taken on demand (not in CI): the main screen, a finding's tooltip on the grid and the
// first page of the audit report, at 1366 × 800 and 1024 × 700, written next to this file.
//   npx vite --port 4718 --strictPort &      (or npx vite preview after a build)
//   npx tsx test/e2e/screens/shoot.ts http://127.0.0.1:4718/
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';

const BASE = process.argv[2] ?? 'http://127.0.0.1:4718/';
const OUT = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const SIZES = [[1366, 800], [1024, 700]] as const;

async function open(page: Page): Promise<void> {
  await page.goto(BASE);
  await page.getByTestId('app.root').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 60_000 });
  await page.locator('.ht_master td[data-testid="grid.cell"]').first().waitFor();
}

/** Clicks through the sheet tabs until a cell marked as an error is drawn, and hovers it. */
async function hoverFirstError(page: Page): Promise<boolean> {
  const tabs = page.getByTestId('sheets.tab');
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click();
    const cell = page.locator('.ht_master td[data-severity="error"]').first();
    if ((await cell.count()) === 0) continue;
    await cell.scrollIntoViewIfNeeded();
    await cell.hover();
    await page.getByTestId('grid.tooltip').waitFor();
    return true;
  }
  return false;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const [width, height] of SIZES) {
    const size = `${width}x${height}`;
    const page = await browser.newPage({ viewport: { width, height } });
    await open(page);
    await page.screenshot({ path: OUT(`main-${size}.png`) });
    if (await hoverFirstError(page)) await page.screenshot({ path: OUT(`tooltip-${size}.png`) });
    else console.warn(`${size}: no cell marked as an error in the sample; tooltip not shot`);
    await page.locator('[data-testid="side.tab"][data-panel="exports"]').click();
    await page.getByTestId('exports.print').click();
    const html = await page.getByTestId('exports.print-frame').evaluate((f) => (f as HTMLIFrameElement).srcdoc);
    const report = await browser.newPage({ viewport: { width, height } });
    await report.emulateMedia({ media: 'print' });
    await report.setContent(html);
    await report.screenshot({ path: OUT(`audit-${size}.png`) });
    await report.close();
    await page.close();
    console.log(`${size}: main, tooltip, audit`);
  }
} finally {
  await browser.close();
}
