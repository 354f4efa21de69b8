// Bad PDFs (and Office files) each end in one clear problem, never in empty tables or a hang: encrypted,
// truncated, too many pages, too large, scanned (no text layer), pages of images, garbled text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { nodePdfLoader } from '../../../../src/cli/pdf-node.ts';
import { parseInput } from '../../../../src/paste/index.ts';
import { parsePdf } from '../../../../src/paste/pdf/index.ts';
import { pageRanges } from '../../../../src/paste/pdf/read.ts';
import { describeProblem } from '../../../../src/ui/messages/index.ts';
import { makeEncryptedPdf, makePdf } from './make-pdf.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const COVER = () => new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/pdf/putuo_shehuigongzuobu_2024.pdf')));
const TEXT = ['Summary 2024', 'Total 1,234.50 and 2,000.00', 'Line 3 of the page with 12.00', 'Another line 45.60'];

async function reason(bytes: Uint8Array) {
  const r = await parsePdf(bytes, nodePdfLoader);
  if (r.ok) throw new Error('expected a refusal');
  return r.reason;
}

describe('refused PDFs, each with a Chinese message', () => {
  test('a password-protected PDF', async () => {
    const r = await reason(makeEncryptedPdf());
    expect(r.code).toBe('pdf_encrypted');
    expect(describeProblem(r, 'zh')).toContain('已加密');
  });

  test('a truncated PDF', async () => {
    const full = readFileSync(join(ROOT, 'test/fixtures/pdf/putuo_shehuigongzuobu_2024.pdf'));
    for (const frac of [0.3, 0.9]) {
      const r = await reason(new Uint8Array(full.subarray(0, Math.floor(full.length * frac))));
      expect(r.code).toBe('pdf_unreadable');
      expect(describeProblem(r, 'zh')).toContain('已损坏或不完整');
    }
  }, 30_000);

  test('a PDF of 2,000 pages is refused from its page count, without reading the pages', async () => {
    const bytes = await makePdf(Array.from({ length: 2000 }, () => ({})));
    const t0 = performance.now();
    const r = await reason(bytes);
    expect(r).toMatchObject({ code: 'pdf_too_many_pages', params: { pages: 2000, maxPages: 1000 } });
    expect(describeProblem(r, 'zh')).toContain('共 2000 页');
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);

  test('a PDF larger than the limit is refused before pdf.js sees it', async () => {
    const bytes = await makePdf([{ lines: TEXT }]);
    const r = await parseInput({ bytes, fileName: 'big.pdf' }, { pdf: nodePdfLoader, maxBytes: bytes.length - 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.code).toBe('too_large');
  });

  test('a scanned PDF (images, no text layer) says which pages, never empty tables', async () => {
    const r = await reason(await makePdf([{ image: true }, { image: true }, { image: true }]));
    expect(r).toMatchObject({ code: 'pdf_no_text', params: { pages: '1–3' } });
    expect(describeProblem(r, 'zh')).toContain('第 1–3 页为图片');
  });

  test('a PDF whose text has no Unicode mapping (garbled) is refused', async () => {
    const soup = ['ÆØÅ¤¥§©®±µ¶·¸¹º»¼½¾¿ÀÁÂÃÄ', '¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼', 'ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèé'];
    const r = await reason(await makePdf([{ lines: soup }, { lines: soup }]));
    expect(r).toMatchObject({ code: 'pdf_garbled', params: { pages: '1–2' } });
    expect(describeProblem(r, 'zh')).toContain('乱码');
  });
});

test('text without a single Chinese character (glyphs mapped to Latin letters) is refused, not read as empty tables', async () => {
  const latin = Array.from({ length: 12 }, (_, i) => `Qfmx ${i} zkvo Rtwa plso ${i * 7}.00 vnnq`);
  const r = await reason(await makePdf([{ lines: latin }]));
  expect(r.code).toBe('pdf_no_chinese');
  expect(describeProblem(r, 'zh')).toContain('读不出任何汉字');
});

describe('PDFs read in part', () => {
  test('pages of images inside a text PDF are listed per page ("第 2–3 页为图片")', async () => {
    const r = await parsePdf(await makePdf([{ image: true }, { image: true }, { lines: TEXT }], COVER()), nodePdfLoader);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.value.problems.find((x) => x.code === 'pdf_image_pages')!;
    expect(p.params).toMatchObject({ pages: '2–3', count: 2 });
    expect(describeProblem(p, 'zh')).toContain('第 2–3 页为图片，无法读取文字');
  });

  test('a page number at the foot of a page never glues onto an amount', async () => {
    const pages = [1, 2, 3].map((n) => ({ lines: [...TEXT, ...Array.from({ length: 36 }, () => ''), `- ${n} -`] }));
    const r = await parsePdf(await makePdf(pages, COVER()), nodePdfLoader);
    if (!r.ok) throw new Error(r.reason.code);
    expect(r.value.narrative.text).not.toMatch(/- [123] -/);
    expect(r.value.narrative.text).toContain('Another line 45.60');
    expect(r.value.pages?.count).toBe(4);
  });

  test('page ranges are written compactly', () => {
    expect(pageRanges([1, 2, 3, 5, 7, 8])).toBe('1–3、5、7–8');
  });
});

describe('Office files', () => {
  test('legacy .doc/.xls/.et/.wps ask to save as .docx/.xlsx', async () => {
    for (const name of ['a.doc', 'a.xls', 'a.et', 'a.wps']) {
      const r = await parseInput({ bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), fileName: name });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(describeProblem(r.reason, 'zh')).toContain('另存为 .docx 或 .xlsx');
    }
  });
});

describe('Word .docx', () => {
  const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
  const row = (cells: readonly string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
  async function docx(paras: readonly string[], rows: readonly (readonly string[])[]): Promise<Uint8Array> {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    const body = paras.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('') + `<w:tbl>${rows.map(row).join('')}</w:tbl>`;
    zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
    return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
  }

  test('a .docx table goes through the HTML path and is checked like a pasted one', async () => {
    const bytes = await docx(['一般公共预算财政拨款支出决算表', '单位：万元'], [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['栏次', '', '1', '2', '3'],
      ['', '合计', '10.00', '4.00', '6.00'],
      ['201', '一般公共服务支出', '10.00', '4.00', '5.00'],
    ]);
    const r = await parseInput({ bytes, fileName: 'report.docx' });
    if (!r.ok) throw new Error(r.reason.code);
    expect(r.value.tables).toHaveLength(1);
    expect(r.value.tables[0]!.rows.some((x) => x.cells.some((c) => c.text === '5.00'))).toBe(true);
  });

  test('a damaged .docx is refused with a Chinese message', async () => {
    const r = await parseInput({ bytes: Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0]), fileName: 'x.docx' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(describeProblem(r.reason, 'zh')).toContain('Word');
  });
});
