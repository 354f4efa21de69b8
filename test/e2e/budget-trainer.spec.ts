// Trainer mode with a 部门预算: the budget templates and example sit in their own group; the example becomes an
// exercise, the trainee marks the misprinted cell, hands in and sees the score.
import { expect, test } from './fixtures.ts';

const EXAMPLE = 'zhengxie-2019-budget';
// with this example, seed 6 transposes two digits of 30103 奖金 in 财政拨款基本支出预算表（经济科目）: 70.37 → 73.07
const SEED = '6';

test('the 部门预算 example opens as an exercise; marking the misprint and handing in scores 100', async ({ wb, page }) => {
  await wb.open();
  await wb.openPanel('trainer');
  const panel = page.getByTestId('trainer.panel');
  await expect(panel.getByTestId('trainer.template-group.budget').locator('option')).toHaveCount(10);
  await expect(panel.getByTestId('trainer.template-group.budget')).toHaveAttribute('label', '部门预算');
  await expect(panel.getByTestId('trainer.example-group.budget').locator(`option[value="${EXAMPLE}"]`)).toHaveCount(1);

  await panel.locator('summary', { hasText: '示例' }).click();
  await panel.getByTestId('trainer.example-select').selectOption(EXAMPLE);
  await panel.getByTestId('trainer.example-open').click();
  await expect(wb.tab('B01@3')).toBeVisible();
  await expect(wb.tab('B12@252')).toBeVisible();

  await panel.getByTestId('trainer.source').selectOption(EXAMPLE);
  await panel.getByTestId('trainer.count').fill('1');
  for (const k of ['dropped_row', 'wrong_total', 'wrong_percentage']) await panel.getByTestId(`trainer.kind.${k}`).setChecked(false);
  await panel.getByTestId('trainer.kind.transposed_digits').setChecked(true);
  await panel.getByTestId('trainer.seed').fill(SEED);
  await panel.getByTestId('trainer.create').click();
  await expect(panel.getByTestId('trainer.submit')).toBeVisible({ timeout: 30_000 });
  await expect(wb.findings).toHaveCount(0);

  await wb.tab('B06@128').click();
  const cell = await wb.scrollToCell('30103', 1);
  await expect(cell).toHaveText('73.07');
  await cell.click();
  await page.getByTestId('trainer.mark-cell').click();
  await expect(page.getByTestId('trainer.mark.item')).toHaveCount(1);
  await page.getByTestId('trainer.submit').click();
  await expect(page.getByTestId('trainer.score')).toHaveAttribute('data-score', '100');
  await expect(page.locator('[data-testid="trainer.error.item"][data-found="true"]')).toHaveCount(1);
});
