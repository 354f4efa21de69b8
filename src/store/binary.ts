// A value with typed arrays and long strings (a draft with packed tables) as bytes for sealing: JSON for the
// structure, with each typed array and each long string moved into the bytes after it. Long strings are copied as
// UTF-16 code units (lossless, also for lone surrogates), in slices. A value without either stays plain JSON bytes,
// exactly what the lock wrote before v3, so older records and older Gouji versions read it unchanged.
import { NO_SLICES, type Slices } from './slices.ts';

/** "GJB1": the bytes are this container (plain JSON starts with '{', '"' or another JSON character). */
const MAGIC = [0x47, 0x4a, 0x42, 0x31];
/** Strings at least this long go to the binary part. */
const LONG_STRING = 4096;
const UNITS_PER_SLICE_CHECK = 1 << 16;

type ArrayKind = 'u8' | 'u32' | 'i32' | 'f64';
const CTORS = { u8: Uint8Array, u32: Uint32Array, i32: Int32Array, f64: Float64Array } as const;

function kindOf(v: unknown): ArrayKind | null {
  if (v instanceof Uint8Array) return 'u8';
  if (v instanceof Uint32Array) return 'u32';
  if (v instanceof Int32Array) return 'i32';
  if (v instanceof Float64Array) return 'f64';
  return null;
}

/** The value as bytes: plain JSON when it holds no typed array and no long string. */
export async function encodeValue(value: unknown, s: Slices = NO_SLICES): Promise<Uint8Array> {
  const parts: (ArrayBufferView | string)[] = [];
  // the replacer sees a typed array before JSON would turn it into an object of indices
  const json = JSON.stringify(value, function (this: unknown, _k: string, v: unknown) {
    const kind = kindOf(v);
    if (kind !== null) { parts.push(v as ArrayBufferView); return { $bin: [parts.length - 1, kind] }; }
    if (typeof v === 'string' && v.length >= LONG_STRING) { parts.push(v); return { $bin: [parts.length - 1, 'str'] }; }
    return v;
  });
  if (parts.length === 0) return new TextEncoder().encode(json);
  const sizes = parts.map((p) => (typeof p === 'string' ? p.length * 2 : p.byteLength));
  // the part table: offsets count from the first byte after the (aligned) head
  const rel: number[] = [];
  let end = 0;
  for (const n of sizes) { rel.push(end); end = align(end + n); }
  const head = new TextEncoder().encode(`{"p":${JSON.stringify(rel.map((o, i) => [o, sizes[i]]))},"v":${json}}`);
  const base = align(8 + head.length);
  const out = new Uint8Array(base + end);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, head.length, true);
  out.set(head, 8);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const at = base + rel[i]!;
    if (typeof p !== 'string') {
      out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
      continue;
    }
    const units = new Uint16Array(out.buffer, at, p.length);
    for (let k = 0; k < p.length; k++) {
      units[k] = p.charCodeAt(k);
      if ((k & (UNITS_PER_SLICE_CHECK - 1)) === 0 && s.due()) await s.pause();
    }
  }
  return out;
}

/** The value back, or undefined when the bytes are neither JSON nor a whole container. */
export function decodeValue(bytes: Uint8Array): unknown {
  try {
    if (!MAGIC.every((b, i) => bytes[i] === b)) return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    const headLen = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
    const head = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headLen))) as { p?: unknown; v?: unknown };
    const table = head.p;
    if (!Array.isArray(table)) return undefined;
    const base = align(8 + headLen);
    const part = (index: unknown, kind: unknown): unknown => {
      const entry = typeof index === 'number' ? (table[index] as unknown) : undefined;
      if (!Array.isArray(entry) || typeof entry[0] !== 'number' || typeof entry[1] !== 'number') throw new RangeError('no such part');
      const start = base + entry[0];
      const n = entry[1];
      if (!Number.isInteger(start) || !Number.isInteger(n) || n < 0 || start + n > bytes.length) throw new RangeError('part out of range');
      const slice = bytes.slice(start, start + n);
      if (kind === 'str') return unitsToString(new Uint16Array(slice.buffer));
      const C = CTORS[kind as keyof typeof CTORS];
      if (C === undefined || n % C.BYTES_PER_ELEMENT !== 0) throw new RangeError('part of an unknown kind');
      return new C(slice.buffer);
    };
    const revive = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(revive);
      if (typeof v !== 'object' || v === null) return v;
      const bin = (v as { $bin?: unknown }).$bin;
      if (Object.keys(v).length === 1 && Array.isArray(bin) && bin.length === 2) return part(bin[0], bin[1]);
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = revive(x);
      return out;
    };
    return revive(head.v);
  } catch {
    return undefined;
  }
}

const align = (n: number): number => (n + 7) & ~7;

/** UTF-16 code units as a string, exactly (a UTF-16 decoder would replace a lone surrogate). */
function unitsToString(units: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return parts.join('');
}
