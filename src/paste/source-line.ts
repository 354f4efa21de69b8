// A line of pasted text with its 1-based position in the input, so every parsed row, table and problem
// can point back to where it came from.
import type { Frag } from './layout/frags.ts';

export interface SourceLine {
  readonly text: string;
  /** 1-based line number in the original input */
  readonly line: number;
  /** lines read from a PDF: 1-based page, and fragments with their real positions (columns come from these) */
  readonly page?: number;
  readonly frags?: readonly Frag[];
}

export function toSourceLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: i + 1 }));
}
