// The 科目 a paragraph is about, numbered or not: the nearest 类/款/项 path stated before a number in its block
// (“住房改革支出（类）住房公积金（项）。…年初预算为 A，支出决算为 F”), completed by the 类 heading it sits under
// (“（一）一般公共服务（类）” above “1.人大事务（款）行政运行（项）支出 X”).
import { finalSubject, isFinal } from './budget.ts';
import type { Binding, PreparedNarrative, Sentence, Token } from './model.ts';
import { parsePath, pathIsClosed, type StatedPath } from './paths.ts';

export interface ParagraphPath {
  readonly path: StatedPath;
  /** 'path' when the number is the only 决算 after that path in the block, else 'position' */
  readonly binding: Binding;
}

const isBareFinal = (k: Token) => isFinal(k) && finalSubject(k) === '';
// an enumerator (“1、”) scans as a bare number: only amounts and percentages end a heading
const isFigure = (k: Token) => k.kind === 'amount' || k.kind === 'percent';

/** The path stated before the first number of a sentence (a heading-like sentence), or in `s` before `t`. */
function headPath(x: Sentence, upTo: number): { path: StatedPath; closed: boolean } | null {
  const first = x.tokens.find((k) => k.start < upTo && isFigure(k));
  const head = x.text.slice(0, Math.min(upTo, first ? first.start : x.end) - x.start);
  const path = parsePath(head);
  return path ? { path, closed: pathIsClosed(head) } : null;
}

/** The path of the paragraph holding the 决算 `t`: searched back through its block, never past another path. */
export function paragraphPath(p: PreparedNarrative, s: Sentence, t: Token): ParagraphPath | null {
  let finals = s.tokens.filter((k) => k.start <= t.start && isBareFinal(k)).length;
  for (let i = s.index; i >= 0; i--) {
    const x = p.sentences[i]!;
    if (x.block !== s.block || x.section !== s.section) break;
    if (i < s.index) finals += x.tokens.filter(isBareFinal).length;
    const head = headPath(x, i === s.index ? t.start : x.end);
    if (head) return { path: withClass(p, x, head.path), binding: finals === 1 && head.closed ? 'path' : 'position' };
  }
  return null;
}

/** A path without its 类 takes the 类 of the nearest “X（类）” heading above it in the same section. */
export function withClass(p: PreparedNarrative, s: Sentence, path: StatedPath): StatedPath {
  if (path.cls || path.code) return path;
  for (let i = s.index - 1; i >= 0; i--) {
    const x = p.sentences[i]!;
    if (x.section !== s.section) break;
    const h = x.tokens.some(isFigure) ? null : parsePath(x.text);
    if (h?.cls && !h.kuan && !h.xiang) return { ...path, cls: h.cls };
  }
  return path;
}
