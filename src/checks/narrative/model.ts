// Shapes shared by the narrative extraction and checks: the cleaned text with its map back to the
// original narrative offsets, numeric tokens with the label that precedes them, sentences and sections.
import type { Decimal } from '../../engine/decimal.ts';
import type { Severity } from '../../engine/finding.ts';

/** How a narrative number was tied to the figure it is compared with, strongest first: the 科目 code stated,
 *  the full 类/款/项 path stated (in its sentence or its paragraph's heading), a label naming one indicator
 *  that one table row carries, the amount right before a change in the same clause chain — or a guess by
 *  position (nearest candidate, a path that does not match the table's chain, a column found by order). */
export type Binding = 'code' | 'path' | 'label' | 'adjacent' | 'position';

/** A verdict resting on a positional guess is never an error. */
export const isExactBinding = (b: Binding): boolean => b !== 'position';

/** The severity a failed comparison gets under its binding. */
export function bySeverity(severity: Severity, binding: Binding): Severity {
  return severity === 'error' && !isExactBinding(binding) ? 'warning' : severity;
}

/** The weaker of two bindings. */
export function weakest(a: Binding, b: Binding): Binding {
  return a === 'position' || b === 'position' ? 'position' : a === 'code' ? b : a;
}

export type TokenKind =
  | 'amount'   // number + 万元/元/亿元 (value converted to 万元)
  | 'percent'  // number + %
  | 'count'    // number + 个/辆/批/人次/台/… (integers about things)
  | 'year'     // 2024年
  | 'bare';    // a number with no unit at all

export interface Token {
  readonly kind: TokenKind;
  /** offsets in the cleaned text */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** printed value (amount: converted to 万元) */
  readonly value: Decimal;
  /** half a unit of the printed precision, in the same unit as value */
  readonly half: Decimal;
  readonly decimals: number;
  /** 万元/元/亿元 for amounts, the count word for counts, '%' for percents */
  readonly unit: string;
  /** text between the previous boundary (punctuation or token) and the token */
  readonly label: string;
  /** text of the clause (from the last ，；：) up to the token */
  readonly clause: string;
}

export interface Sentence {
  readonly index: number;
  /** offsets in the cleaned text, terminator included */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** index of the top-level section (一、…) and of the innermost numbered block */
  readonly section: number;
  readonly block: number;
}

export interface Section {
  readonly index: number;
  /** heading text of the top-level section (一、收入决算情况说明), '' before the first heading */
  readonly title: string;
}

export interface PreparedNarrative {
  /** cleaned text: width-normalised, soft breaks joined, hard breaks as '\n' */
  readonly clean: string;
  /** origin[i] = offset in the original narrative text of clean[i] */
  readonly origin: readonly number[];
  readonly sentences: readonly Sentence[];
  readonly sections: readonly Section[];
  /** the original narrative text */
  readonly source: string;
}

/** Original-text span of a cleaned range. */
export function originSpan(p: PreparedNarrative, start: number, end: number): [number, number] {
  if (end <= start || p.origin.length === 0) return [0, 0];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = start; i < end && i < p.origin.length; i++) {
    const o = p.origin[i]!;
    if (o < lo) lo = o;
    if (o > hi) hi = o;
  }
  return lo === Infinity ? [0, 0] : [lo, hi + 1];
}
