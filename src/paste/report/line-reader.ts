// Lines of a (possibly very large) string, read one at a time with a small look-ahead buffer, so a 50 MB paste
// is never materialised as an array of lines.
import type { SourceLine } from '../source-line.ts';

const BREAK = /\r\n|\r|\n/g;

export class LineReader {
  private pos = 0;
  private lineNo = 0;
  private done = false;
  private readonly buf: SourceLine[] = [];

  /** `preset`: lines already cut (and positioned, e.g. from a PDF); `text` is then only their joined text */
  constructor(private readonly text: string, private readonly preset?: readonly SourceLine[]) {}

  /** characters consumed so far (for progress) */
  get offset(): number {
    return this.preset ? Math.round((this.lineNo / Math.max(1, this.preset.length)) * this.text.length) : this.pos;
  }

  get length(): number {
    return this.text.length;
  }

  private read(): SourceLine | null {
    if (this.preset) return this.preset[this.lineNo] ? this.preset[this.lineNo++]! : null;
    if (this.done) return null;
    BREAK.lastIndex = this.pos;
    const m = BREAK.exec(this.text);
    const end = m ? m.index : this.text.length;
    const line: SourceLine = { text: this.text.slice(this.pos, end), line: ++this.lineNo };
    if (m) this.pos = end + m[0].length;
    else { this.pos = this.text.length; this.done = true; }
    return line;
  }

  /** the k-th line after the current one (0 = next) */
  peek(k: number): SourceLine | null {
    while (this.buf.length <= k) {
      const l = this.read();
      if (!l) return null;
      this.buf.push(l);
    }
    return this.buf[k]!;
  }

  peekNonBlank(limit = 10): SourceLine | null {
    for (let k = 0; k < limit; k++) {
      const l = this.peek(k);
      if (!l) return null;
      if (l.text.trim() !== '') return l;
    }
    return null;
  }

  next(): SourceLine | null {
    return this.buf.length > 0 ? this.buf.shift()! : this.read();
  }
}
