// Counts opening XML tags by local name (`<row`, `<x:row`, `<si`) in a byte stream fed chunk by chunk, and reads
// the worksheet's `<dimension ref="A1:H40"/>`. No tree, no strings kept: linear in the bytes, constant memory.

const LT = 0x3c;
const GT = 0x3e;
const MAX_NAME = 32;
const MAX_ATTRS = 256;

export class TagCounter {
  private readonly counts = new Map<string, number>();
  private state: 'text' | 'name' | 'attrs' = 'text';
  private name = '';
  private attrs = '';
  private dimension = 0;

  constructor(readonly names: readonly string[]) {
    for (const n of names) this.counts.set(n, 0);
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** rows × columns of the first `<dimension ref>` seen (0 before it or without one) */
  dimensionCells(): number {
    return this.dimension;
  }

  feed(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (this.state === 'text') {
        if (b === LT) { this.state = 'name'; this.name = ''; }
      } else if (this.state === 'name') {
        if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === GT || b === 0x2f) this.endName(b);
        else if (this.name.length < MAX_NAME) this.name += String.fromCharCode(b);
        else this.state = 'text';
      } else if (b === GT) {
        this.readDimension();
        this.state = 'text';
      } else if (this.attrs.length < MAX_ATTRS) {
        this.attrs += String.fromCharCode(b);
      }
    }
  }

  private endName(b: number): void {
    const local = this.name.slice(this.name.indexOf(':') + 1);
    const n = this.counts.get(local);
    if (n !== undefined && this.name !== '') this.counts.set(local, n + 1);
    if (local === 'dimension' && this.dimension === 0 && b !== GT) {
      this.state = 'attrs';
      this.attrs = '';
      return;
    }
    this.state = 'text';
  }

  private readDimension(): void {
    const m = /\bref\s*=\s*["']([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?["']/i.exec(this.attrs);
    if (!m) return;
    const rows = Math.abs(Number.parseInt(m[4] ?? m[2]!, 10) - Number.parseInt(m[2]!, 10)) + 1;
    const cols = Math.abs(columnNumber(m[3] ?? m[1]!) - columnNumber(m[1]!)) + 1;
    this.dimension = rows * cols;
  }
}

/** "A" → 1, "XFD" → 16384 */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
