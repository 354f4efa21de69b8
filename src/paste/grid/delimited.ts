// Reader for delimiter-separated text as Excel/WPS put it on the clipboard (TSV) or save it (CSV): quoted cells
// with delimiters, newlines and doubled quotes inside, CRLF/LF/CR line ends, trailing delimiters kept as empty
// cells. One row per call so callers can report progress and stop between rows on huge inputs.

/** A raw grid: rows of cell texts plus the 1-based source line where each row starts. */
export interface Grid {
  readonly rows: string[][];
  readonly lines: number[];
}

// Excel caps a cell at 32,767 characters: a quote that does not close within that is literal text, which also
// keeps a stray '"' from swallowing the rest of a 50 MB paste.
const MAX_QUOTED = 32_767 * 2 + 2;

export class DelimitedReader {
  /** offset of the next unread character */
  pos = 0;
  /** 1-based line of the next row */
  line = 1;

  constructor(readonly text: string, readonly delimiter: string) {
    if (delimiter.length !== 1) throw new Error('delimiter must be one character');
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  /** The next row, or null at the end of the text. */
  next(): { cells: string[]; line: number } | null {
    const cells: string[] = [];
    const text = this.text;
    const line = this.nextSpans({ span: (a, b) => { cells.push(text.slice(a, b)); }, value: (v) => { cells.push(v); } });
    return line < 0 ? null : { cells, line };
  }

  /**
   * The next row as spans of the text (a quoted cell, whose value is not a span, as its value), or −1 at the end
   * of the text; returns the row's 1-based line.
   */
  nextSpans(sink: SpanSink): number {
    const { text, delimiter } = this;
    if (this.pos >= text.length) return -1;
    const line = this.line;
    let p = this.pos;
    for (;;) {
      if (text[p] === '"') {
        const q = readQuoted(text, p, delimiter);
        if (q) {
          sink.value(q.value);
          this.line += q.newlines;
          p = q.end;
        } else {
          const e = fieldEnd(text, p, delimiter);
          sink.span(p, e);
          p = e;
        }
      } else {
        const e = fieldEnd(text, p, delimiter);
        sink.span(p, e);
        p = e;
      }
      if (p >= text.length) break;
      const c = text[p];
      if (c === delimiter) { p++; if (p >= text.length) { sink.span(p, p); break; } continue; }
      // line end
      if (c === '\r' && text[p + 1] === '\n') p += 2;
      else p += 1;
      this.line++;
      break;
    }
    this.pos = p;
    return line;
  }
}

/** Receives a row's cells: a span [start, end) of the text, or a quoted cell's value. */
export interface SpanSink {
  span(start: number, end: number): void;
  value(v: string): void;
}

function fieldEnd(text: string, from: number, delimiter: string): number {
  const d = delimiter.charCodeAt(0);
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === d || c === 10 || c === 13) break;
  }
  return i;
}

/** A quoted field starting at `start` (text[start] === '"'), or null when the quote does not close a field. */
function readQuoted(text: string, start: number, delimiter: string): { value: string; end: number; newlines: number } | null {
  let i = start + 1;
  let value = '';
  let chunk = i;
  let newlines = 0;
  const limit = Math.min(text.length, start + MAX_QUOTED);
  while (i < limit) {
    const c = text[i];
    if (c === '"') {
      if (text[i + 1] === '"') { value += text.slice(chunk, i + 1); i += 2; chunk = i; continue; }
      const after = text[i + 1];
      if (after === undefined || after === delimiter || after === '\n' || after === '\r') {
        return { value: value + text.slice(chunk, i), end: i + 1, newlines };
      }
      return null;
    }
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) newlines++;
    i++;
  }
  return null;
}

export interface DelimitedOptions {
  readonly delimiter: string;
}

/** Whole-text convenience: every row, with a trailing empty line (the usual final newline) dropped. */
export function readDelimited(text: string, opts: DelimitedOptions): Grid {
  const reader = new DelimitedReader(text, opts.delimiter);
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let r = reader.next(); r; r = reader.next()) {
    rows.push(r.cells);
    lines.push(r.line);
  }
  return { rows, lines };
}
