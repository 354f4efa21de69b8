// Test helper: hostile PDFs generated on the fly (pdf-lib, or written by hand where pdf-lib cannot:
// a password-protected file with the standard RC4 security handler), so no big files are committed.
import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A page of text lines (WinAnsi: digits and Latin only), or an image-only page when `image` is set. */
export interface PageSpec {
  readonly lines?: readonly string[];
  readonly image?: boolean;
}

// a 2×2 grey PNG
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGBgYAAAAAUAAT5NwGwAAAAASUVORK5CYII=', 'base64'));

/**
 * Pages built from specs; `cover` (a PDF's bytes) puts that PDF's first page in front, so the document
 * holds Chinese text (the standard fonts write Latin only, and a PDF without Han characters is refused).
 */
export async function makePdf(pages: readonly PageSpec[], cover?: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (cover) {
    const [first] = await doc.copyPages(await PDFDocument.load(cover), [0]);
    doc.addPage(first);
  }
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const png = await doc.embedPng(PNG);
  for (const spec of pages) {
    const page = doc.addPage([595, 842]);
    if (spec.image) page.drawImage(png, { x: 50, y: 100, width: 495, height: 640 });
    (spec.lines ?? []).forEach((line, i) => page.drawText(line, { x: 60, y: 760 - 18 * i, size: 11, font }));
  }
  return doc.save();
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

/** A one-page PDF that needs the user password `pw` to open (security handler R2, 40-bit RC4). */
export function makeEncryptedPdf(pw = 'secret'): Uint8Array {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const o = rc4(md5(padded(pw)).subarray(0, 5), padded(pw));
  const p = -44;
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p);
  const key = md5(padded(pw), o, pBytes, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${p} >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o2, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o2}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
