// Hostile workbooks written byte by byte (node:zlib deflates, the zip container is assembled here), so a test can
// build a 1,048,576-row sheet or a shared-strings bomb without first loading them into exceljs.
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  readonly name: string;
  /** deflated payload and the true sizes */
  readonly data: Buffer;
  readonly size: number;
  readonly crc: number;
  /** the size written into the zip headers (a lying bomb declares less than it holds) */
  readonly declaredSize?: number;
}

export function part(name: string, text: string | Buffer): ZipPart {
  const raw = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
}

/** Deflates `chunk` repeated `times` times as one entry (streamed: the whole text never exists in memory). */
export async function repeatedPart(name: string, head: string, chunk: string, times: number, tail: string): Promise<ZipPart> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => { z.on('end', resolve); z.on('error', reject); });
  const body = Buffer.from(chunk.repeat(Math.max(1, Math.floor(65536 / chunk.length))), 'utf8');
  const per = Math.max(1, Math.floor(65536 / chunk.length));
  let crc = crc32(Buffer.from(head));
  let size = Buffer.byteLength(head);
  z.write(head);
  for (let left = times; left > 0; left -= per) {
    const b = left >= per ? body : Buffer.from(chunk.repeat(left), 'utf8');
    crc = crc32(b, crc);
    size += b.length;
    if (!z.write(b)) await new Promise((r) => z.once('drain', r));
  }
  crc = crc32(Buffer.from(tail), crc);
  size += Buffer.byteLength(tail);
  z.end(tail);
  await done;
  return { name, data: Buffer.concat(out), size, crc };
}

function u16(n: number): Buffer { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; }
function u32(n: number): Buffer { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; }

export function zip(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const size = p.declaredSize ?? p.size;
    const common = [u16(20), u16(0), u16(8), u16(0), u16(0), u32(p.crc), u32(p.data.length), u32(size), u16(name.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, name, p.data]);
    central.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(parts.length), u16(parts.length), u32(cd.length), u32(offset), u16(0)]);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook needs around its one sheet (and, when given, its shared strings). */
export function workbookParts(sheet: ZipPart, strings?: ZipPart): ZipPart[] {
  return [
    part('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`),
    part('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    part('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${strings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`),
    sheet,
    ...(strings ? [strings] : []),
  ];
}

export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';

/** A sheet of `rows` rows (one number cell each), optionally with a <dimension> that says otherwise. */
export async function rowsSheet(rows: number, dimension?: string): Promise<ZipPart> {
  const head = SHEET_HEAD.replace('<sheetData>', `${dimension ? `<dimension ref="${dimension}"/>` : ''}<sheetData>`);
  return repeatedPart('xl/worksheets/sheet1.xml', head, '<row><c t="n"><v>1</v></c></row>', rows, SHEET_TAIL);
}

/** sharedStrings.xml holding `count` one-letter strings. */
export async function stringsPart(count: number): Promise<ZipPart> {
  return repeatedPart('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${count}" uniqueCount="${count}">`,
    '<si><t>a</t></si>', count, '</sst>');
}
