import { expect, test } from './fixtures.ts';

// A 支出决算表 copied out of a PDF viewer: blank cells collapsed, so the values' columns are inferred. 2010102 prints
// 15.00 and 14.00: no placement of its two values makes 1栏 = 2+…+6栏 (a proven error); 20101's 3栏 fails as placed
// but holds under another placement of its children's values (an unconfirmed warning). No 情况说明: 未能核对.
const COLLAPSED = [
  '支出决算表',
  '单位：万元',
  '科目编码    科目名称    本年支出合计    基本支出    项目支出    上缴上级支出    经营支出    对附属单位补助支出',
  '栏次        1    2    3    4    5    6',
  '合计    40.00    25.00    15.00',
  '201    一般公共服务支出    40.00    25.00    15.00',
  '20101    人大事务    40.00    25.00    15.00',
  '2010101    行政运行    25.00    25.00',
  '2010102    一般行政管理事务    15.00    14.00',
].join('\n');

test('collapsed blanks: a proven error says so, an unconfirmed warning is not an error, and 未能核对 lists what was not checked', async ({ wb, page }) => {
  await wb.open();
  await wb.paste({ text: COLLAPSED });
  await expect(wb.tab('T03@1')).toBeVisible();
  await wb.tab('T03@1').click();
  // amounts whose column was inferred carry it on the cell, and the proven error still marks its cell
  const cell = await wb.scrollToCell('2010102', 1);
  await expect(cell).toHaveAttribute('data-placement', /inferred|ambiguous/);
  await expect(cell).toHaveAttribute('data-severity', 'error');
  await cell.hover();
  await expect(page.getByTestId('grid.tooltip')).toContainText('空白栏被省略');
  await wb.openPanel('findings');
  const proven = wb.findings.filter({ hasText: '种可能的排列下均不成立' });
  await expect(proven).toHaveCount(1);
  await expect(proven).toHaveAttribute('data-severity', 'error');
  await expect(proven).toContainText('2010102');
  const unconfirmed = wb.findings.filter({ hasText: '未能确认' });
  await expect(unconfirmed.first()).toHaveAttribute('data-severity', 'warning');
  await expect(unconfirmed.first()).toContainText('20101');
  await expect(page.getByTestId('findings.count.error')).toHaveText('1');
  const unchecked = page.getByTestId('unchecked.panel');
  await expect(unchecked).toContainText('未能核对');
  await expect(unchecked.locator('[data-reason="no_narrative"]')).toContainText('没有情况说明');
  await expect(unchecked.locator('[data-reason="rule_not_applicable"]').first()).toContainText('规则未核对');
  await unchecked.screenshot({ path: 'test-results/e2e/trust-unchecked.png' });
});
