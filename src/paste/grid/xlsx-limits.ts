// Workbook limits, checked before exceljs unpacks anything: the zip directory's entry count and declared sizes
// first, then each worksheet and the shared strings are inflated as a stream (nothing kept) and counted — rows,
// cells, strings and bytes — stopping at the first limit passed. Declared sizes are not trusted: an entry that
// inflates to more than it declared is refused too. A 1,048,576-row sheet or a 410 KB shared-strings bomb ends
// here with `too_large` naming the limit, instead of 1–2 GB of cell objects.
import type { ParseProblem } from '../../engine/document.ts';
import { entryData, readZipDirectory, type ZipEntry } from './zip-directory.ts';
import { TagCounter } from './xml-tags.ts';

export const XLSX_LIMITS = {
  /** files inside the workbook zip */
  entries: 10_000,
  /** all entries together, unpacked */
  uncompressedBytes: 128 * 1024 * 1024,
  /** rows of one worksheet */
  rows: 100_000,
  /** cells of one worksheet: its <dimension> (rows × columns) and the cells actually stored */
  cells: 2_000_000,
  /** shared strings (<si> items) and their unpacked size */
  sharedStrings: 500_000,
  sharedStringsBytes: 32 * 1024 * 1024,
} as const;

type Limits = typeof XLSX_LIMITS;

function tooLarge(limit: string, value: number, max: number, sheet?: string): ParseProblem {
  return { code: 'too_large', severity: 'error', params: { limit, value, max, ...(sheet ? { sheet } : {}) } };
}

const unreadable = (detail: string): ParseProblem => ({ code: 'xlsx_unreadable', severity: 'error', params: { detail } });

/** null when the workbook is within every limit; else the problem (too_large naming the limit, or xlsx_unreadable). */
export async function checkXlsxLimits(bytes: Uint8Array, limits: Limits = XLSX_LIMITS): Promise<ParseProblem | null> {
  const dir = readZipDirectory(bytes, limits.entries);
  if (!dir) return unreadable('zip directory');
  if (dir.declared > limits.entries) return tooLarge('xlsx_entries', dir.declared, limits.entries);
  let total = 0;
  for (const e of dir.entries) total += e.uncompressedSize;
  if (total > limits.uncompressedBytes) return tooLarge('xlsx_uncompressed', total, limits.uncompressedBytes);
  let inflated = 0;
  for (const e of dir.entries) {
    const kind = entryKind(e.name);
    if (!kind) continue;
    const r = await scanEntry(bytes, e, kind, limits, limits.uncompressedBytes - inflated);
    if (typeof r !== 'number') return r;
    inflated += r;
  }
  return null;
}

function entryKind(name: string): 'sheet' | 'strings' | null {
  if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return 'sheet';
  if (/^xl\/sharedStrings\.xml$/i.test(name)) return 'strings';
  return null;
}

function sheetName(entry: ZipEntry): string {
  return entry.name.replace(/^.*\//, '').replace(/\.xml$/i, '');
}

/** Inflates one entry as a stream, counting; the number of bytes it unpacked to, or the limit it passed. */
async function scanEntry(bytes: Uint8Array, e: ZipEntry, kind: 'sheet' | 'strings', limits: Limits, budget: number): Promise<number | ParseProblem> {
  const data = entryData(bytes, e);
  if (!data) return unreadable(`entry ${e.name}`);
  const tags = new TagCounter(kind === 'sheet' ? ['row', 'c', 'dimension'] : ['si']);
  const sheet = sheetName(e);
  let size = 0;
  const check = (chunk: Uint8Array): ParseProblem | null => {
    size += chunk.length;
    if (size > budget) return tooLarge('xlsx_uncompressed', size, limits.uncompressedBytes);
    tags.feed(chunk);
    if (kind === 'strings') {
      if (size > limits.sharedStringsBytes) return tooLarge('xlsx_shared_strings_size', Math.max(size, e.uncompressedSize), limits.sharedStringsBytes);
      if (tags.count('si') > limits.sharedStrings) return tooLarge('xlsx_shared_strings', tags.count('si'), limits.sharedStrings);
      return null;
    }
    const declared = tags.dimensionCells();
    if (declared > limits.cells) return tooLarge('xlsx_cells', declared, limits.cells, sheet);
    if (tags.count('row') > limits.rows) return tooLarge('xlsx_rows', tags.count('row'), limits.rows, sheet);
    if (tags.count('c') > limits.cells) return tooLarge('xlsx_cells', tags.count('c'), limits.cells, sheet);
    return null;
  };
  const checkDeclared = (chunk: Uint8Array): ParseProblem | null => {
    const problem = check(chunk);
    if (problem) return problem;
    // a directory that understates a size is a forged file: it is refused, not trusted
    return size > e.uncompressedSize ? tooLarge('xlsx_declared', e.uncompressedSize, size, e.name) : null;
  };
  if (kind === 'strings' && e.uncompressedSize > limits.sharedStringsBytes) return tooLarge('xlsx_shared_strings_size', e.uncompressedSize, limits.sharedStringsBytes);
  if (e.method === 0) return checkDeclared(data) ?? size;
  if (e.method !== 8) return unreadable(`method ${e.method}`);
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      const problem = checkDeclared(value);
      if (problem) { void reader.cancel().catch(() => undefined); return problem; }
    }
  } catch {
    return unreadable(`entry ${e.name} does not inflate`);
  }
}
