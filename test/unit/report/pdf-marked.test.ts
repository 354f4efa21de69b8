// The marked-up PDF: read back with pdf.js, every boxed table finding's annotation rectangle holds the
// printed text of its cell on the right page; the note carries formula, expected, actual and difference;
// the list of findings comes first; the original pages are all still there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import { nodePdfLoader } from '../../../src/cli/pdf-node.ts';
import { parsePdfDocument } from '../../../src/paste/pdf/index.ts';
import { cliRules } from '../../../src/cli/rules.ts';
import { buildMarkedPdf, markedEntries } from '../../../src/report/pdf-marked.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

test('each located finding is boxed on its cell with a note, after a first page listing them', async () => {
  const bytes = new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/pdf/putuo_shehuigongzuobu_2024.pdf')));
  const parsed = await parsePdfDocument(bytes, nodePdfLoader);
  if (!parsed.result.ok) throw new Error(parsed.result.reason.code);
  const doc = parsed.result.value;
  const findings = checkDocument(doc).findings;
  const entries = markedEntries({ doc, findings, lines: parsed.lines });
  const cells = entries.filter((e) => e.box && e.finding.table !== 'N' && (e.finding.location?.col ?? -1) >= 0);
  expect(cells.length).toBeGreaterThan(0);
  expect(entries.filter((e) => e.finding.severity !== 'info').every((e) => e.boxed)).toBe(true);

  const out = await buildMarkedPdf({ bytes, doc, findings, lines: parsed.lines });
  const { pdfjs, params } = await nodePdfLoader.load();
  const marked = await pdfjs.getDocument({ ...params, data: out }).promise as unknown as {
    numPages: number; getPage(n: number): Promise<{ getAnnotations(): Promise<{ subtype: string; rect: number[]; contentsObj: { str: string } }[]>; getTextContent(): Promise<{ items: { str: string; transform: number[] }[] }> }>;
  };
  expect(marked.numPages).toBe((doc.pages?.count ?? 0) + 1);
  const list = await (await marked.getPage(1)).getTextContent();
  const listText = list.items.map((i) => i.str).join(' ');
  expect(listText).toContain(`Gouji findings: ${findings.length}`);
  // the list and the notes' titles name no rule id, finding code or table id (those are in the JSON export)
  for (const f of findings) expect(listText).not.toContain(f.ruleId);
  expect(listText).not.toMatch(/@\d|\b[a-z]+_[a-z_]+\b/);

  for (const e of cells) {
    const page = await marked.getPage(e.box!.page + 1);
    const annots = (await page.getAnnotations()).filter((a) => a.subtype === 'Square' && a.contentsObj.str === e.text);
    expect(annots.length, e.text).toBeGreaterThan(0);
    expect((annots[0] as unknown as { titleObj: { str: string } }).titleObj.str).toMatch(new RegExp(`^#${e.n} (错误|提示|说明)`));
    const [x0, y0, x1, y1] = annots[0]!.rect as [number, number, number, number];
    const text = e.finding.location!.text ?? doc.tables.find((t) => t.id === e.finding.location!.table)!.rows[e.finding.location!.row]!.cells[e.finding.location!.col]!.text;
    const items = (await page.getTextContent()).items.filter((i) => i.str.trim() === text);
    const inside = items.filter((i) => i.transform[4]! >= x0 && i.transform[4]! <= x1 && i.transform[5]! >= y0 && i.transform[5]! <= y1);
    expect(inside.length, `${e.finding.ruleId} ${text} on page ${e.box!.page}`).toBeGreaterThan(0);
    if (e.finding.expected !== '') expect(e.text).toContain(`期望 ${e.finding.expected}`);
  }
}, 60_000);

test('a table pasted next to the PDF\'s tables is never boxed on the PDF (its source lines are another text\'s)', async () => {
  const bytes = new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/pdf/putuo_shehuigongzuobu_2024.pdf')));
  const parsed = await parsePdfDocument(bytes, nodePdfLoader);
  if (!parsed.result.ok) throw new Error(parsed.result.reason.code);
  const doc = parsed.result.value;
  const t05 = doc.tables.find((t) => t.kind === 'T05')!;
  const { pages: _pages, ...pasted } = { ...t05, id: 'T05@pasted' };
  const withPasted = { ...doc, tables: [...doc.tables, pasted] };
  // a reviewer's rule on every table, failing on both copies of T05 (合计 1栏 ≠ 2栏)
  const findings = checkDocument(withPasted, { extraRules: cliRules(['1栏=2栏']).defs }).findings;
  expect(findings.some((f) => f.table === t05.id && f.ruleId === 'cli.1')).toBe(true);
  const entries = markedEntries({ doc: withPasted, findings, lines: parsed.lines });
  const onPasted = entries.filter((e) => e.finding.table === 'T05@pasted' || e.finding.location?.table === 'T05@pasted');
  expect(onPasted.length).toBeGreaterThan(0);
  expect(onPasted.every((e) => e.box === null)).toBe(true);
}, 60_000);

test('a box on a page turned by /Rotate 90 (江苏 budget tables) is drawn where pdf.js puts the glyphs in the page\'s own space', async () => {
  const { readPdf } = await import('../../../src/paste/pdf/read.ts');
  const { toUserSpace } = await import('../../../src/report/pdf-marked.ts');
  const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/budget/jiangsu_shengwei_2019_tables.pdf')));
  const read = await readPdf(nodePdfLoader, bytes);
  if (!read.ok) throw new Error(read.reason.code);
  const page = read.value.pages[1]!; // 财政拨款支出预算表（功能科目）, landscape
  expect([page.width, page.height]).toEqual([1191, 842]);
  const item = page.items.find((i) => i.str === '27,664.22')!;
  const user = toUserSpace({ x: item.x, y: item.y, w: item.w, h: item.size }, 90, 842, 1191);
  // pdf.js: transform [0, 11.04, −11.04, 0, 207.6, 907.65] — the text runs up from v = 907.65, its glyphs left of u = 207.6
  expect(user.x).toBeCloseTo(207.6 - 11.04, 1);
  expect(user.y).toBeCloseTo(907.65, 1);
  expect([user.w, user.h]).toEqual([item.size, item.w]);
  // unrotated pages keep their boxes; 180/270 map the displayed page's corners onto the media box's
  expect(toUserSpace({ x: 1, y: 2, w: 3, h: 4 }, 0, 842, 1191)).toEqual({ x: 1, y: 2, w: 3, h: 4 });
  expect(toUserSpace({ x: 0, y: 0, w: 842, h: 1191 }, 180, 842, 1191)).toEqual({ x: 0, y: 0, w: 842, h: 1191 });
  expect(toUserSpace({ x: 0, y: 0, w: 1191, h: 842 }, 270, 842, 1191)).toEqual({ x: 0, y: 0, w: 842, h: 1191 });
});
