// Browser benchmark: the built app in Debian's Chromium through playwright-core. Paste-to-highlight for a
// 10,000-row table with one wrong cell, edit-to-highlight for fixing that cell through the grid, and the gzip
// size of the JavaScript index.html loads up front. Throws (the runner says "not measured") when it cannot run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { tenThousandRows } from './browser-table.ts';

export interface BrowserFigures {
  paste_to_highlight_ms: number;
  edit_to_highlight_ms: number;
  initial_js_gzip_kb: number;
  /** the entry chunks counted (index.html's module script and modulepreloads) */
  initial_js_files: string[];
}

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** Builds into a temporary folder, so the dist/ other tools use is left alone. */
function build(): string {
  const out = join(tmpdir(), 'gouji-bench-dist');
  const r = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'pipe', encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(join(out, 'index.html'))) throw new Error(`vite build failed: ${(r.stderr || r.stdout).slice(0, 300)}`);
  return out;
}

function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function initialJs(root: string): { kb: number; files: string[] } {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)]
    .map((m) => (m[1] ?? m[2])!.replace(/^\.\//, ''));
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(root, f))).length, 0);
  return { kb: Math.round(bytes / 102.4) / 10, files };
}

export async function benchBrowser(): Promise<BrowserFigures> {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}`);
  const root = build();
  const js = initialJs(root);
  const server = await serve(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.locator('[data-testid="app.root"][data-ready="true"]').waitFor({ timeout: 60_000 });
    const table = tenThousandRows();
    const paste = await page.evaluate(`(${PASTE_AND_WAIT})(${JSON.stringify({ text: table.text, code: table.wrong.code.slice(0, 5) })})`) as number;
    const edit = await editToHighlight(page, table.wrong);
    return { paste_to_highlight_ms: Math.round(paste), edit_to_highlight_ms: Math.round(edit), initial_js_gzip_kb: js.kb, initial_js_files: js.files };
  } finally {
    await browser.close();
    server.close();
  }
}

// In-page scripts are plain text: the TypeScript loader would otherwise wrap their functions in helpers the
// page does not have. Both time inside the page (performance.now) and watch the DOM with a MutationObserver.
const ERROR_ITEMS = `[...document.querySelectorAll('[data-testid="findings.item"][data-severity="error"]')]`;

/** Dispatch the paste and resolve with the ms until an error finding names the wrong row's parent. */
const PASTE_AND_WAIT = `({ text, code }) => new Promise((resolve, reject) => {
  const hit = () => ${ERROR_ITEMS}.some((e) => e.textContent.includes(code));
  const t0 = performance.now();
  const watch = new MutationObserver(() => { if (hit()) { watch.disconnect(); resolve(performance.now() - t0); } });
  watch.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  setTimeout(() => { watch.disconnect(); reject(new Error('no highlight within 60 s of a 10,000-row paste')); }, 60000);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
})`;

/** window.__benchEdit: ms from the Enter that commits the edit until no error finding names the parent. */
const ARM_EDIT_WATCH = `(code) => {
  window.__benchEdit = new Promise((resolve, reject) => {
    let t0 = -1;
    const gone = () => !${ERROR_ITEMS}.some((e) => e.textContent.includes(code));
    window.addEventListener('keydown', (e) => { if (e.key === 'Enter' && t0 < 0) t0 = performance.now(); }, { capture: true });
    const watch = new MutationObserver(() => { if (t0 >= 0 && gone()) { watch.disconnect(); resolve(performance.now() - t0); } });
    watch.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => { watch.disconnect(); reject(new Error('the error mark stayed 30 s after the edit')); }, 30000);
  });
}`;

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof chromium.launch>>['newPage']>>;

/** Jump to the finding, type the right amount over the wrong cell, and time Enter → the error mark gone. */
async function editToHighlight(page: Page, wrong: { code: string; colNo: number; fix: string }): Promise<number> {
  const parent = wrong.code.slice(0, 5);
  await page.locator('[data-testid="findings.item"][data-severity="error"]', { hasText: parent }).first().click();
  const row = page.locator('.ht_master tbody tr').filter({ has: page.locator('td', { hasText: new RegExp(`^${wrong.code}$`) }) });
  const cell = row.locator(`td[data-colno="${wrong.colNo}"]`);
  // the grid draws only the rows in view: step down from the parent the jump showed until the row is drawn
  const holder = page.locator('.ht_master .wtHolder').first();
  for (let step = 0; step < 50 && (await cell.count()) === 0; step++) {
    await holder.evaluate((el) => { el.scrollTop += el.clientHeight * 0.5; });
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  }
  await cell.waitFor({ timeout: 10_000 });
  await cell.click();
  await page.keyboard.type(wrong.fix);
  await page.evaluate(`(${ARM_EDIT_WATCH})(${JSON.stringify(parent)})`);
  await page.keyboard.press('Enter');
  return page.evaluate('window.__benchEdit') as Promise<number>;
}
