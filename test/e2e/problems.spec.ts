import { expect, seed001T05Tsv, test } from './fixtures.ts';

// seed 001's 公开05表 with one transposition: 2080502 事业单位离退休 1栏 521.68 printed as 512.68. It breaks the
// row identity (1栏 = 2+3) and the 20805 款 total: two error findings, one problem, one culprit.
const WRONG = seed001T05Tsv().replace(/^(2080502\t.*\t)521\.68\t521\.68/m, '$1512.68\t521.68');

test('one wrong cell: one problem in the panel naming it, and the grid marks it as the culprit', async ({ wb, page }) => {
  expect(WRONG).toContain('512.68');
  await wb.open();
  await wb.paste({ text: WRONG });
  await wb.openPanel('findings');
  const problem = page.locator('[data-testid="findings.problem"][data-culprit="true"]');
  await expect(problem).toHaveCount(1);
  await expect(problem).toHaveAttribute('data-severity', 'error');
  await expect(problem.getByTestId('findings.problem.summary')).toContainText('2080502 事业单位离退休 1栏 很可能应为 521.68');
  await expect(problem.getByTestId('findings.problem.summary')).toContainText('相邻两位数字颠倒');
  // its findings as evidence, collapsible
  await expect(problem.getByTestId('findings.item')).toHaveCount(2);
  await problem.getByTestId('findings.problem.toggle').click();
  await expect(problem.getByTestId('findings.item')).toHaveCount(0);
  await problem.getByTestId('findings.problem.toggle').click();
  await expect(problem.getByTestId('findings.item')).toHaveCount(2);
  // the badge counts problems, the findings beside it
  await expect(page.getByTestId('findings.count.error')).toHaveText('1');
  await expect(page.getByTestId('findings.count.error.findings')).toHaveText('（2）');
  const count = async (id: string) => Number((await page.getByTestId(id).textContent())!.replace(/[（）]/g, ''));
  const problems = (await count('findings.count.error')) + (await count('findings.count.warning'));
  const findings = (await count('findings.count.error.findings')) + (await count('findings.count.warning.findings'));
  const badge = page.locator('[data-testid="side.tab"][data-panel="findings"] [data-testid="side.badge"]');
  await expect(badge).toHaveText(`${problems}（${findings}）`);

  // the culprit cell is marked apart from the 款 total that is merely involved
  const culprit = await wb.scrollToCell('2080502', 1);
  await expect(culprit).toHaveAttribute('data-culprit', 'true');
  await expect(culprit).toHaveAttribute('aria-invalid', 'true');
  const involved = wb.cell('20805', 1);
  await expect(involved).toHaveAttribute('data-severity', 'error');
  await expect(involved).not.toHaveAttribute('data-culprit', 'true');
  await page.screenshot({ path: 'test-results/e2e/problems-culprit.png' });

  // F8 goes to the problem and selects its culprit cell
  await wb.blurGrid();
  await page.keyboard.press('F8');
  await expect(problem.getByTestId('findings.problem.summary')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('cell.inspector')).toContainText('512.68');
  await expect(page.getByTestId('cell.problem')).toContainText('很可能应为 521.68');

  // correcting the culprit clears the problem and its mark
  await wb.typeInto(await wb.scrollToCell('2080502', 1), '521.68');
  await expect(problem).toHaveCount(0);
  await expect(wb.cell('2080502', 1)).not.toHaveAttribute('data-culprit', 'true');
});
