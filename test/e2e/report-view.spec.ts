// The reviewer's view (issue 21): tables named as printed, no table id or rule code on screen, problems first
// (errors, then warnings, then rounding residue) with F8 landing on the first error, text that is not a report
// refused with the workbook untouched, and the audit report printed by Chromium: summary first, numbered pages,
// no blank page.
import { fileURLToPath } from 'node:url';
import { expect, readFixture, test } from './fixtures.ts';

/** Table ids (T01@83, unknown@77), rule ids (T01.R1, S.code-format, N-PERF, X.T01-T03.expense), snake_case codes. */
const TABLE_ID = /\b[A-Za-z_]+\d*@\d+/;
const RULE_ID = /\b(?:T\d\d|B\d\d|P|N|S|X|Y)[.-][A-Za-z][\w.-]*/;
const CODE = /\b[a-z]+_[a-z_]+\b/;

test('sheet tabs and the sheet heading name tables as printed, never by id', async ({ wb, page }) => {
  await wb.open();
  const labels = await wb.tabs.allInnerTexts();
  expect(labels.some((l) => l.includes('公开01表 收入支出决算总表'))).toBe(true);
  expect(labels.some((l) => l.includes('未识别表格 1（第 77 行起）'))).toBe(true);
  for (const l of labels) expect(l).not.toMatch(TABLE_ID);
  await page.locator('[data-testid="sheets.tab"][data-sheet^="T05@"]').click();
  await expect(page.getByTestId('sheet.title')).toHaveText('公开05表 一般公共预算财政拨款支出决算表');
});

test('no id or rule code is visible on the main screen of the seed and corpus documents', async ({ wb, page }) => {
  test.setTimeout(180_000);
  await wb.open();
  const docs = ['seeds/000_6e1f5d09d8ef42dd.txt', 'seeds/002_46e3d4cd55e5664f.txt', 'seeds/003_151e3cc1a638edf9.txt', 'seeds/004_1f8c90973b37444e.txt',
    'corpus/SYNTHETIC_putuo_caizhengju_2024_injected_errors.txt', 'corpus/putuo_caizhengju_2024.txt', 'corpus/putuo_guihuaziyuan_2024.txt',
    'corpus/putuo_shehuigongzuobu_2024.txt', 'corpus/template_shanghai_2024_bumen_juesuan_muban.txt'];
  for (const name of [null, ...docs]) {
    if (name) {
      await wb.blurGrid();
      await wb.paste({ text: readFixture(name) });
    }
    await expect(page.getByTestId('findings.panel')).toBeVisible({ timeout: 30_000 });
    // every group expanded: the whole list is on screen
    for (const more of await page.locator('[data-testid="findings.panel"] button.more').all()) await more.click();
    const text = await page.getByTestId('app.root').innerText();
    expect(text, name ?? 'sample').not.toMatch(TABLE_ID);
    expect(text.match(RULE_ID)?.[0] ?? null, name ?? 'sample').toBeNull();
    expect(text.match(CODE)?.[0] ?? null, name ?? 'sample').toBeNull();
  }
  // the expert switch shows them, for rule maintainers
  await page.getByTestId('findings.expert').check();
  await expect(page.getByTestId('findings.rule').first()).toBeVisible();
  await expect(page.getByTestId('findings.rule').first()).toHaveText(/ · [a-z_]+$/);
});

test('the findings list starts with errors, rounding residue last; F8 lands on the first error', async ({ wb, page }) => {
  await wb.open();
  const groups = page.getByTestId('findings.table');
  await expect(groups.first()).toHaveAttribute('data-severity', 'error');
  const severities = await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
  const rank = (s: string | null) => ['error', 'warning', 'info'].indexOf(s ?? '');
  expect(severities.map(rank)).toEqual([...severities.map(rank)].sort((a, b) => a - b));
  expect(severities).toContain('info');
  const firstItem = page.locator('[data-testid="findings.problem.summary"], [data-testid="findings.item"]').first();
  const firstText = await firstItem.innerText();
  await wb.blurGrid();
  await page.keyboard.press('F8');
  const current = page.locator('[data-testid="findings.problem.summary"][aria-current="true"], [data-testid="findings.item"][aria-current="true"]').first();
  await expect(current).toBeVisible();
  expect(await current.innerText()).toBe(firstText);
  await expect(page.locator('[data-testid="findings.table"][data-severity="error"] [aria-current="true"]').first()).toBeVisible();
  // the badge counts problems, with the findings beside it
  const badge = page.locator('[data-testid="side.tab"][data-panel="findings"]');
  const problems = Number(await page.getByTestId('findings.count.error').innerText()) + Number(await page.getByTestId('findings.count.warning').innerText());
  await expect(badge).toContainText(String(problems));
});

test('text that is not a report or a table is refused with a Chinese message; the workbook is untouched', async ({ wb, page }) => {
  await wb.open();
  const before = await wb.tabs.allInnerTexts();
  const novel = '1949年10月1日，他走进房间，看见桌上放着3本书和2支笔。那年他25岁，口袋里只有12元钱。\n'.repeat(30);
  const numbers = Array.from({ length: 40 }, (_, i) => `${(i * 37) % 101}\t${(i * 13) % 97}.5\t${i * 7}`).join('\n');
  for (const text of [novel, numbers, 'asdf qwer zxcv ###']) {
    await wb.blurGrid();
    await wb.paste({ text });
    await expect(wb.notice).toHaveAttribute('data-kind', 'error');
    await expect(page.getByTestId('notice.text')).toContainText('不是决算或预算报告，也不是表格');
    expect(await wb.tabs.allInnerTexts()).toEqual(before);
  }
});

test('the audit report prints in Chromium: summary page first, numbered pages, none blank', async ({ wb, page, context }) => {
  await wb.open();
  await wb.openPanel('exports');
  await page.getByTestId('exports.print').click();
  await expect(page.getByTestId('exports.print-frame')).toHaveCount(1);
  const html = await page.getByTestId('exports.print-frame').evaluate((f) => (f as HTMLIFrameElement).srcdoc);
  const printed = await context.newPage();
  await printed.setContent(html);
  const bytes = await printed.pdf({ format: 'A4', printBackground: true });
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  expect(pdf.numPages).toBeGreaterThan(2);
  const pageText = async (n: number) => {
    const content = await (await pdf.getPage(n)).getTextContent();
    return content.items.map((i) => ('str' in i ? i.str : '')).join('');
  };
  const first = await pageText(1);
  expect(first).toContain('审核摘要');
  expect(first).toContain('问题统计');
  expect(first).toContain('公开01表');
  // (the PDF's font maps 页 to the look-alike radical ⻚)
  expect(first.replace(/\s/g, '')).toMatch(new RegExp(`第1[页⻚]/共${pdf.numPages}[页⻚]`));
  for (let n = 1; n <= pdf.numPages; n++) {
    const text = (await pageText(n)).replace(/\s/g, '');
    // every page has more on it than its footer
    expect(text.replace(/第\d+[页⻚]\/共\d+[页⻚]/, '').length, `page ${n}`).toBeGreaterThan(20);
    expect(text, `page ${n}`).not.toMatch(TABLE_ID);
  }
  expect((await pageText(2)).replace(/\s/g, '').replace(/第\d+[页⻚]\/共\d+[页⻚]/, '')).toMatch(/^问题（同[一⼀]出错单元格/);
  // its first screen as the reviewer opens it, at the two sizes the README shows
  await printed.emulateMedia({ media: 'screen' });
  for (const [width, height] of [[1366, 800], [1024, 700]] as const) {
    await printed.setViewportSize({ width, height });
    await printed.screenshot({ path: fileURLToPath(new URL(`./screens/audit-report-${width}x${height}.png`, import.meta.url)) });
  }
  await printed.close();
});
