// The four kinds of error a trainer can inject, each as: where it can go (candidates) and the edited text.
// Edits keep the printed format (thousands separators, decimals) so the error looks like a real misprint.
import type { ParsedDocument } from '../engine/document.ts';
import { normaliseLabel } from '../engine/check/labels.ts';
import type { Row, Table } from '../engine/table.ts';
import type { Random } from './random.ts';
import type { ErrorKind } from './exercise-types.ts';

/** Kinds whose amounts the packs check (绩效 and unrecognised tables are left alone). */
const CHECKED_KINDS = new Set(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B12']);
const TOTAL_LABEL = /合计|总计|小计/;

export interface Candidate {
  readonly kind: ErrorKind;
  readonly table: string;
  readonly row: number;
  readonly col: number;
  /** wrong_percentage: the figure's offsets in the narrative text */
  readonly span?: readonly [number, number];
}

const DIGIT = /\d/;

function nonZeroNumber(t: Table, row: Row, col: number): boolean {
  const v = row.cells[col]?.value;
  return t.columns[col]?.role === 'amount' && v?.kind === 'number' && !v.value.isZero();
}

function isTotalRow(t: Table, row: Row): boolean {
  if (row.flags?.includes('total') || row.flags?.includes('subtotal')) return true;
  if (TOTAL_LABEL.test(normaliseLabel(row.label))) return true;
  // a coded parent: some other row's code extends it
  const code = row.code;
  return !!code && t.rows.some((r) => r !== row && !!r.code && r.code.length > code.length && r.code.startsWith(code));
}

export function candidates(doc: ParsedDocument, kind: ErrorKind): Candidate[] {
  if (kind === 'wrong_percentage') return percentCandidates(doc.narrative.text);
  const out: Candidate[] = [];
  for (const t of doc.tables.filter((x) => CHECKED_KINDS.has(x.kind))) {
    t.rows.forEach((row, r) => {
      if (row.flags?.includes('header') || row.flags?.includes('column_ambiguous')) return;
      const total = isTotalRow(t, row);
      if (kind === 'dropped_row') {
        // a 款/项 (or 经济分类款) row with an amount: its parent no longer adds up
        const parent = row.code && row.code.length > 3 && t.rows.some((p) => p.code === row.code!.slice(0, row.code!.length - 2));
        if (parent && !total && row.cells.some((_, j) => nonZeroNumber(t, row, j))) out.push({ kind, table: t.id, row: r, col: -1 });
        return;
      }
      if ((kind === 'wrong_total') !== total) return;
      row.cells.forEach((_, j) => {
        if (!nonZeroNumber(t, row, j)) return;
        if (kind === 'transposed_digits' && !transposable(row.cells[j]!.text)) return;
        out.push({ kind, table: t.id, row: r, col: j });
      });
    });
  }
  return out;
}

const PERCENT_RE = /(\d+(?:\.\d+)?)\s*[%％]/g;

function percentCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PERCENT_RE)) {
    const figure = m[1]!;
    const whole = figure.split('.')[0]!;
    // 0% and 100% are usually stated, not computed; a 1-digit whole part would change scale
    if (/^0+(\.0+)?$/.test(figure) || /^100(\.0+)?$/.test(figure)) continue;
    if (whole.length < 1) continue;
    out.push({ kind: 'wrong_percentage', table: 'N', row: -1, col: -1, span: [m.index!, m.index! + figure.length] });
  }
  return out;
}

function digitPositions(text: string): number[] {
  return [...text].flatMap((ch, i) => (DIGIT.test(ch) ? [i] : []));
}

function transposable(text: string): boolean {
  const pos = digitPositions(text);
  return pos.some((p, k) => k + 1 < pos.length && text[p] !== text[pos[k + 1]!] && !(k === 0 && text[pos[1]!] === '0' && intDigits(text) > 1));
}

function intDigits(text: string): number {
  return digitPositions(text.split('.')[0]!).length;
}

/** Two neighbouring digits swapped (“1,488.13” → “1,848.13”), never giving a leading zero. */
export function transposeDigits(text: string, rnd: Random): string {
  const pos = digitPositions(text);
  const pairs = pos.flatMap((p, k) => {
    if (k + 1 >= pos.length || text[p] === text[pos[k + 1]!]) return [];
    if (k === 0 && text[pos[1]!] === '0' && intDigits(text) > 1) return [];
    return [[p, pos[k + 1]!] as const];
  });
  if (pairs.length === 0) return text;
  const [a, b] = pairs[rnd.int(pairs.length)]!;
  const chars = [...text];
  [chars[a], chars[b]] = [chars[b]!, chars[a]!];
  return chars.join('');
}

/** One digit of the figure replaced by another (a total or a percentage misprinted). */
export function changeDigit(text: string, rnd: Random, onlyLastWholeDigit = false): string {
  const pos = digitPositions(text);
  const whole = intDigits(text);
  const choices = onlyLastWholeDigit ? [pos[whole - 1]!] : pos.filter((_, k) => k < whole + 1);
  const at = choices[rnd.int(choices.length)]!;
  const leading = at === pos[0] && whole > 1;
  const options = [...'0123456789'].filter((d) => d !== text[at] && !(leading && d === '0'));
  const chars = [...text];
  chars[at] = options[rnd.int(options.length)]!;
  return chars.join('');
}
