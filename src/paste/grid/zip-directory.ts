// The central directory of a zip file (an .xlsx is one): every entry's name, method, sizes and where its data
// starts, read without inflating anything, so the workbook limits can be checked before exceljs unpacks it.
// ZIP64 sizes and offsets are read from the extra field; a directory that does not add up is `null`.

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate */
  readonly method: number;
  readonly compressedSize: number;
  /** as declared by the directory: a hostile file may lie, so inflating is still bounded (xlsx-limits.ts) */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const MAX_COMMENT = 0xffff;

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** A little-endian 64-bit size; beyond 2^53 it is reported as Infinity (over every limit anyway). */
function u64(b: Uint8Array, at: number): number {
  const hi = u32(b, at + 4);
  return hi >= 0x200000 ? Infinity : hi * 0x100000000 + u32(b, at);
}

function findEocd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - MAX_COMMENT);
  for (let i = b.length - 22; i >= stop; i--) if (u32(b, i) === EOCD_SIG) return i;
  return -1;
}

/** Entry count, directory offset and size, from the (ZIP64) end-of-central-directory record. */
function directoryBounds(b: Uint8Array): { count: number; offset: number; size: number } | null {
  const eocd = findEocd(b);
  if (eocd < 0) return null;
  let count = u16(b, eocd + 10);
  let size = u32(b, eocd + 12);
  let offset = u32(b, eocd + 16);
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && eocd >= 20 && u32(b, eocd - 20) === ZIP64_LOCATOR_SIG) {
    const at = u64(b, eocd - 20 + 8);
    if (!(at + 56 <= b.length) || u32(b, at) !== ZIP64_EOCD_SIG) return null;
    count = u64(b, at + 32);
    size = u64(b, at + 40);
    offset = u64(b, at + 48);
  }
  if (!(offset + size <= b.length)) return null;
  return { count, offset, size };
}

/** ZIP64 extra field (id 1): the 64-bit values of whichever 32-bit fields were saturated, in this order. */
function zip64Sizes(b: Uint8Array, from: number, to: number, e: { u: number; c: number; o: number }): void {
  for (let p = from; p + 4 <= to;) {
    const id = u16(b, p);
    const len = u16(b, p + 2);
    if (id === 1) {
      let q = p + 4;
      if (e.u === 0xffffffff && q + 8 <= p + 4 + len) { e.u = u64(b, q); q += 8; }
      if (e.c === 0xffffffff && q + 8 <= p + 4 + len) { e.c = u64(b, q); q += 8; }
      if (e.o === 0xffffffff && q + 8 <= p + 4 + len) { e.o = u64(b, q); }
      return;
    }
    p += 4 + len;
  }
}

/**
 * The zip's central directory (at most maxEntries + 1 entries are read, so a directory of a million entries costs
 * nothing) and the entry count it declares; null when the bytes are not a readable zip.
 */
export function readZipDirectory(b: Uint8Array, maxEntries: number): { entries: ZipEntry[]; declared: number } | null {
  const bounds = directoryBounds(b);
  if (!bounds) return null;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = bounds.offset;
  const end = bounds.offset + bounds.size;
  while (p + 46 <= end && entries.length < Math.min(bounds.count, maxEntries + 1)) {
    if (u32(b, p) !== CENTRAL_SIG) return null;
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    const sizes = { u: u32(b, p + 24), c: u32(b, p + 20), o: u32(b, p + 42) };
    zip64Sizes(b, p + 46 + nameLen, p + 46 + nameLen + extraLen, sizes);
    entries.push({
      name: decoder.decode(b.subarray(p + 46, p + 46 + nameLen)), method: u16(b, p + 10),
      compressedSize: sizes.c, uncompressedSize: sizes.u, localHeaderOffset: sizes.o,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, declared: bounds.count };
}

/** The entry's stored bytes (still compressed), or null when its local header does not match the directory. */
export function entryData(b: Uint8Array, e: ZipEntry): Uint8Array | null {
  const at = e.localHeaderOffset;
  if (!(at + 30 <= b.length) || u32(b, at) !== LOCAL_SIG) return null;
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  if (!(start + e.compressedSize <= b.length)) return null;
  return b.subarray(start, start + e.compressedSize);
}
