import { describe, expect, it, test } from 'vitest';
import { decodeText } from '../../../../src/paste/decode.ts';

// "收入决算表" in GBK, byte by byte (GB2312 code points: 收 CAD5, 入 C8EB, 决 BEF6, 算 CBE3, 表 B1ED)
const GBK_收入决算表 = [0xca, 0xd5, 0xc8, 0xeb, 0xbe, 0xf6, 0xcb, 0xe3, 0xb1, 0xed];
const utf8 = (s: string) => new TextEncoder().encode(s);

function decoded(bytes: number[] | Uint8Array) {
  const r = decodeText(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes));
  return r.ok ? { text: r.value.text, encoding: r.value.encoding } : { code: r.reason.code, params: r.reason.params };
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', [...utf8('合计\t1.00')], { text: '合计\t1.00', encoding: 'utf-8' }],
    ['UTF-8 with BOM (BOM dropped)', [0xef, 0xbb, 0xbf, ...utf8('合计')], { text: '合计', encoding: 'utf-8' }],
    ['UTF-16 LE with BOM', [0xff, 0xfe, 0x08, 0x54, 0xa1, 0x8b], { text: '合计', encoding: 'utf-16le' }],
    ['UTF-16 BE with BOM', [0xfe, 0xff, 0x54, 0x08, 0x8b, 0xa1], { text: '合计', encoding: 'utf-16be' }],
    ['GBK when the bytes are not UTF-8', [...GBK_收入决算表, 0x09, 0x31, 0x2e, 0x30, 0x30], { text: '收入决算表\t1.00', encoding: 'gb18030' }],
  ])('%s', (_, bytes, expected) => {
    expect(decoded(bytes)).toEqual(expected);
  });

  it.each([
    ['a NUL byte', [...utf8('合计'), 0x00, 0x41], 'binary_input', { format: 'unknown' }],
    ['a zip (docx/xlsx) header', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'binary_input', { format: 'zip' }],
    ['a PDF header', [...utf8('%PDF-1.7\n')], 'binary_input', { format: 'pdf' }],
    ['control bytes', Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? 0x02 : 0x41)), 'binary_input', { format: 'unknown' }],
    ['no bytes', [], 'empty_input', undefined],
  ])('%s is refused', (_, bytes, code, params) => {
    expect(decoded(bytes)).toEqual({ code, params });
  });

  test('input over the size limit is too_large, before any decoding', () => {
    const r = decodeText(new Uint8Array(11), { maxBytes: 10 });
    expect(r.ok ? null : [r.reason.code, r.reason.params]).toEqual(['too_large', { bytes: 11, maxBytes: 10 }]);
  });

  test('GBK decoding says which encoding it used', () => {
    const r = decodeText(Uint8Array.from(GBK_收入决算表));
    expect(r.ok && r.problems).toEqual([{ code: 'encoding_detected', severity: 'info', params: { encoding: 'gb18030' } }]);
  });
});
