// Human names where issue 21 left ids (the "no internal id or rule code on any screen" walk of grid-view.spec.ts,
// extended): the trainer's template and example pickers, and a cross-table finding — its sentence, details, the
// rules panel — name tables as printed; the ids and the rules' own notation appear only under the expert switch.
import type { Locator, Page } from '@playwright/test';
import { expect, readFixture, test } from './fixtures.ts';

/** Internal names a reviewer must never read: table ids, rule ids, finding codes, kind codes and kind prefixes. */
const INTERNAL = [/@\d/, /\b[A-Z]{1,3}\d{0,2}[.-][A-Za-z][\w-]*/, /\b[a-z]+(?:_[a-z]+)+\b/, /\b[TB]\d{2}\b/, /\bP_[A-Z]+/];

async function internalNames(locator: Locator): Promise<string[]> {
  const text = await locator.innerText();
  return INTERNAL.flatMap((re) => [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => m[0]));
}

/** 普陀财政局 2024 with 本年收入合计 printed 1.00 too high on the 总表: it no longer equals the 收入决算表's 合计. */
const CROSS_ERROR = () => readFixture('corpus/putuo_caizhengju_2024.txt').replace('         本年收入合计     2,946.25', '         本年收入合计     2,947.25');

async function optionTexts(select: Locator): Promise<string[]> {
  return select.locator('option, optgroup').evaluateAll((els) =>
    els.map((e) => (e.tagName === 'OPTGROUP' ? (e as HTMLOptGroupElement).label : e.textContent ?? '')));
}

test('the trainer\'s pickers name tables and what each template shows, grouped 部门决算 / 部门预算 / 绩效; ids only for experts', async ({ wb, page }) => {
  await wb.open();
  await wb.openPanel('trainer');
  const panel = page.getByTestId('trainer.panel');
  const templates = panel.getByTestId('trainer.template-select');
  await expect(templates.locator('optgroup')).toHaveCount(3);
  expect(await templates.locator('optgroup').evaluateAll((g) => g.map((x) => (x as HTMLOptGroupElement).label))).toEqual(['部门决算', '部门预算', '绩效']);
  await expect(panel.getByTestId('trainer.template-group.perf').locator('option')).toHaveText(['项目支出绩效自评表 — 中央模板：执行率 10 分，产出、效益、满意度指标']);
  const texts = [...await optionTexts(templates), ...await optionTexts(panel.getByTestId('trainer.example-select')), ...await optionTexts(panel.getByTestId('trainer.source'))];
  const leaks = texts.flatMap((t) => INTERNAL.flatMap((re) => (re.test(t) ? [t] : [])));
  expect(leaks).toEqual([]);
  await expect(templates.locator('option[value="T01.A"]')).toHaveText('收入支出决算总表 — 江西式：行次 1–31 / 32–62，26 个功能分类类级科目');
  // the expert switch (shared with the findings panel) shows the template ids
  await panel.getByTestId('trainer.expert').check();
  await expect(templates.locator('option[value="T01.A"]')).toHaveText(/^T01\.A · 收入支出决算总表 — /);
  await wb.openPanel('findings');
  await expect(page.getByTestId('findings.expert')).toBeChecked();
  await page.getByTestId('findings.expert').uncheck();
  await wb.openPanel('trainer');
  await expect(templates.locator('option[value="T01.A"]')).toHaveText(/^收入支出决算总表 — /);
});

async function openCrossFinding(wb: import('./fixtures.ts').Workbench, page: Page): Promise<Locator> {
  await wb.open();
  await wb.paste({ text: CROSS_ERROR() });
  await wb.openPanel('findings');
  const item = wb.findings.filter({ hasText: '《收入决算表》' }).first();
  await expect(item).toBeVisible();
  return page.getByTestId('findings.detail').filter({ has: page.getByTestId('findings.rule-name').filter({ hasText: '总表本年收入合计=收入决算表合计' }) }).first();
}

test('a cross-table finding names both tables as printed in its sentence, formula and operands; the rule\'s notation is behind the expert toggle', async ({ wb, page }) => {
  const detail = await openCrossFinding(wb, page);
  const item = wb.findings.filter({ hasText: '《收入决算表》' }).first();
  await expect(item).toContainText('《收入支出决算总表》[本年收入合计]1栏(2947.25) ≠ 《收入决算表》[合计]1栏(2946.25)');
  expect(await internalNames(item)).toEqual([]);
  await detail.locator('summary').first().click();
  await expect(detail.locator('dd.formula')).toHaveText('《收入支出决算总表》[本年收入合计]1栏=《收入决算表》[合计]1栏');
  await expect(detail.locator('.ops li')).toContainText(['本年收入合计 1栏 = 2947.25', '收入决算表 合计 1栏 = 2946.25']);
  expect(await internalNames(detail.locator('dl'))).toEqual([]);
  // the ids and the formula as the rule writes it, one click further
  await detail.locator('details.ids summary').click();
  await expect(detail.locator('details.ids code')).toHaveText('X.T01-T02.income · sum_mismatch · T01.[本年收入合计]1栏=T02.[合计]1栏');
});

test('no internal id, rule code or kind prefix on the screens of a cross-table error: findings with details open, rules panel', async ({ wb, page }) => {
  test.setTimeout(120_000);
  const detail = await openCrossFinding(wb, page);
  await detail.locator('summary').first().click();
  // every finding's details open (the ids toggle stays closed: it is for experts)
  const all = page.getByTestId('findings.detail');
  for (let i = 0; i < await all.count(); i++) {
    const d = all.nth(i);
    if (!(await d.evaluate((el) => (el as HTMLDetailsElement).open))) await d.locator('summary').first().click();
  }
  const seen = (await internalNames(page.getByTestId('findings.panel'))).map((n) => `findings: ${n}`);
  // the rules panel of the 总表 lists the cross-table rules with their tables named
  await page.locator('[data-testid="sheets.tab"][data-sheet^="T01"]').first().click();
  await wb.openPanel('rules');
  const rules = page.getByTestId('rules.panel');
  await expect(rules.getByTestId('rules.item').filter({ hasText: '《收入支出决算总表》[本年收入合计]1栏=《收入决算表》[合计]1栏' })).toHaveCount(1);
  seen.push(...(await internalNames(rules)).map((n) => `rules: ${n}`));
  expect(seen).toEqual([]);
  // for experts: the rules' own notation and their sources
  await wb.openPanel('findings');
  await page.getByTestId('findings.expert').check();
  await wb.openPanel('rules');
  await expect(page.getByTestId('rules.expert')).toBeChecked();
  await expect(rules.getByTestId('rules.item').filter({ hasText: 'T01.[本年收入合计]1栏=T02.[合计]1栏' })).toHaveCount(1);
  await expect(rules).toContainText('GovBudgetChecker');
});
