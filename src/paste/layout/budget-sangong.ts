// B09 “三公”经费、会议费、培训费支出预算表, column form (江苏): one data line under a nested header of nine
// columns — 合计, “三公”经费 小计, 因公出国（境）费, 公务用车购置及运行维护费 小计, 公务用车购置费, 公务用车运行维护费,
// 公务接待费, 会议费, 培训费. Each column's place is the centre of its printed header words (their wrapped parts
// vary by document); a line with a blank column is placed by the nearest monotone fit to those centres, and a
// fit that is not clear-cut leaves the row column_ambiguous (the engine then tries every placement).
import type { ParseProblem } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import { ambiguityProblem, buildTable, newDraft, type PreparedBlock, type RowDraft } from './block.ts';
import { rowIdentityHolds } from './identity.ts';
import { compactLabel, isWide, type Frag, type LayoutLine } from './frags.ts';
import { assignMonotone } from './geometry.ts';
import type { AmountColSpec, KindSpec } from './specs.ts';

const col = (n: number, header: string): AmountColSpec => ({ key: `c${n}`, colNo: n, header, names: [header] });

export const SANGONG_SPEC: KindSpec = {
  layout: 'B09.W9',
  cols: [
    col(1, '合计'),
    col(2, '“三公”经费 小计'),
    col(3, '因公出国（境）费'),
    col(4, '公务用车购置及运行维护费 小计'),
    col(5, '公务用车购置费'),
    col(6, '公务用车运行维护费'),
    col(7, '公务接待费'),
    col(8, '会议费'),
    col(9, '培训费'),
  ],
};

/** Header words of each column; 小计 twice: the first (leftmost) is the “三公” 小计, the second the 公务用车 小计. */
const WORDS: readonly ((t: string) => boolean)[] = [
  (t) => t === '合计',
  (t) => t === '小计',
  (t) => t.includes('出国'),
  (t) => t === '小计',
  (t) => t.includes('购') && !t.includes('及'),
  (t) => t.includes('运') && !t.includes('及'),
  (t) => t.includes('接'),
  (t) => t.includes('会议'),
  (t) => t.includes('培训'),
];

/** Whether a block's header is the nine-column 三公/会议费/培训费 form. */
export function isSangongColumnForm(body: readonly LayoutLine[]): boolean {
  const words = headerFrags(body).map((f) => compactLabel([f.text]));
  return words.some((w) => w.includes('出国')) && words.some((w) => w.includes('会议')) && words.filter((w) => w === '小计').length >= 2;
}

/** Header words above the first amount line; words joined by one space (“公务用车购置 公务用车运行”) are split. */
function headerFrags(body: readonly LayoutLine[]): Frag[] {
  const words: { f: Frag; line: number }[] = [];
  for (const [line, l] of body.entries()) {
    if (l.frags.some((f) => f.kind === 'amount')) break;
    for (const f of l.frags) if (f.kind === 'text') for (const w of splitWords(f)) words.push({ f: w, line });
  }
  return joinStacked(words);
}

const centre = (f: Frag) => (f.x0 + f.x1) / 2;

/** “小” over “计” a line or two below it (a narrow column's header set one character per line) is one word 小计. */
function joinStacked(words: readonly { f: Frag; line: number }[]): Frag[] {
  const used = new Set<number>();
  const out: Frag[] = [];
  words.forEach((w, i) => {
    if (used.has(i)) return;
    if (w.f.text === '小') {
      const j = words.findIndex((v, k) => !used.has(k) && k !== i && v.f.text === '计' && v.line > w.line
        && v.line - w.line <= 3 && Math.abs(centre(v.f) - centre(w.f)) <= 5);
      if (j >= 0) {
        used.add(j);
        out.push({ ...w.f, text: '小计' });
        return;
      }
    }
    out.push(w.f);
  });
  return out;
}

/** A text fragment cut at its inner spaces, each word placed in proportion to its characters. */
export function splitWords(f: Frag): Frag[] {
  const out: Frag[] = [];
  // positions in proportion to the characters (a PDF fragment's width is not its character count)
  const unit = (f.x1 - f.x0) / Math.max(1, f.text.length);
  for (const m of f.text.matchAll(/\S+/g)) {
    const wide = f.wide === 0 && unit !== 1 ? 0 : [...f.text.slice(0, m.index)].filter((ch) => isWide(ch)).length;
    const x0 = f.x0 + m.index * unit;
    out.push({ ...f, text: m[0], x0, x1: x0 + m[0].length * unit, wide: f.wide + wide });
  }
  return out;
}

const FACTORS = [0, 0.5, 1, 1.5, 2];

/** Column centres from the header words, corrected by `factor` per wide character before each word. */
function centres(frags: readonly Frag[], factor: number): number[] | null {
  const words = frags
    .map((f) => ({ text: compactLabel([f.text]), c: centre(f) + factor * f.wide }))
    .sort((a, b) => a.c - b.c);
  const out: number[] = [];
  const used = new Set<number>();
  for (const test of WORDS) {
    const i = words.findIndex((w, k) => !used.has(k) && test(w.text) && (out.length === 0 || w.c > out[out.length - 1]!));
    if (i < 0) return null;
    used.add(i);
    out.push(words[i]!.c);
  }
  return out;
}

export function parseSangongBlock(
  kind: TableKind, title: string, block: PreparedBlock,
): { table: Table; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  const header = headerFrags(block.body);
  const fits = FACTORS.map((factor) => ({ factor, refs: centres(header, factor) }));
  const drafts = [];
  for (const l of block.body) {
    const amounts = l.frags.filter((f) => f.kind === 'amount');
    if (amounts.length === 0) continue;
    const d = newDraft(l.line, null, '', '合计');
    d.flags.add('total');
    const best = fits
      .map(({ factor, refs }) => refs && assignMonotone(amounts.map((a) => centre(a) + factor * a.wide), refs))
      .filter((a) => a !== null)
      .sort((a, b) => a.cost - b.cost)[0];
    if (amounts.length === SANGONG_SPEC.cols.length) {
      amounts.forEach((a, i) => d.cells.set(i, a.text));
    } else if (best && !best.ambiguous) {
      best.cols.forEach((c, i) => d.cells.set(c, amounts[i]!.text));
    } else if (!placeByIdentities(kind, d, amounts, best?.cols ?? null)) {
      d.flags.add('column_ambiguous');
      amounts.forEach((a, i) => d.cells.set(i, a.text));
      problems.push(ambiguityProblem(kind, d));
    }
    drafts.push(d);
  }
  const table = buildTable({ kind, spec: SANGONG_SPEC, title, block, drafts, withCode: false, labelHeader: '项目' });
  return { table, problems };
}

/**
 * The geometry could not say with certainty which column is blank: when exactly one blank position makes all
 * three identities hold, or several do and the nearest geometric fit is one of them, the amounts go there as an
 * inference (Cell.placement 'inferred': never the ground of an error).
 */
function placeByIdentities(kind: TableKind, d: RowDraft, amounts: readonly Frag[], nearest: readonly number[] | null): boolean {
  const n = SANGONG_SPEC.cols.length;
  if (amounts.length !== n - 1) return false;
  const fits: { blank: number; cells: Map<number, string> }[] = [];
  for (let blank = 0; blank < n; blank++) {
    const cells = new Map<number, string>();
    amounts.forEach((a, i) => cells.set(i < blank ? i : i + 1, a.text));
    if (rowIdentityHolds(kind, cells) === true) fits.push({ blank, cells });
  }
  const nearestBlank = nearest ? [...Array(n).keys()].find((c) => !nearest.includes(c)) : undefined;
  const chosen = fits.length === 1 ? fits[0] : fits.find((f) => f.blank === nearestBlank);
  if (!chosen) return false;
  for (const [c, text] of chosen.cells) d.cells.set(c, text);
  d.placement = 'inferred';
  return true;
}
