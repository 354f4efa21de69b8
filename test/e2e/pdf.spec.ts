// PDFs opened in Chromium: tables and findings with their page, the time a long PDF takes (measured and
// logged, not asserted), a bad PDF leaving the workbook as it was, and the single-file build reading a
// PDF from file:// without a single network request.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { expect, fixturePath, test } from './fixtures.ts';

const pdf = (name: string) => readFileSync(fixturePath(`pdf/${name}.pdf`));
const SINGLE = fileURLToPath(new URL('../../dist-single/gouji.html', import.meta.url));

/** 30 pages: the 财政局 report (25 pages) followed by the first 5 pages of the 社会工作部 one. */
async function thirtyPages(): Promise<Buffer> {
  const out = await PDFDocument.load(pdf('putuo_caizhengju_2024'));
  const extra = await PDFDocument.load(pdf('putuo_shehuigongzuobu_2024'));
  for (const p of await out.copyPages(extra, [0, 1, 2, 3, 4])) out.addPage(p);
  expect(out.getPageCount()).toBe(30);
  return Buffer.from(await out.save());
}

test('a PDF report opens into its tables, and findings say their page', async ({ wb, page }) => {
  await wb.open();
  await page.getByTestId('toolbar.file').setInputFiles({ name: '社会工作部.pdf', mimeType: 'application/pdf', buffer: pdf('putuo_shehuigongzuobu_2024') });
  await expect(wb.tab('T03@131')).toBeVisible({ timeout: 30_000 });
  await expect(wb.tabs).toHaveCount(10);
  await wb.openPanel('findings');
  await expect(wb.findings.filter({ hasText: /第 \d+ 页/ }).first()).toBeVisible();
});

test('a 30-page PDF: time from choosing the file to the checked workbook (logged)', async ({ wb, page }) => {
  await wb.open();
  const buffer = await thirtyPages();
  const t0 = Date.now();
  await page.getByTestId('toolbar.file').setInputFiles({ name: 'thirty.pdf', mimeType: 'application/pdf', buffer });
  await expect(wb.tab('T06@' + '').or(page.locator('[data-testid="sheets.tab"][data-sheet^="T06"]')).first()).toBeVisible({ timeout: 60_000 });
  const ms = Date.now() - t0;
  console.log(`30-page PDF (${buffer.length} bytes) opened and checked in ${ms} ms`);
  test.info().annotations.push({ type: 'timing', description: `30-page PDF: ${ms} ms` });
});

test('an encrypted or damaged PDF is refused in Chinese and the workbook stays as it was', async ({ wb, page }) => {
  await wb.open();
  const before = await wb.tabs.count();
  const bad = pdf('putuo_shehuigongzuobu_2024').subarray(0, 50_000);
  await page.getByTestId('toolbar.file').setInputFiles({ name: 'cut.pdf', mimeType: 'application/pdf', buffer: bad });
  await expect(wb.notice).toHaveAttribute('data-kind', 'error', { timeout: 30_000 });
  await expect(page.getByTestId('notice.text')).toContainText('PDF 已损坏或不完整');
  await expect(wb.tabs).toHaveCount(before);
});

test('the single-file build reads a PDF from file:// with no network request', async ({ wb, page }) => {
  const requests: string[] = [];
  page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url()); });
  await wb.open(pathToFileURL(SINGLE).href);
  await page.getByTestId('toolbar.file').setInputFiles({ name: 'template.pdf', mimeType: 'application/pdf', buffer: pdf('template_shanghai_2024_bumen_juesuan_muban') });
  await expect(page.locator('[data-testid="sheets.tab"][data-sheet^="T06"]')).toBeVisible({ timeout: 60_000 });
  expect(requests).toEqual([]);
});

const PDFJS = fileURLToPath(new URL('../../node_modules/pdfjs-dist/build/', import.meta.url));
const VIEW_HTML = `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#888;display:flex;gap:8px;align-items:flex-start">
<script type="module">
import * as pdfjs from '/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
const doc = await pdfjs.getDocument({ url: '/marked.pdf' }).promise;
const q = new URLSearchParams(location.search);
// the list pages come first: original page k is page (numPages − original count + k)
const shift = doc.numPages - Number(q.get('orig'));
for (const n of [1, shift + Number(q.get('show'))]) {
  const page = await doc.getPage(n);
  const vp = page.getViewport({ scale: 1.2 });
  const c = document.createElement('canvas');
  c.width = vp.width; c.height = vp.height;
  document.body.append(c);
  await page.render({ canvas: c, canvasContext: c.getContext('2d'), viewport: vp }).promise;
}
document.body.dataset.done = String(doc.numPages);
</script>`;

test('the marked-up PDF: boxes on the finding cells, a list page first (screenshot rendered with pdf.js)', async ({ wb, page, context }) => {
  await wb.open();
  await page.getByTestId('toolbar.file').setInputFiles({ name: '社会工作部.pdf', mimeType: 'application/pdf', buffer: pdf('putuo_shehuigongzuobu_2024') });
  await expect(wb.tab('T03@131')).toBeVisible({ timeout: 30_000 });
  await wb.openPanel('exports');
  const download = page.waitForEvent('download');
  await page.getByTestId('exports.pdf').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/标注\.pdf$/);
  const marked = readFileSync(await file.path());
  expect(marked.subarray(0, 5).toString()).toBe('%PDF-');
  // Chromium headless does not show its PDF viewer (a PDF navigation becomes a download): render with pdf.js
  const viewer = await context.newPage();
  await viewer.route('http://pdfview.test/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/marked.pdf') return route.fulfill({ body: marked, contentType: 'application/pdf' });
    if (path === '/pdf.mjs' || path === '/pdf.worker.mjs') return route.fulfill({ body: readFileSync(PDFJS + path.slice(1)), contentType: 'text/javascript' });
    return route.fulfill({ body: VIEW_HTML, contentType: 'text/html' });
  });
  await viewer.setViewportSize({ width: 1800, height: 1050 });
  await viewer.goto('http://pdfview.test/view?orig=24&show=12');
  await expect(viewer.locator('body')).toHaveAttribute('data-done', /^2[5-9]$/, { timeout: 30_000 });
  await viewer.screenshot({ path: fileURLToPath(new URL('./screens/marked-pdf.png', import.meta.url)) });
});

test('side by side: the selected finding\'s page of the PDF, its cell outlined', async ({ wb, page }) => {
  await wb.open();
  await page.getByTestId('toolbar.file').setInputFiles({ name: '社会工作部.pdf', mimeType: 'application/pdf', buffer: pdf('putuo_shehuigongzuobu_2024') });
  await expect(wb.tab('T03@131')).toBeVisible({ timeout: 30_000 });
  await wb.openPanel('findings');
  await wb.findings.filter({ hasText: '105.58' }).first().click();
  await page.locator('[data-testid="side.tab"][data-panel="pdf"]').click();
  await expect(page.getByTestId('pdf.pane')).toHaveAttribute('data-page', '12', { timeout: 30_000 });
  await expect(page.getByTestId('pdf.highlight')).toBeVisible();
  await page.screenshot({ path: fileURLToPath(new URL('./screens/pdf-side-by-side.png', import.meta.url)) });
});
