// The marked-up PDF's list written as text in the bundled CJK font (src/assets/noto-sans-sc): read back with pdf.js,
// the list pages hold the findings in Chinese — as the audit report words them — before the original pages, and
// only the slices (and glyphs) used are embedded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import { nodePdfLoader } from '../../../src/cli/pdf-node.ts';
import { parsePdfDocument } from '../../../src/paste/pdf/index.ts';
import { woffToSfnt, type CjkFontSource, type FontSlice } from '../../../src/report/pdf-cjk.ts';
import { buildMarkedPdf, markedEntries } from '../../../src/report/pdf-marked.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FONT = join(ROOT, 'src/assets/noto-sans-sc');
const loaded: string[] = [];
const source: CjkFontSource = {
  slices: JSON.parse(readFileSync(join(FONT, 'slices.json'), 'utf8')) as FontSlice[],
  load: async (file) => { loaded.push(file); return new Uint8Array(readFileSync(join(FONT, file))); },
  fontkit,
};

test('a WOFF slice inflates into the TrueType font it wraps', async () => {
  const woff = new Uint8Array(readFileSync(join(FONT, source.slices[50]!.file)));
  const sfnt = await woffToSfnt(woff);
  const dv = new DataView(sfnt.buffer);
  expect(dv.getUint32(0)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(4));
  expect(dv.getUint16(4)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12));
  const font = fontkit.create(sfnt as unknown as Buffer) as unknown as { characterSet: number[] };
  expect(font.characterSet.length).toBeGreaterThan(50);
  await expect(woffToSfnt(new Uint8Array(16))).rejects.toThrow();
});

test('the list pages hold every finding in Chinese, with the slices it needs only', async () => {
  const bytes = new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/pdf/putuo_shehuigongzuobu_2024.pdf')));
  const parsed = await parsePdfDocument(bytes, nodePdfLoader);
  if (!parsed.result.ok) throw new Error(parsed.result.reason.code);
  const doc = parsed.result.value;
  const findings = checkDocument(doc).findings;
  const entries = markedEntries({ doc, findings, lines: parsed.lines });
  loaded.length = 0;
  const out = await buildMarkedPdf({ bytes, doc, findings, lines: parsed.lines, listFont: source });
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.length).toBeLessThan(source.slices.length);
  expect(out.length - bytes.length).toBeLessThan(400_000);

  const { pdfjs, params } = await nodePdfLoader.load();
  const marked = await pdfjs.getDocument({ ...params, data: out }).promise as unknown as {
    numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: { str: string }[] }> }>;
  };
  const inserted = marked.numPages - (doc.pages?.count ?? 0);
  expect(inserted).toBeGreaterThan(0);
  let text = '';
  for (let p = 1; p <= inserted; p++) text += (await (await marked.getPage(p)).getTextContent()).items.map((i) => i.str).join('');
  const flat = text.replace(/\s+/g, '');
  expect(flat).toContain(`勾稽核对结果（${findings.length}）`);
  for (const e of entries) {
    expect(flat, `#${e.n}`).toContain(`${e.n}.`);
    // the note's first sentence, as written on the box (wrapping only breaks lines)
    expect(flat, `#${e.n}`).toContain(e.text.split('\n')[0]!.replace(/\s+/g, '').slice(0, 40));
  }
  expect(flat).toContain('Σ款（27项）');
  expect(flat).not.toContain('?');
  for (const f of findings) expect(flat).not.toContain(f.ruleId);
}, 120_000);
