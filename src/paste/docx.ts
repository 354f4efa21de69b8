// Word .docx → HTML through mammoth (imported on demand, like exceljs), so tables and text of a Word
// report go through the same HTML path as a pasted web page. Anything mammoth cannot open is refused
// with a stable code; its conversion messages are not shown (they concern styles, not numbers).
import type { ParseResult } from '../engine/document.ts';

interface Mammoth {
  convertToHtml(input: { arrayBuffer?: ArrayBuffer; buffer?: Uint8Array }): Promise<{ value: string }>;
}

export async function readDocx(bytes: Uint8Array): Promise<ParseResult<string>> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, reason: { code: 'docx_unreadable', severity: 'error' } };
  try {
    const mod = (await import('mammoth')) as unknown as Mammoth & { default?: Mammoth };
    const mammoth = mod.default ?? mod;
    const copy = bytes.slice();
    // Node's build reads `buffer`, the browser build `arrayBuffer`
    const out = await mammoth.convertToHtml({ arrayBuffer: copy.buffer, buffer: copy });
    return { ok: true, value: out.value, problems: [] };
  } catch {
    return { ok: false, reason: { code: 'docx_unreadable', severity: 'error' } };
  }
}
