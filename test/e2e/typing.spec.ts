// Typing into a cell right after selecting it, on a busy page. Handsontable (imeFastEdit) selects its editor's text
// area with a 1 ms timer after a cell is selected; a busy browser handles the keystrokes typed meanwhile first.
// The page here is made that busy on purpose: every 1 ms timer runs only once the next keystroke has been handled.
import { expect, test } from './fixtures.ts';

test('keystrokes typed before the grid\'s refocus timer has run all land in the cell', async ({ wb, page }) => {
  await page.addInitScript(() => {
    const plain = window.setTimeout.bind(window);
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      if (ms !== 1 || typeof fn !== 'function') return plain(fn, ms, ...args);
      document.addEventListener('keyup', () => plain(fn, 0, ...args), { once: true });
      return 0;
    }) as typeof window.setTimeout;
  });
  await wb.open();
  await page.getByTestId('sheets.add').click();
  for (const [col, text] of [[1, '10.00'], [2, '4.00'], [3, '5.00']] as const) {
    const cell = page.locator(`.ht_master td[data-row="0"][data-col="${col}"]`);
    await wb.typeInto(cell, text);
    await expect(cell).toHaveText(text);
  }
});
