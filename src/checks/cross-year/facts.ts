// What one report says that the next year's report must agree with, extracted once and kept small (decimal
// strings, no tables) so a batch can hold one per report: the 年初/年末 结转和结余 of T01 and, per fund, of T04;
// the 年初/年末 balance of each 科目 in the 基金 table; and the amounts the narrative states with the subject they
// describe, and the “比上年增加（减少）D” statements that imply last year's figure.
import { Decimal } from '../../engine/decimal.ts';
import type { CellRef } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import type { Table } from '../../engine/table.ts';
import { isDelta, levelForDelta, subjectOf } from '../narrative/bind.ts';
import type { PreparedNarrative, Sentence } from '../narrative/model.ts';
import { findRows, lookup, normLabel, rowValue, type Figure } from '../narrative/lookup.ts';
import { prepareNarrative } from '../narrative/segment.ts';
import { reportKind, type ReportKind } from './kind.ts';

/** One figure: value in 万元 as a decimal string, half its printed precision, and the cell it was read from. */
export interface YearFigure {
  readonly key: string;
  readonly value: string;
  readonly half: string;
  readonly ref: CellRef;
}

/** A narrative amount with the subject it describes (normalised label). */
export interface StatedFigure {
  readonly subject: string;
  readonly value: string;
  readonly half: string;
  readonly sentence: string;
}

/** “<subject> X 万元，比上年增加（减少）D 万元[，增长（下降）P%]”: last year's figure is X ∓ D. */
export interface YoyStatement extends StatedFigure {
  readonly delta: string;
  readonly deltaHalf: string;
  readonly direction: 'up' | 'down';
}

export interface YearFacts {
  readonly file: string;
  readonly title: string | null;
  readonly department: string | null;
  readonly year: number | null;
  readonly kind: ReportKind;
  /** keys: "T01", "T04.total|gp|gf|soe", "T07:<code>" */
  readonly opening: readonly YearFigure[];
  readonly closing: readonly YearFigure[];
  /** every T01 row with a printed amount, keyed "T01:<subject>" (the subject as the narrative would name it) */
  readonly rows: readonly YearFigure[];
  readonly stated: readonly StatedFigure[];
  readonly yoy: readonly YoyStatement[];
}

const FUNDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['gp', /一般公共预算/], ['gf', /政府性基金/], ['soe', /国有资本/],
];

function fundOf(text: string): string {
  for (const [key, re] of FUNDS) if (re.test(text)) return key;
  return 'total';
}

function figure(key: string, f: Figure): YearFigure {
  return { key, value: f.value.toString(), half: f.half.toString(), ref: f.ref };
}

function rowFigures(table: Table, rowIdx: number, prefix: string): YearFigure[] {
  const out: YearFigure[] = [];
  const row = table.rows[rowIdx]!;
  table.columns.forEach((c, i) => {
    if (c.role !== 'amount' || (row.pane !== undefined && c.pane !== undefined && c.pane !== row.pane)) return;
    const f = rowValue(table, rowIdx, { index: i });
    const cell = row.cells[i];
    if (f && cell?.value.kind === 'number') out.push(figure(`${prefix}.${fundOf(c.header)}`, f));
  });
  // 上海 form: the per-fund parts follow the 年初 row as rows of their own (一、一般公共预算财政拨款 …)
  for (let r = rowIdx + 1; r < Math.min(table.rows.length, rowIdx + 4); r++) {
    const label = normLabel(table.rows[r]!.label);
    const fund = fundOf(label);
    if (fund === 'total' || !/财政拨款$/.test(label)) break;
    const f = rowValue(table, r);
    if (f && !out.some((x) => x.key === `${prefix}.${fund}`)) out.push(figure(`${prefix}.${fund}`, f));
  }
  return dedupe(out);
}

/** Several columns naming the same fund (小计 and 收入决算数 are both totals): keep the first. */
function dedupe(figures: YearFigure[]): YearFigure[] {
  const seen = new Set<string>();
  return figures.filter((f) => (seen.has(f.key) ? false : (seen.add(f.key), true)));
}

function carryOver(doc: ParsedDocument, which: '年初' | '年末'): YearFigure[] {
  const out: YearFigure[] = [];
  const t01 = lookup(doc, 'T01', { label: `${which}结转和结余` });
  if (t01 && t01 !== 'ambiguous') out.push(figure('T01', t01));
  const t04 = doc.tables.find((t) => t.kind === 'T04');
  if (t04) {
    const rows = findRows(t04, new RegExp(`^${which}(?:财政拨款)?结转和结余$`));
    if (rows.length === 1) out.push(...rowFigures(t04, rows[0]!, 'T04'));
  }
  return [...out, ...fundBalances(doc, which)];
}

/** 基金 table: each 科目's 年初 (1栏) / 年末 结转和结余 column, by code. */
function fundBalances(doc: ParsedDocument, which: '年初' | '年末'): YearFigure[] {
  const out: YearFigure[] = [];
  for (const table of doc.tables.filter((t) => t.kind === 'T07')) {
    const col = table.columns.findIndex((c) => c.role === 'amount' && c.header.replace(/\s/g, '').includes(`${which}结转`));
    if (col < 0) continue;
    table.rows.forEach((row, r) => {
      if (!row.code || row.cells[col]?.value.kind !== 'number') return;
      const f = rowValue(table, r, { index: col });
      if (f) out.push(figure(`T07:${row.code}`, f));
    });
  }
  return out;
}

const YEAR_PREFIX_RE = /^(?:\d{4}年度?|本年度?|上年度?|全年|当年)+/;
const LAST_YEAR_RE = (year: number | null) => new RegExp(`(?:上年|上一年度|上年度${year ? `|${year - 1}年度?` : ''})`);

export function subjectKey(label: string): string {
  return normLabel(subjectOf(normLabel(label)).replace(YEAR_PREFIX_RE, '')).replace(YEAR_PREFIX_RE, '').replace(/^[）)]+/, '');
}

function narrativeFigures(doc: ParsedDocument): { stated: StatedFigure[]; yoy: YoyStatement[] } {
  const stated: StatedFigure[] = [];
  const yoy: YoyStatement[] = [];
  if (!doc.narrative.text.trim()) return { stated, yoy };
  const lastYear = LAST_YEAR_RE(doc.year);
  const p = prepareNarrative(doc.narrative.text);
  for (const s of p.sentences) {
    const sentence = s.text.trim().slice(0, 120);
    yoy.push(...changeOnEarlierSentence(p, s, lastYear));
    s.tokens.forEach((t, i) => {
      if (t.kind !== 'amount' || isDelta(t)) return;
      const subject = subjectKey(t.label);
      if (subject.length < 2) return;
      const level = { subject, value: t.value.toString(), half: t.half.toString(), sentence };
      stated.push(level);
      let j = i + 1;
      while (s.tokens[j]?.kind === 'year') j++;
      const next = s.tokens[j];
      if (!next || !isDelta(next) || !lastYear.test(next.clause)) return;
      const direction = /减少|下降|降低/.test(next.label) ? 'down' : 'up';
      yoy.push({ ...level, delta: next.value.toString(), deltaHalf: next.half.toString(), direction });
    });
  }
  return { stated, yoy };
}

/** “X 预算数为 A 万元。与上年相比增加 D 万元”: a change whose level is the one amount of the sentence before
 *  (budget texts put them in two sentences), bound by label or adjacency, never by position. */
function changeOnEarlierSentence(p: PreparedNarrative, s: Sentence, lastYear: RegExp): YoyStatement[] {
  const out: YoyStatement[] = [];
  for (const d of s.tokens) {
    if (!isDelta(d) || !lastYear.test(d.clause)) continue;
    const level = levelForDelta(p, s, d);
    if (!level || level === 'ambiguous' || level.sentence === s || level.binding === 'position') continue;
    const subject = subjectKey(level.token.label);
    if (subject.length < 2) continue;
    out.push({ subject, value: level.token.value.toString(), half: level.token.half.toString(), sentence: level.sentence.text.trim().slice(0, 120),
      delta: d.value.toString(), deltaHalf: d.half.toString(), direction: /减少|下降|降低/.test(d.label) ? 'down' : 'up' });
  }
  return out;
}

function t01Rows(doc: ParsedDocument): YearFigure[] {
  const out: YearFigure[] = [];
  for (const table of doc.tables.filter((t) => t.kind === 'T01')) {
    table.rows.forEach((row, r) => {
      if (row.flags?.includes('header') || row.flags?.includes('column_ambiguous')) return;
      const f = rowValue(table, r);
      const subject = subjectKey(row.label);
      if (f && subject.length >= 2 && row.cells.some((c) => c.value.kind === 'number')) out.push(figure(`T01:${subject}`, f));
    });
  }
  return dedupe(out);
}

export function extractYearFacts(file: string, doc: ParsedDocument): YearFacts {
  return {
    file, title: doc.title, department: doc.department, year: doc.year, kind: reportKind(doc),
    opening: carryOver(doc, '年初'), closing: carryOver(doc, '年末'), rows: t01Rows(doc), ...narrativeFigures(doc),
  };
}

export const dec = (s: string) => new Decimal(s);
