// An edit redraws only the cells it changes (src/ui/grid/cell-redraw.ts): after every kind of edit — a fix, a new
// error, a label that wraps onto a second line, an undo, a small paste — every drawn cell (the main table and the frozen
// columns) reads exactly as the same grid built afresh from the workbook reads, and the frozen columns stay level
// with the rows they belong to.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// 2010101's 项目支出 is 5.00 where 4.00 balances both its row (1栏 = 2+…+6) and its 款 (20101 = Σ 项): the culprit
const TABLE = [
  '支出决算表', '单位：万元',
  '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\t经营支出\t对附属单位补助支出',
  '栏次\t\t1\t2\t3\t4\t5\t6',
  '\t合计\t60.00\t36.00\t24.00\t0.00\t0.00\t0.00',
  '201\t一般公共服务支出\t60.00\t36.00\t24.00\t0.00\t0.00\t0.00',
  '20101\t人大事务\t30.00\t18.00\t12.00\t0.00\t0.00\t0.00',
  '2010101\t行政运行\t10.00\t6.00\t5.00\t0.00\t0.00\t0.00',
  '2010102\t一般行政管理事务\t20.00\t12.00\t8.00\t0.00\t0.00\t0.00',
  '20102\t政协事务\t30.00\t18.00\t12.00\t0.00\t0.00\t0.00',
  '2010201\t行政运行\t10.00\t6.00\t4.00\t0.00\t0.00\t0.00',
  '2010202\t一般行政管理事务\t20.00\t12.00\t8.00\t0.00\t0.00\t0.00',
].join('\n');

interface Drawn {
  cells: Record<string, string>;
  /** frozen rows whose top or height differs from the main table's row (should be none) */
  misaligned: number[];
}

/** Every drawn cell's text and marks, keyed by pane and table cell; and the frozen rows out of line. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const cells: Record<string, string> = {};
    for (const [pane, selector] of [['main', '.ht_master'], ['frozen', '.ht_clone_inline_start']] as const) {
      for (const td of document.querySelectorAll<HTMLTableCellElement>(`${selector} tbody td`)) {
        const d = td.dataset;
        if (d.row === undefined) continue;
        cells[`${pane} ${d.row}:${d.col}`] = [td.textContent, d.severity, d.explained, d.culprit, d.problem, d.placement, d.marked,
          td.getAttribute('aria-invalid')].map((x) => x ?? '-').join('|');
      }
    }
    const rows = (selector: string) => [...document.querySelectorAll<HTMLTableRowElement>(`${selector} tbody tr`)].map((tr) => tr.getBoundingClientRect());
    const main = rows('.ht_master');
    const misaligned = rows('.ht_clone_inline_start').flatMap((r, i) =>
      main[i] && Math.abs(r.top - main[i].top) <= 1 && Math.abs(r.height - main[i].height) <= 1 ? [] : [i]);
    return { cells, misaligned };
  });
}

/** Types over a cell through its editor (F2 opens it on the cell's text, so no keystroke is lost opening it) and commits. */
async function retype(page: Page, cell: Locator, text: string): Promise<void> {
  await cell.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

/** The grid as drawn now, once the edit's checks have settled, equals the grid built afresh (another sheet and back). */
async function expectSameAsFresh(page: Page): Promise<Drawn> {
  const tab = page.locator('[data-testid="sheets.tab"]').first();
  // the root causes come in after the edits pause (a few hundred ms): wait until the drawing stops changing
  let now = await drawn(page);
  await expect.poll(async () => {
    const before = now;
    await page.waitForTimeout(400);
    now = await drawn(page);
    return JSON.stringify(before) === JSON.stringify(now);
  }, { timeout: 10_000 }).toBe(true);
  expect(now.misaligned).toEqual([]);
  await page.locator('[data-testid="sheets.tab"][data-sheet="N"]').click();
  await tab.click();
  await expect(page.locator('.ht_master td[data-row="0"]').first()).toBeVisible();
  const fresh = await drawn(page);
  expect(fresh.misaligned).toEqual([]);
  expect(now.cells).toEqual(fresh.cells);
  return now;
}

test('every kind of edit draws what a freshly built grid draws', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: TABLE });
  await expect(wb.tabs).toHaveCount(2);
  const cell = (code: string, colNo: number) => wb.cell(code, colNo);
  await expect(cell('2010101', 3)).toHaveAttribute('data-severity', 'error');
  await expectSameAsFresh(page);

  // the fix: the cell and the marks of the row and its 款 change
  await retype(page, cell('2010101', 3), '4.00');
  await expect(cell('2010101', 3)).toHaveText('4.00');
  await expect(cell('2010101', 3)).not.toHaveAttribute('data-severity', 'error');
  await expectSameAsFresh(page);

  // a new error in another 款
  await retype(page, cell('2010202', 2), '13.00');
  await expect(cell('2010202', 2)).toHaveAttribute('data-severity', 'error');
  const broken = await expectSameAsFresh(page);
  expect(Object.values(broken.cells).some((c) => c.startsWith('13.00|error'))).toBe(true);

  // a name long enough to wrap: its row grows, and the frozen columns follow it
  const name = page.locator('.ht_clone_inline_start td', { hasText: /^政协事务$/ });
  const before = (await name.boundingBox())!.height;
  await retype(page, name, '政协事务（含政协委员履职、提案办理、专题协商、视察调研、文史资料征集与出版）');
  await expect(page.locator('.ht_clone_inline_start td', { hasText: /^政协事务（/ })).toBeVisible();
  expect((await page.locator('.ht_clone_inline_start td', { hasText: /^政协事务（/ }).boundingBox())!.height).toBeGreaterThan(before);
  await expectSameAsFresh(page);

  // an edit and its undo (the grid's own batch; the grid built afresh above has no history before the edit)
  await retype(page, cell('2010102', 2), '11.00');
  await expect(cell('2010102', 2)).toHaveText('11.00');
  await page.getByTestId('grid.undo').click();
  await expect(cell('2010102', 2)).toHaveText('12.00');
  await expectSameAsFresh(page);
  // a small paste into cells
  await cell('2010201', 2).click();
  await wb.paste({ text: '7.00\t4.00' }, 'active');
  await expect(cell('2010201', 2)).toHaveText('7.00');
  await expect(cell('2010201', 3)).toHaveText('4.00');
  await expect(wb.cell('2010201', 1)).toHaveAttribute('data-severity', 'error');
  await expectSameAsFresh(page);
});
