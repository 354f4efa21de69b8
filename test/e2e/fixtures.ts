// Page objects for the workbench, handed to specs as Playwright fixtures. Elements are found by namespaced
// data-testid; state is read from aria-invalid, data-severity and visible text, never from colours.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const fixturePath = (rel: string) => fileURLToPath(new URL(`../fixtures/${rel}`, import.meta.url));
export const readFixture = (rel: string) => readFileSync(fixturePath(rel), 'utf8');

export interface ClipboardPayload {
  text?: string;
  html?: string;
}

export class Workbench {
  constructor(readonly page: Page) {}

  async open(url = '/'): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByTestId('app.root')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  }

  /** A paste outside any editor: a synthetic ClipboardEvent with a DataTransfer, as the browser sends it. */
  async paste(payload: ClipboardPayload, target = 'body'): Promise<void> {
    await this.page.evaluate(({ payload, target }) => {
      const data = new DataTransfer();
      if (payload.html !== undefined) data.setData('text/html', payload.html);
      data.setData('text/plain', payload.text ?? '');
      const el = target === 'active' ? (document.activeElement ?? document.body) : document.querySelector(target)!;
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, { payload, target });
    // parsing runs in a worker: wait until it has ended (the progress bar is shown from the paste on)
    await expect(this.page.getByTestId('progress')).toHaveCount(0, { timeout: 60_000 });
  }

  get tabs(): Locator {
    return this.page.getByTestId('sheets.tab');
  }

  tab(sheet: string): Locator {
    return this.page.locator(`[data-testid="sheets.tab"][data-sheet="${sheet}"]`);
  }

  /** Opens a tab of the side panel (检查结果 | 规则 | 导出 | 培训); the others stay mounted but hidden. */
  async openPanel(panel: 'findings' | 'rules' | 'exports' | 'trainer'): Promise<void> {
    const tab = this.page.locator(`[data-testid="side.tab"][data-panel="${panel}"]`);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  get findings(): Locator {
    return this.page.getByTestId('findings.item');
  }

  get notice(): Locator {
    return this.page.getByTestId('notice');
  }

  /** The grid cell in the row whose cells include `rowText` (e.g. a 科目 code), in printed 栏 `colNo`. */
  cell(rowText: string, colNo: number): Locator {
    const row = this.page.locator('.ht_master tbody tr').filter({
      has: this.page.locator('td', { hasText: new RegExp(`^${rowText}$`) }),
    });
    return row.locator(`td[data-colno="${colNo}"]`);
  }

  /**
   * Like cell(), but scrolls the grid (which renders only visible rows) until the row is drawn. Handsontable redraws
   * on the scroll event, which the browser dispatches with the next frame: every count is taken after that redraw,
   * never from the rows drawn before the scroll (they would be gone by the time the caller uses the cell).
   */
  async scrollToCell(rowText: string, colNo: number): Promise<Locator> {
    const cell = this.cell(rowText, colNo);
    const holder = this.page.locator('.ht_master .wtHolder').first();
    await holder.evaluate((el) => { el.scrollTop = 0; });
    await this.drawn();
    for (let step = 0; step < 400 && (await cell.count()) === 0; step++) {
      const moved = await holder.evaluate((el) => {
        const before = el.scrollTop;
        el.scrollTop += el.clientHeight * 0.8;
        return el.scrollTop !== before;
      });
      await this.drawn();
      if (!moved) break;
    }
    return cell;
  }

  /** Two animation frames: a scroll event and the grid's redraw on it have run. */
  private async drawn(): Promise<void> {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
  }

  /** Selects a cell and types over it (the first keystroke opens the editor), then commits with Enter. */
  async typeInto(cell: Locator, text: string): Promise<void> {
    await cell.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Selects a cell and commits Chinese text through an IME composition, as a pinyin input method does. */
  async imeInto(cell: Locator, text: string, pinyin = 'pinyin'): Promise<void> {
    await cell.click();
    const cdp = await this.page.context().newCDPSession(this.page);
    await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
    await cdp.send('Input.insertText', { text });
    await cdp.detach();
    await this.page.keyboard.press('Enter');
  }

  /** Clicks an empty part of the page so the grid stops listening and a paste goes to the workbook. */
  async blurGrid(): Promise<void> {
    await this.page.getByTestId('app.hint').click();
  }
}

export const test = base.extend<{ wb: Workbench }>({
  wb: async ({ page }, use) => {
    await use(new Workbench(page));
  },
});

export { expect };

/** Rows of seed 001's 公开05表 as Excel puts them on the clipboard (text/plain, tab-separated). */
export function seed001T05Tsv(): string {
  const lines = readFixture('seeds/001_c1aab3eb9d979e5d.txt').split('\n');
  const start = lines.findIndex((l) => l.trim() === '公开 05 表');
  const end = lines.findIndex((l, i) => i > start && l.startsWith('注'));
  const body = lines.slice(start + 1, end).filter((l) => l.includes('\t'));
  return ['一般公共预算财政拨款支出决算表', '单位：万元', ...body].join('\n');
}

/** The same table as Excel's text/html clipboard flavour. */
export function toHtmlTable(tsv: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = tsv.split('\n').map((l) => `<tr>${l.split('\t').map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`);
  return `<html><body><table>${rows.join('')}</table></body></html>`;
}
