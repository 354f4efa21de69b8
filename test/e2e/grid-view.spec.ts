// The grid as a reviewer reads it (issue 21): label columns frozen when scrolled right, T01/T04 shown as printed
// (收入 | 支出 side by side with their 行次), an edit in either half re-checked on the right table cell, and no
// internal id or rule code on any screen of the seed and corpus documents. Run at 1024 × 700.
import type { Locator, Page } from '@playwright/test';
import { expect, readFixture, test } from './fixtures.ts';

test.use({ viewport: { width: 1024, height: 700 } });

const sheet = (page: Page, kind: string): Locator => page.locator(`[data-testid="sheets.tab"][data-sheet^="${kind}"]`).first();
const master = (page: Page) => page.locator('.ht_master');

test('scrolled right, the 科目编码 and 科目名称 columns stay in view beside the last 栏', async ({ wb, page }) => {
  await wb.open();
  await sheet(page, 'T02').click();
  const root = page.getByTestId('grid.root');
  await expect(root).toHaveAttribute('data-table', /^T02/);
  await master(page).locator('.wtHolder').first().evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  const last = master(page).locator('td[data-colno="7"]').first();
  await expect(last).toBeInViewport();
  // the frozen clone on the left draws the code and name of the same rows
  const frozen = page.locator('.ht_clone_inline_start');
  const name = frozen.locator('td', { hasText: /^社会保障和就业支出$/ }).first();
  const code = frozen.locator('td', { hasText: /^208$/ }).first();
  await expect(name).toBeInViewport();
  await expect(code).toBeInViewport();
  const box = (await root.boundingBox())!;
  const nameBox = (await name.boundingBox())!;
  expect(nameBox.x).toBeGreaterThanOrEqual(box.x);
  expect(nameBox.x + nameBox.width).toBeLessThan((await last.boundingBox())!.x);
  // the headers are the printed names, each once
  await expect(frozen.locator('thead')).toContainText('科目编码');
  await expect(frozen.locator('thead')).toContainText('科目名称');
});

test('T01 is shown as printed: 收入 and 支出 side by side, each with its 行次', async ({ wb, page }) => {
  await wb.open();
  await sheet(page, 'T01').click();
  await expect(page.getByTestId('grid.root')).toHaveAttribute('data-side-by-side', 'true');
  const head = master(page).locator('thead');
  await expect(head).toContainText('收入');
  await expect(head).toContainText('支出');
  const first = master(page).locator('tbody tr').first();
  await expect(first.locator('td')).toHaveText(['一、一般公共预算财政拨款收入', '1', '14,002.76', '一、一般公共服务支出', '32', '0.54']);
  // the two 总计 rows are printed on one line and shown on one grid row
  const total = await wb.scrollToCell('总计', 2);
  await expect(total).toHaveText('14,947.60');
  await expect(total.locator('xpath=..').locator('td[data-colno="1"]')).toHaveText('14,947.60');
});

test('a T01 finding selects its cell in the 支出 half', async ({ wb, page }) => {
  await wb.open();
  await wb.openPanel('findings');
  // the sample's 尾数误差 on 本年支出合计 (行次 58, 14,695.49)
  await wb.findings.filter({ hasText: /58行/ }).first().click();
  await expect(page.getByTestId('grid.root')).toHaveAttribute('data-side-by-side', 'true');
  const current = master(page).locator('td.current');
  await expect(current).toHaveText('14,695.49');
  await expect(current).toHaveAttribute('data-colno', '2');
  await expect(current.locator('xpath=..')).toContainText('本年支出合计');
  await expect(page.getByTestId('cell.inspector')).toContainText(/14,?695\.49/);
});

test('an edit in either half of T01 is checked against its own identity', async ({ wb, page }) => {
  await wb.open();
  await sheet(page, 'T01').click();
  await expect(page.getByTestId('grid.root')).toHaveAttribute('data-side-by-side', 'true');
  // 收入 half: 行次 1 joins 本年收入合计 (行次 27) = 1+…+8
  const income = wb.cell('一、一般公共预算财政拨款收入', 1);
  await expect(income).not.toHaveAttribute('data-severity', 'error');
  await wb.typeInto(income, '15002.76');
  await expect(income).toHaveAttribute('data-severity', 'error');
  await expect(income).toHaveAttribute('aria-invalid', 'true');
  // the 支出 cell on the same grid row was not touched by the edit, and is not part of the failing identity
  const expense = wb.cell('一、一般公共服务支出', 2);
  await expect(expense).toHaveText('0.54');
  await expect(expense).not.toHaveAttribute('data-severity', 'error');
  // 支出 half: 行次 32 joins 本年支出合计 (行次 58) = 32+…+57
  await wb.typeInto(expense, '1000.54');
  await expect(expense).toHaveAttribute('data-severity', 'error');
  await expect(income).toHaveText('15002.76');
  // the inspector names the table cell that was edited: the 支出 row's 行次 32
  await expect(page.getByTestId('grid.root')).toHaveAttribute('data-side-by-side', 'true');
  await wb.openPanel('findings');
  await expect(wb.findings.filter({ hasText: '15002.76' }).or(wb.findings.filter({ hasText: '15,002.76' })).first()).toBeVisible();
});

const DOCUMENTS = [
  'seeds/000_6e1f5d09d8ef42dd.txt', 'seeds/001_c1aab3eb9d979e5d.txt', 'seeds/002_46e3d4cd55e5664f.txt',
  'seeds/003_151e3cc1a638edf9.txt', 'seeds/004_1f8c90973b37444e.txt',
  'corpus/putuo_caizhengju_2024.txt', 'corpus/putuo_guihuaziyuan_2024.txt', 'corpus/putuo_shehuigongzuobu_2024.txt',
  'corpus/template_shanghai_2024_bumen_juesuan_muban.txt', 'corpus/SYNTHETIC_putuo_caizhengju_2024_injected_errors.txt',
];

/** Internal names a reviewer must never read: table ids (T01@83), rule ids (N-ZERO, S.subject-name), finding codes,
 *  a cross-table formula's kind prefix (T02.[合计]1栏). The trainer's pickers and a cross-table error: names.spec.ts. */
const INTERNAL = [/@\d/, /\b[A-Z]{1,3}\d{0,2}[.-][A-Za-z][\w-]*/, /\b[a-z]+(?:_[a-z]+)+\b/, /\b[TB]\d{2}\.(?=[[\d])/];

function internalNames(text: string): string[] {
  return INTERNAL.flatMap((re) => [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => m[0]));
}

/** Pastes a document, walks every sheet tab (and the tooltip of a marked cell on each) and the findings list, and
 *  collects the internal names read in `scope`: the grid (headers, cells, tooltips) or the whole screen. */
async function walk(wb: import('./fixtures.ts').Workbench, page: Page, doc: string, scope: 'grid' | 'screen'): Promise<string[]> {
  await wb.open();
  await wb.paste({ text: readFixture(doc) });
  const seen: string[] = [];
  const look = async (where: string, locator: Locator) => {
    for (const name of internalNames(await locator.innerText())) seen.push(`${where}: ${name}`);
  };
  await wb.openPanel('findings');
  const tabs = page.getByTestId('sheets.tab');
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    const label = (await tabs.nth(i).innerText()).trim();
    const grid = page.getByTestId('grid.root');
    if (scope === 'screen') await look(`sheet ${label}`, page.locator('main'));
    else if (await grid.count() > 0) {
      // the headers are drawn in the master table or, with a heading row, in the top overlay
      await expect(grid.locator('thead th').filter({ hasText: /\S/, visible: true }).first(), `headers of ${label}`).toBeVisible();
      await look(`grid ${label}`, grid);
    }
    const marked = master(page).locator('td[data-severity]').first();
    if (await marked.count() > 0) {
      await marked.hover();
      const tip = page.getByTestId('grid.tooltip');
      if (await tip.count() > 0) await look(`tooltip on ${label}`, tip);
    }
  }
  if (scope === 'screen') await look('findings', page.locator('body'));
  return seen;
}

for (const doc of DOCUMENTS) {
  const name = doc.split('/')[1];
  test(`no internal id or rule code in the grid, its headers or its tooltips: ${name}`, async ({ wb, page }) => {
    test.setTimeout(120_000);
    expect(await walk(wb, page, doc, 'grid')).toEqual([]);
  });
  test(`no internal id or rule code on any screen: ${name}`, async ({ wb, page }) => {
    test.setTimeout(120_000);
    expect(await walk(wb, page, doc, 'screen')).toEqual([]);
  });
}
