// Streaming split of a whole report into table blocks and narrative. A title line starts a block only when table
// evidence (公开NN表, 单位：, 栏次, tab rows …) follows before the next title, so the 目录 never starts tables.
// A block ends at the next title, a part heading (第三部分 …), or where its notes or its tab rows stop.
import type { TableKind } from '../../engine/table.ts';
import type { SourceLine } from '../source-line.ts';
import type { Block } from './block.ts';
import { isPerfKind } from './delegates.ts';
import { LineReader } from './line-reader.ts';
import { recogniseKind, titleOfLine } from './recognise.ts';
import { isTabLine, spaceTokens, tabCells } from './tokens.ts';

export interface SplitSink {
  narrative(line: SourceLine): void;
  /** the last non-blank narrative line and the blank lines after it, removed, when it satisfies the predicate */
  takeBack(pred: (line: SourceLine) => boolean): SourceLine[] | null;
  block(block: Block): void;
  /** called every few hundred lines; returns false to stop */
  tick(): boolean;
}

const HARD_STOP = /^\s*(第[一二三四五六七八九十]+部分|目\s*录\s*$)/;
const HEADING = /^\s*(第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)/;
const NOTE_START = /^\s*(注|说明)\s*[:：]/;
const FORMULA = /\d+\s*[栏行]\s*(各行)?\s*[=＝]/;
const NUMBERED = /^\s*\d+\s*[.．、]/;
const EVIDENCE = /公开\s*\d+\s*表|单位\s*[:：]|栏\s*次|行\s*次|编制单位|部门\s*[:：]|项目名称|一级指标|序\s*号|单位名称|[（(]\s*\d{4}\s*年度\s*[)）]|预算数|决算数/;
const YEAR_PREFIX = /^\s*\d{4}\s*年度\S{0,20}\s*$/;

const tabWidth = (text: string) => (isTabLine(text) ? tabCells(text).length : 0);
const isBlank = (l: SourceLine) => l.text.trim() === '';

function looksLikeTableLine(text: string): boolean {
  if (tabWidth(text) >= 3) return true;
  return spaceTokens(text).filter((t) => t.kind === 'amount').length >= 2;
}

/** A title is confirmed when table evidence comes before another title or a part heading. */
function confirmTitle(reader: LineReader, from = 0): boolean {
  let seen = 0;
  for (let k = from; seen < 15; k++) {
    const l = reader.peek(k);
    if (!l) return false;
    if (isBlank(l)) continue;
    seen++;
    if (HARD_STOP.test(l.text)) return false;
    if (EVIDENCE.test(l.text) || looksLikeTableLine(l.text)) return true;
    if (titleOfLine(l.text)) return false;
  }
  return false;
}

// the tail of a title wrapped onto the next line (“…支出预算” / “表”)
const TITLE_TAIL = /^\s*\S{0,4}表\s*$/;

/** A title wrapped over this line and the next, when neither is a title alone; the next line is then consumed. */
function wrappedTitle(l: SourceLine, reader: LineReader): SourceLine | null {
  const next = reader.peek(0);
  if (!next || !TITLE_TAIL.test(next.text) || titleOfLine(l.text) || !/\S/.test(l.text)) return null;
  if (!titleOfLine(l.text.trim() + next.text.trim()) || !confirmTitle(reader, 1)) return null;
  return next;
}

function tableLineNext(reader: LineReader): boolean {
  const next = reader.peekNonBlank();
  return next !== null && looksLikeTableLine(next.text);
}

interface Open {
  kind: TableKind;
  title: string;
  layoutHint: string | null;
  lines: SourceLine[];
  sawTab: boolean;
  notes: boolean;
  lastNote: string;
  untitled: boolean;
}

function endsBlock(b: Open, l: SourceLine, reader: LineReader): boolean {
  const t = l.text.trim();
  if (t === '') return false;
  if (HARD_STOP.test(l.text)) return true;
  // another table's title ends the block; unconfirmed (nothing table-like after it: the end of a copied slice, or
  // prose) it still does, unless table rows go on right after it (then it may be a row label of this table)
  if (titleOfLine(l.text) && (confirmTitle(reader) || !tableLineNext(reader))) return true;
  if (wrappedTitle(l, reader)) return true;
  const tab = isTabLine(l.text);
  if (b.notes) {
    const continues = !/[。；;]$/.test(b.lastNote) && !HEADING.test(l.text) && !tab;
    return !(NOTE_START.test(l.text) || FORMULA.test(l.text) || NUMBERED.test(l.text) || continues);
  }
  if (NOTE_START.test(l.text) || (FORMULA.test(l.text) && !tab)) return false;
  if (b.sawTab) return !tab;
  if (b.untitled) return !tab;
  return isPerfKind(b.kind) && HEADING.test(l.text);
}

function absorb(b: Open, l: SourceLine): void {
  b.lines.push(l);
  const t = l.text.trim();
  if (t === '') return;
  if (isTabLine(l.text)) b.sawTab = true;
  if (b.notes || NOTE_START.test(l.text) || (FORMULA.test(l.text) && !isTabLine(l.text))) { b.notes = true; b.lastNote = t; }
}

function close(b: Open, sink: SplitSink): void {
  // trailing blank lines go back to the narrative side of the split
  let end = b.lines.length;
  while (end > 0 && isBlank(b.lines[end - 1]!)) end--;
  sink.block({ kind: b.kind, title: b.title, layoutHint: b.layoutHint, lines: b.lines.slice(0, end) });
  for (const l of b.lines.slice(end)) sink.narrative(l);
}

function openTitled(l: SourceLine, sink: SplitSink, tail: SourceLine | null = null): Open | null {
  const title = titleOfLine(tail ? l.text.trim() + tail.text.trim() : l.text);
  if (!title) return null;
  let lines = tail ? [l, tail] : [l];
  if (isPerfKind(title.recognition.kind)) {
    const prev = sink.takeBack((p) => YEAR_PREFIX.test(p.text) && !HEADING.test(p.text));
    if (prev) lines = [...prev, l];
  }
  return {
    kind: title.recognition.kind, title: title.title, layoutHint: title.recognition.layout ?? null,
    lines, sawTab: false, notes: false, lastNote: '', untitled: false,
  };
}

// a short line ending in 表 just above an untitled tab table is its title, even when the recogniser does not know it
const LOOSE_TITLE = /^[^，。；：:]{2,40}表\s*$/;

function openUntitled(l: SourceLine, reader: LineReader, sink: SplitSink): Open | null {
  if (tabWidth(l.text) < 3) return null;
  const next = reader.peekNonBlank();
  if (!next || tabWidth(next.text) < 3) return null;
  const taken = sink.takeBack((p) => LOOSE_TITLE.test(p.text.trim()) && !isTabLine(p.text));
  const title = taken?.[0]?.text.trim().replace(/[\s\u3000]+/g, ' ') ?? '';
  const rec = recogniseKind(title, { headerText: l.text });
  return {
    kind: rec.kind, title, layoutHint: rec.layout ?? null, lines: taken ? [...taken, l] : [l],
    sawTab: true, notes: false, lastNote: '', untitled: true,
  };
}

/** Feed every line of the reader to the sink, as narrative or inside a block. Returns false when stopped. */
export function splitReport(reader: LineReader, sink: SplitSink): boolean {
  let open: Open | null = null;
  let count = 0;
  for (let l = reader.next(); l; l = reader.next()) {
    if (++count % 512 === 0 && !sink.tick()) return false;
    if (open) {
      if (!endsBlock(open, l, reader)) { absorb(open, l); continue; }
      close(open, sink);
      open = null;
    }
    if (!HARD_STOP.test(l.text)) {
      const tail = wrappedTitle(l, reader);
      if (tail) reader.next();
      open = (tail ? openTitled(l, sink, tail) : null)
        ?? (titleOfLine(l.text) && confirmTitle(reader) ? openTitled(l, sink) : null) ?? openUntitled(l, reader, sink);
    }
    if (!open) sink.narrative(l);
  }
  if (open) close(open, sink);
  return true;
}
