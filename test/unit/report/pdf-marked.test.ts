// The marked-up PDF: read back with pdf.js, every boxed table finding's annotation rectangle holds the
// printed text of its cell on the right page; the note carries formula, expected, actual and difference;
// the list of findings comes first; the original pages are all still there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import { nodePdfLoader } from '../../../src/cli/pdf-node.ts';
import { parsePdfDocument } from '../../../src/paste/pdf/index.ts';
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
  expect(list.items.map((i) => i.str).join(' ')).toContain(`Gouji findings: ${findings.length}`);

  for (const e of cells) {
    const page = await marked.getPage(e.box!.page + 1);
    const annots = (await page.getAnnotations()).filter((a) => a.subtype === 'Square' && a.contentsObj.str === e.text);
    expect(annots.length, e.text).toBeGreaterThan(0);
    const [x0, y0, x1, y1] = annots[0]!.rect as [number, number, number, number];
    const text = e.finding.location!.text ?? doc.tables.find((t) => t.id === e.finding.location!.table)!.rows[e.finding.location!.row]!.cells[e.finding.location!.col]!.text;
    const items = (await page.getTextContent()).items.filter((i) => i.str.trim() === text);
    const inside = items.filter((i) => i.transform[4]! >= x0 && i.transform[4]! <= x1 && i.transform[5]! >= y0 && i.transform[5]! <= y1);
    expect(inside.length, `${e.finding.ruleId} ${text} on page ${e.box!.page}`).toBeGreaterThan(0);
    if (e.finding.expected !== '') expect(e.text).toContain(`期望 ${e.finding.expected}`);
  }
}, 60_000);
