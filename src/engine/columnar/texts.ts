// A column's printed texts. Label and code columns keep their strings (the rows hold the same strings anyway);
// amount columns keep their texts packed: the characters of every row back to back in one typed array (one byte a
// character while they are all Latin-1, two once one is not) with each row's end offset, so a million amounts are
// three arrays instead of a million strings. A text is made again when it is read.

/** The texts of a column, row by row ('' for a row never set). */
export interface Texts {
  readonly length: number;
  get(r: number): string;
}

/** One string per row; rows written in order are appended (a packed array, not one made of holes first). */
export class StringTexts implements Texts {
  private constructor(private readonly texts: string[], readonly length: number) {}

  static empty(length: number): StringTexts {
    // small columns get their exact array at once; a big one is appended to (an array made of holes that big
    // starts as a dictionary)
    return new StringTexts(length <= 4096 ? new Array<string>(length).fill('') : [], length);
  }

  get(r: number): string {
    return this.texts[r] ?? '';
  }

  set(r: number, text: string): void {
    if (r < 0 || r >= this.length) throw new RangeError('texts: row out of range');
    const texts = this.texts;
    while (texts.length < r) texts.push('');
    texts[r] = text;
  }

  /** The first n rows. */
  trim(n: number): StringTexts {
    if (n === this.length) return this;
    if (this.texts.length > n) this.texts.length = n;
    return new StringTexts(this.texts, n);
  }
}

/** Every row's characters back to back; row r is units[ends[r−1], ends[r]). */
export class PackedTexts implements Texts {
  private units: Uint8Array | Uint16Array;
  private ends: Uint32Array;
  /** rows [0, written) have their end offset; later rows are '' */
  private written = 0;
  private used = 0;
  /** texts set out of row order (rare: the parsers write rows in order) */
  private late: Map<number, string> | null = null;

  constructor(readonly length: number, units?: Uint8Array | Uint16Array, ends?: Uint32Array) {
    this.units = units ?? new Uint8Array(Math.max(16, length * 8));
    this.ends = ends ?? new Uint32Array(length);
    if (units !== undefined && ends !== undefined) {
      if (ends.length !== length) throw new RangeError('packed texts: one end offset per row');
      this.written = length;
      this.used = length > 0 ? ends[length - 1]! : 0;
      if (this.used > units.length) throw new RangeError('packed texts: an end offset past the characters');
    }
  }

  get(r: number): string {
    if (this.late !== null) {
      const t = this.late.get(r);
      if (t !== undefined) return t;
    }
    if (r >= this.written || r < 0) return '';
    const a = r === 0 ? 0 : this.ends[r - 1]!;
    const b = this.ends[r]!;
    return a === b ? '' : decode(this.units, a, b);
  }

  set(r: number, text: string): void {
    this.setSpan(r, text, 0, text.length);
  }

  /** Row r's text is src[a, b) (the string is not made when rows come in order). */
  setSpan(r: number, src: string, a: number, b: number): void {
    if (r < this.written || r >= this.length) {
      if (r < 0 || r >= this.length) throw new RangeError('packed texts: row out of range');
      (this.late ??= new Map()).set(r, src.slice(a, b));
      return;
    }
    const ends = this.ends;
    for (let k = this.written; k < r; k++) ends[k] = this.used;
    if (this.used + b - a > this.units.length) this.grow(this.used + b - a);
    let units = this.units;
    let p = this.used;
    for (let i = a; i < b; i++) {
      const c = src.charCodeAt(i);
      if (c > 0xff && units instanceof Uint8Array) units = this.widen(p);
      units[p++] = c;
    }
    this.used = p;
    ends[r] = p;
    this.written = r + 1;
  }

  /** The first n rows, the arrays cut to what they hold (this column when nothing needs cutting). */
  trim(n: number): PackedTexts {
    const written = Math.min(this.written, n);
    const used = written > 0 ? this.ends[written - 1]! : 0;
    if (n === this.length && used * 8 >= this.units.length * 7) return this;
    const ends = this.ends.slice(0, n);
    ends.fill(used, written);
    const out = new PackedTexts(n, this.units.slice(0, used), ends);
    if (this.late !== null) for (const [r, t] of this.late) if (r < n) (out.late ??= new Map()).set(r, t);
    return out;
  }

  /** The characters as UTF-16 code units with n + 1 offsets (row r is [offsets[r], offsets[r+1])). */
  encode(): { units: Uint16Array; offsets: Uint32Array } {
    if (this.late === null && this.written === this.length) {
      const offsets = new Uint32Array(this.length + 1);
      offsets.set(this.ends, 1);
      return { units: Uint16Array.from(this.units.subarray(0, this.used)), offsets };
    }
    return encodeTexts(this);
  }

  /** Texts sent as UTF-16 code units with n + 1 offsets. */
  static decode(units: Uint16Array, offsets: Uint32Array): PackedTexts {
    if (offsets.length === 0 || offsets[0] !== 0) throw new RangeError('packed texts: offsets start at 0');
    return new PackedTexts(offsets.length - 1, units, offsets.slice(1));
  }

  private grow(need: number): void {
    const bigger = new (this.units.constructor as Uint8ArrayConstructor | Uint16ArrayConstructor)(Math.max(need, Math.ceil(this.units.length * 1.5)));
    bigger.set(this.units.subarray(0, this.used));
    this.units = bigger;
  }

  /** Two bytes a character from now on; the first `upTo` units (this text's so far included) are kept. */
  private widen(upTo: number): Uint16Array {
    const wide = new Uint16Array(this.units.length);
    wide.set(this.units.subarray(0, upTo));
    this.units = wide;
    return wide;
  }
}

/** Any column's texts as UTF-16 code units with n + 1 offsets. */
export function encodeTexts(texts: Texts): { units: Uint16Array; offsets: Uint32Array } {
  const offsets = new Uint32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) offsets[i + 1] = offsets[i]! + texts.get(i).length;
  const units = new Uint16Array(offsets[texts.length]!);
  for (let i = 0, p = 0; i < texts.length; i++) {
    const t = texts.get(i);
    for (let k = 0; k < t.length; k++) units[p++] = t.charCodeAt(k);
  }
  return { units, offsets };
}

const f = String.fromCharCode;

/** units[a, b) as a string: short texts (most amounts) with one call, longer ones 8 units at a time. */
function decode(x: Uint8Array | Uint16Array, a: number, b: number): string {
  switch (b - a) {
    case 1: return f(x[a]!);
    case 2: return f(x[a]!, x[a + 1]!);
    case 3: return f(x[a]!, x[a + 1]!, x[a + 2]!);
    case 4: return f(x[a]!, x[a + 1]!, x[a + 2]!, x[a + 3]!);
    case 5: return f(x[a]!, x[a + 1]!, x[a + 2]!, x[a + 3]!, x[a + 4]!);
    case 6: return f(x[a]!, x[a + 1]!, x[a + 2]!, x[a + 3]!, x[a + 4]!, x[a + 5]!);
    case 7: return f(x[a]!, x[a + 1]!, x[a + 2]!, x[a + 3]!, x[a + 4]!, x[a + 5]!, x[a + 6]!);
    case 8: return f(x[a]!, x[a + 1]!, x[a + 2]!, x[a + 3]!, x[a + 4]!, x[a + 5]!, x[a + 6]!, x[a + 7]!);
    case 9: return f(x[a]!, x[a + 1]!, x[a + 2]!, x[a + 3]!, x[a + 4]!, x[a + 5]!, x[a + 6]!, x[a + 7]!, x[a + 8]!);
    case 10: return f(x[a]!, x[a + 1]!, x[a + 2]!, x[a + 3]!, x[a + 4]!, x[a + 5]!, x[a + 6]!, x[a + 7]!, x[a + 8]!, x[a + 9]!);
    default: {
      let out = '';
      let p = a;
      for (; p + 8 <= b; p += 8) out += f(x[p]!, x[p + 1]!, x[p + 2]!, x[p + 3]!, x[p + 4]!, x[p + 5]!, x[p + 6]!, x[p + 7]!);
      return p < b ? out + decode(x, p, b) : out;
    }
  }
}
