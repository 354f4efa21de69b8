// Bytes → text for files and binary clipboard data: BOM sniffing (UTF-8, UTF-16 LE/BE), strict UTF-8, then
// GB18030 (a superset of GBK/GB2312) when UTF-8 is invalid. Refuses binary data (zip, PDF, NULs, control bytes)
// and oversized input with a problem code instead of producing mojibake.
import type { ParseProblem, ParseResult } from '../engine/document.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

export interface DecodeOptions {
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024; // 64 MiB: a 50 MB paste must still be read
const SNIFF_BYTES = 8192;
const CONTROL_RATIO_LIMIT = 0.02; // share of C0 control bytes (besides \t \n \r \f) that marks binary data

const MAGIC: ReadonlyArray<{ readonly name: string; readonly bytes: readonly number[] }> = [
  { name: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0] }, // legacy .xls/.doc
  { name: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
];

function problem(code: string, params?: Record<string, string | number>): ParseProblem {
  return params ? { code, severity: 'error', params } : { code, severity: 'error' };
}

/** The binary format a byte sequence starts with ('zip', 'pdf', …), or null. */
export function sniffMagic(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (bytes.length >= m.bytes.length && m.bytes.every((b, i) => bytes[i] === b)) return m.name;
  }
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  return n > 0 && control / n > CONTROL_RATIO_LIMIT;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array, opts: DecodeOptions = {}): ParseResult<DecodedText> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return { ok: false, reason: problem('too_large', { bytes: bytes.length, maxBytes }) };
  if (bytes.length === 0) return { ok: false, reason: problem('empty_input') };

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodedOrUnsupported('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodedOrUnsupported('utf-16be', bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bom) {
    const magic = sniffMagic(bytes);
    if (magic) return { ok: false, reason: problem('binary_input', { format: magic }) };
    if (looksBinary(bytes)) return { ok: false, reason: problem('binary_input', { format: 'unknown' }) };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { ok: true, value: { text: utf8, encoding: 'utf-8' }, problems: [] };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) {
    const note: ParseProblem = { code: 'encoding_detected', severity: 'info', params: { encoding: 'gb18030' } };
    return { ok: true, value: { text: gb, encoding: 'gb18030' }, problems: [note] };
  }
  return { ok: false, reason: problem('encoding_unsupported', { tried: 'utf-8, utf-16, gb18030' }) };
}

function decodedOrUnsupported(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): ParseResult<DecodedText> {
  const text = tryDecode(encoding, bytes);
  if (text === null) return { ok: false, reason: problem('encoding_unsupported', { tried: encoding }) };
  return { ok: true, value: { text, encoding }, problems: [] };
}
