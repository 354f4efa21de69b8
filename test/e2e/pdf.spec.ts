// PDFs opened in Chromium: tables and findings with their page, the time a long PDF takes (measured and
// logged, not asserted), a bad PDF leaving the workbook as it was, and the single-file build reading a
// PDF from file:// without a single network request.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { nodePdfLoader } from '../../src/cli/pdf-node.ts';
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

test('the marked-up PDF opens in Chromium\'s PDF viewer: boxes on the finding cells, the list first (screenshots)', async ({ wb, page, context }) => {
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
  // the list is text in the bundled CJK font (subset), not pictures of text
  const { pdfjs, params } = await nodePdfLoader.load();
  const read = await pdfjs.getDocument({ ...params, data: new Uint8Array(marked) }).promise as unknown as {
    getPage(n: number): Promise<{ getTextContent(): Promise<{ items: { str: string }[] }> }>;
  };
  const first = (await (await read.getPage(1)).getTextContent()).items.map((i) => i.str).join('');
  expect(first).toContain('勾稽核对结果');
  expect(first).toMatch(/第\s*17\s*页/);
  // opened in Chromium's own PDF viewer (it runs in this headless Chromium), at the page of the T05 合计 box
  const path = test.info().outputPath('marked.pdf');
  writeFileSync(path, marked);
  const shift = (await PDFDocument.load(marked)).getPageCount() - 24;
  expect(shift).toBeGreaterThan(0);
  const viewer = await context.newPage();
  await viewer.setViewportSize({ width: 1400, height: 1000 });
  await viewer.goto(`${pathToFileURL(path).href}#page=${shift + 12}&zoom=75`);
  await viewer.waitForTimeout(3000);
  await viewer.screenshot({ path: fileURLToPath(new URL('./screens/marked-pdf.png', import.meta.url)) });
  // a fresh tab: a change of the #fragment alone does not move the viewer
  const list = await context.newPage();
  await list.setViewportSize({ width: 1400, height: 1000 });
  await list.goto(`${pathToFileURL(path).href}#page=1&zoom=75`);
  await list.waitForTimeout(3000);
  await list.screenshot({ path: fileURLToPath(new URL('./screens/marked-pdf-list.png', import.meta.url)) });
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

test('a file over the size limit (a 200 MB PDF) is refused before it is read, the workbook kept', async ({ wb, page }) => {
  await wb.open();
  const before = await wb.tabs.count();
  // the File is made inside the page (a sparse 200 MB blob), as a drop would hand it over
  await page.evaluate(() => {
    const big = new File([new Uint8Array(200 * 1024 * 1024)], 'huge.pdf', { type: 'application/pdf' });
    const data = new DataTransfer();
    data.items.add(big);
    for (const type of ['dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(wb.notice).toHaveAttribute('data-kind', 'error', { timeout: 30_000 });
  await expect(page.getByTestId('notice.text')).toContainText('输入过大');
  await expect(wb.tabs).toHaveCount(before);
});

async function docxBytes(): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
  const rows = [['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['栏次', '', '1', '2', '3'], ['', '合计', '10.00', '4.00', '6.00'], ['201', '一般公共服务支出', '10.00', '4.00', '5.00']];
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = '<w:p><w:r><w:t>一般公共预算财政拨款支出决算表</w:t></w:r></w:p>' + `<w:tbl>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
}

test('a Word .docx opens through the HTML path and is checked; a legacy .doc is refused with a request to save as .docx', async ({ wb, page }) => {
  await wb.open();
  await page.getByTestId('toolbar.file').setInputFiles({ name: '决算.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await docxBytes() });
  await expect(wb.tabs).toHaveCount(2, { timeout: 30_000 });
  await expect(await wb.scrollToCell('201', 1)).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('toolbar.file').setInputFiles({ name: '旧版.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) });
  await expect(page.getByTestId('notice.text')).toContainText('另存为 .docx 或 .xlsx');
  await expect(wb.tabs).toHaveCount(2);
});
