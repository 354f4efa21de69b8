import { expect, readFixture, seed001T05Tsv, test, toHtmlTable } from './fixtures.ts';

// describeFinding may print amounts with or without thousands separators
const AMOUNT_WRONG = /2,?426\.90/;

// 2101501 行政运行: 2,426.10 = 2,417.01 + 9.09 in the document; 2,426.90 breaks 1栏=2+3
const WRONG = seed001T05Tsv().replace('2,426.10', '2,426.90');

test('a TSV table pasted from Excel with a wrong cell: the cell is marked, explained and listed; fixing it clears it', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: WRONG });
  await expect(wb.tabs).toHaveCount(2); // the table and 说明
  const cell = await wb.scrollToCell('2101501', 1);
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expect(cell).toHaveAttribute('data-severity', 'error');
  const item = wb.findings.filter({ hasText: AMOUNT_WRONG }).first();
  await expect(item).toHaveAttribute('data-severity', 'error');
  await cell.hover();
  await expect(page.getByTestId('grid.tooltip')).toContainText('差');

  await wb.typeInto(cell, '2,426.10');
  await expect(wb.cell('2101501', 1)).toHaveText('2,426.10');
  await expect(wb.cell('2101501', 1)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(wb.findings.filter({ hasText: AMOUNT_WRONG })).toHaveCount(0);
});

test('the same table as clipboard HTML is parsed to the same sheet and finding', async ({ wb }) => {
  await wb.open();
  await wb.paste({ html: toHtmlTable(WRONG), text: WRONG });
  await expect(wb.tabs).toHaveCount(2);
  await expect(await wb.scrollToCell('2101501', 1)).toHaveAttribute('data-severity', 'error');
});

test('a whole report pasted as PDF text becomes one sheet per table plus 说明', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: readFixture('corpus/putuo_caizhengju_2024.txt') });
  await expect(wb.notice).toBeVisible();
  expect(await wb.tabs.count()).toBeGreaterThanOrEqual(6);
  await wb.tab('N').click();
  await expect(page.getByTestId('narrative.root')).toContainText('普陀区财政局');
});

test('a pasted table joins a reviewer’s workbook; a pasted report can be undone with restore', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: WRONG });
  await expect(wb.tabs).toHaveCount(2);
  await wb.paste({ text: WRONG });
  await expect(wb.tabs).toHaveCount(3);
  await wb.paste({ text: readFixture('seeds/001_c1aab3eb9d979e5d.txt') });
  await page.getByTestId('notice.restore').click();
  await expect(wb.tabs).toHaveCount(3);
});

test('undo and redo in the grid re-check the cell', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: WRONG });
  await wb.typeInto(await wb.scrollToCell('2101501', 1), '2,426.10');
  await expect(wb.cell('2101501', 1)).toHaveText('2,426.10');
  await expect(wb.cell('2101501', 1)).not.toHaveAttribute('data-severity', 'error');
  await page.getByTestId('grid.undo').click();
  await expect(wb.cell('2101501', 1)).toHaveAttribute('data-severity', 'error');
  await page.getByTestId('grid.redo').click();
  await expect(wb.cell('2101501', 1)).toHaveText('2,426.10');
  await expect(wb.cell('2101501', 1)).not.toHaveAttribute('data-severity', 'error');
});
