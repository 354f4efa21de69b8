// Trainer mode: a blank template opens as a sheet with its rules; an exercise hides the findings, the trainee
// marks cells, 交卷 scores the attempt and reveals the findings; exercises are saved to and opened from files.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Workbench } from './fixtures.ts';

const SEED = '2'; // with the shipped sample this transposes two digits in a coded row of 支出决算表

async function createExercise(wb: Workbench, page: Page, opts: { kinds: string[]; count: number }): Promise<void> {
  await wb.openPanel('trainer');
  const panel = page.getByTestId('trainer.panel');
  await panel.getByTestId('trainer.source').selectOption('workbook');
  await panel.getByTestId('trainer.count').fill(String(opts.count));
  for (const k of ['transposed_digits', 'dropped_row', 'wrong_total', 'wrong_percentage']) {
    await panel.getByTestId(`trainer.kind.${k}`).setChecked(opts.kinds.includes(k));
  }
  await panel.getByTestId('trainer.seed').fill(SEED);
  await panel.getByTestId('trainer.create').click();
  await expect(panel.getByTestId('trainer.submit')).toBeVisible({ timeout: 30_000 });
}

/** The parts of a saved exercise file the tests read. */
interface SavedExercise {
  format: string;
  injected: { table: string; row: number; col: number; after: string }[];
  document: { tables: { id: string; rows: { code: string | null }[]; columns: { colNo: number | null }[] }[] };
}

/** Saves the exercise and reads the file: the test learns the answer the way a trainer would. */
async function savedExercise(page: Page): Promise<SavedExercise> {
  const download = page.waitForEvent('download');
  await page.getByTestId('trainer.save').click();
  return JSON.parse(readFileSync(await (await download).path(), 'utf8'));
}

/** Marks the cell the exercise changed and returns it. */
async function markInjectedCell(wb: Workbench, page: Page, file: SavedExercise): Promise<Locator> {
  const e = file.injected[0]!;
  const table = file.document.tables.find((t) => t.id === e.table)!;
  const row = table.rows[e.row]!;
  expect(row.code).toMatch(/^\d+$/);
  await wb.tab(e.table).click();
  const cell = await wb.scrollToCell(row.code!, table.columns[e.col]!.colNo!);
  await expect(cell).toHaveText(e.after);
  await cell.click();
  await page.getByTestId('trainer.mark-cell').click();
  return cell;
}

test('a template opens as a new sheet, checks clean while blank, and lists its rules in reviewer notation', async ({ wb, page }) => {
  await wb.open();
  await wb.openPanel('trainer');
  await page.getByTestId('trainer.template-select').selectOption('T01.B');
  await page.getByTestId('trainer.template-open').click();
  await expect(wb.tab('T01.B')).toBeVisible();
  await expect(page.getByTestId('grid.root')).toHaveAttribute('data-table', 'T01.B');
  await expect(page.getByTestId('trainer.rules.item').filter({ hasText: '27行=（1+2+3+4+5+6+7+8）行' })).toHaveCount(1);
  await expect(wb.tab('T01.B').locator('.badge')).toHaveCount(0);
  await expect(page.locator('td[aria-invalid="true"]')).toHaveCount(0);
});

test('an exercise hides the findings; marking the injected cell and handing in scores 100 and reveals them', async ({ wb, page }) => {
  await wb.open();
  await expect(wb.findings.first()).toBeVisible();
  await createExercise(wb, page, { kinds: ['transposed_digits'], count: 1 });
  await expect(wb.findings).toHaveCount(0);
  await expect(page.locator('td[aria-invalid="true"]')).toHaveCount(0);
  const file = await savedExercise(page);
  expect(file.format).toBe('gouji-exercise');
  expect(file.injected).toHaveLength(1);
  const cell = await markInjectedCell(wb, page, file);
  await expect(page.getByTestId('trainer.mark.item')).toHaveCount(1);
  await expect(cell).toHaveAttribute('data-marked', 'true');
  await expect(page.locator('td[data-marked="true"]')).toHaveCount(1);
  await page.getByTestId('trainer.submit').click();
  await expect(page.getByTestId('trainer.score')).toHaveAttribute('data-score', '100');
  await expect(page.locator('[data-testid="trainer.error.item"][data-found="true"]')).toHaveCount(1);
  await wb.openPanel('findings');
  await expect(wb.findings.first()).toBeVisible();
  await expect(page.locator('td[aria-invalid="true"]').first()).toBeVisible();
});

test('a mark taken back leaves the grid and the list', async ({ wb, page }) => {
  await wb.open();
  await createExercise(wb, page, { kinds: ['transposed_digits'], count: 1 });
  const cell = await markInjectedCell(wb, page, await savedExercise(page));
  await expect(cell).toHaveAttribute('data-marked', 'true');
  await page.getByTestId('trainer.mark.item').getByRole('button').click();
  await expect(page.getByTestId('trainer.mark.item')).toHaveCount(0);
  await expect(page.locator('td[data-marked="true"]')).toHaveCount(0);
});

test('a wrong mark is a false mark and the missed error is shown as not found', async ({ wb, page }) => {
  await wb.open();
  await createExercise(wb, page, { kinds: ['transposed_digits'], count: 1 });
  await wb.tab('T10@471').click();
  await (await wb.scrollToCell('1', 1)).first().click();
  await page.getByTestId('trainer.mark-cell').click();
  await page.getByTestId('trainer.submit').click();
  await expect(page.getByTestId('trainer.score')).toHaveAttribute('data-score', '0');
  await expect(page.locator('[data-testid="trainer.error.item"][data-found="false"]')).toHaveCount(1);
});

test('a saved exercise opens again, findings hidden, and scores the same', async ({ wb, page }) => {
  await wb.open();
  await createExercise(wb, page, { kinds: ['transposed_digits'], count: 1 });
  const file = await savedExercise(page);
  await page.getByTestId('trainer.end').click();
  await wb.openPanel('findings');
  await expect(wb.findings.first()).toBeVisible();
  await wb.openPanel('trainer');
  await page.getByTestId('trainer.file').setInputFiles({ name: 'exercise.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('trainer.submit')).toBeVisible();
  await expect(wb.findings).toHaveCount(0);
  await markInjectedCell(wb, page, file);
  await page.getByTestId('trainer.submit').click();
  await expect(page.getByTestId('trainer.score')).toHaveAttribute('data-score', '100');
});

test('opening a file that is not an exercise says so and changes nothing', async ({ wb, page }) => {
  await wb.open();
  await wb.openPanel('trainer');
  const tabs = await wb.tabs.count();
  await page.getByTestId('trainer.file').setInputFiles({ name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"gouji"}') });
  await expect(page.getByTestId('trainer.problem')).toHaveAttribute('data-code', 'not_an_exercise');
  await expect(page.getByTestId('trainer.problem')).toContainText('不是勾稽练习文件');
  await expect(wb.tabs).toHaveCount(tabs);
});
