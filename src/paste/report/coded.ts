// Coded tables (T02 收入, T03 支出, T05 一般公共预算支出, T07 基金, T08 国资): 科目编码 | 科目名称 | c1..cN.
// Codes merged with names or split over 类/款/项, the 合计 row one cell right of the data rows, labels in the
// 栏次 row with their values on the next line, and collapsed blanks placed by identities and column sums.
import type { ParseProblem } from '../../engine/document.ts';
import type { SourceLine } from '../source-line.ts';
import { AMOUNT_HEADERS, CODE_COLUMN, LABEL_COLUMN, ROW_IDENTITIES, amountColumnSpecs, readColumnNumbers } from './columns.ts';
import { ambiguityProblem, newDraft, placementOf, spread, toRow, type Built, type BuildContext, type RowDraft } from './draft.ts';
import { pruneByGroups, rowCandidates, type PlaceInput } from './placement.ts';
import { classify, compact, isTabLine, isValueToken, joinSplitCode, spaceTokens, splitCodeName, stripHeaderWords, tabCells } from './tokens.ts';

const CODE_CELL = /^\d{3}(?:\d{2}){0,2}$|^\d{2}$/;

interface Frame { count: number; first: number; headerEnd: number; printed: string[] }

function findFrame(lines: readonly SourceLine[], fallback: number): Frame {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    const cells = isTabLine(t) ? tabCells(t) : spaceTokens(t).map((x) => x.text);
    const nums = readColumnNumbers(cells);
    if (nums && (nums.count >= 2 || /栏\s*次|类|款/.test(t))) {
      const printed: string[] = [];
      if (isTabLine(t)) {
        // header lines split once, not once per column (a 200,000-column 栏次 row would make it quadratic)
        const header = lines.slice(0, i).filter((l) => isTabLine(l.text)).map((l) => tabCells(l.text));
        for (let c = 0; c < nums.count; c++) printed.push(header.map((h) => compact(h[nums.firstIndex + c] ?? '')).join(''));
      }
      return { count: nums.count, first: isTabLine(t) ? nums.firstIndex : -1, headerEnd: i + 1, printed };
    }
  }
  // no 栏次 row: data starts at the first line opening with a code or 合计
  const start = lines.findIndex((l) => /^\s*(\d{3}(\d{2}){0,2}\s|合\s*计)/.test(l.text));
  return { count: fallback, first: -1, headerEnd: start < 0 ? lines.length : start, printed: [] };
}

function tabDraft(line: SourceLine, frame: Frame): RowDraft {
  const cells = tabCells(line.text);
  const d = newDraft(line.line);
  const labels: string[] = [];
  let labelIndex = -1;
  let code = '';
  const leftEnd = Math.max(frame.first, 0);
  for (let j = 0; j < cells.length; j++) {
    const c = cells[j]!;
    if (c === '') continue;
    const codePart = code === '' ? c.length !== 2 : code.length < 7 && c.length === 2;
    if (j < leftEnd && CODE_CELL.test(c) && codePart) { code += c; continue; }
    if (classify(c) !== 'text') continue;
    const cn = code === '' ? splitCodeName(c) : null;
    if (cn && cn.name !== '') { code = cn.code; labels.push(cn.name); } else labels.push(c);
    labelIndex = j;
  }
  d.code = code || null;
  d.label = stripHeaderWords(labels.join(' '));
  // a label sitting in the first amount column pushes the row's values one cell right (§6 item 9)
  const start = labelIndex >= frame.first ? labelIndex + 1 : frame.first;
  d.placed = Array.from({ length: frame.count }, (_, i) => cells[start + i] ?? '');
  if (labels.some((l) => /^栏\s*次$/.test(l)) && d.label === '') d.flags.push('header');
  return d;
}

function spaceDraft(line: SourceLine): RowDraft {
  const toks = spaceTokens(line.text);
  const d = newDraft(line.line);
  let i = 0;
  const joined = joinSplitCode(toks.map((t) => t.text), 0);
  if (joined && toks[0]!.kind === 'int') { d.code = joined.code; i = joined.used; }
  const label: string[] = [];
  while (i < toks.length && !isValueToken(toks[i]!)) label.push(toks[i++]!.text);
  while (i < toks.length) {
    const t = toks[i++]!;
    if (isValueToken(t)) d.values.push(t.text); else label.push(t.text);
  }
  d.label = stripHeaderWords(label.join(' '));
  return d;
}

const hasValues = (d: RowDraft) => d.values.length > 0 || (d.placed?.some((x) => x !== '') ?? false);

/** 合计 printed with a statement instead of numbers: “合计 本单位无国有资本经营预算财政拨款支出”. */
function splitStatement(d: RowDraft, notes: string[]): void {
  const m = /^(合\s*计)\s+(.*无.*)$/.exec(d.label);
  if (m) { d.label = '合计'; notes.push(m[2]!); }
}

export function buildCoded(spec: string) {
  return (lines: readonly SourceLine[], ctx: BuildContext): Built => {
    const fallback = AMOUNT_HEADERS[spec]?.length ?? 1;
    const frame = findFrame(lines, fallback);
    const notes: string[] = [];
    const problems: ParseProblem[] = [];
    const drafts: RowDraft[] = [];
    for (const line of lines.slice(frame.headerEnd)) {
      if (line.text.trim() === '') continue;
      const d = isTabLine(line.text) && frame.first >= 0 ? tabDraft(line, frame) : spaceDraft(line);
      if (d.flags.includes('header')) continue;
      splitStatement(d, notes);
      const prev = drafts[drafts.length - 1];
      // values on the line after their label (§6 item 9)
      if (prev && !d.code && !d.label && hasValues(d) && !hasValues(prev)) {
        // values printed on the line after (or above) their label: attached by position, an inference
        prev.placed = d.placed; prev.values = d.values; prev.placement = 'inferred'; continue;
      }
      drafts.push(d);
    }
    const amounts = place(drafts, spec, frame.count, ctx, problems);
    const columns = [CODE_COLUMN, LABEL_COLUMN, ...amountColumnSpecs(spec, frame.count, frame.printed)];
    const rows = drafts.map((d, i) => toRow(d, [d.code ?? '', d.label], amounts[i]!));
    return { columns, rows, layout: ctx.layoutHint, notes, problems };
  };
}

function hierarchy(drafts: readonly RowDraft[]): [number, number[]][] {
  const groups = new Map<number, number[]>();
  const total = drafts.findIndex((d) => compact(d.label) === '合计');
  const lastOfLength = new Map<number, number>();
  drafts.forEach((d, i) => {
    if (!d.code) return;
    const parentLen = d.code.length - 2;
    let parent = -1;
    if (d.code.length === 3) parent = total;
    else {
      const p = lastOfLength.get(parentLen);
      if (p !== undefined && drafts[p]!.code === d.code.slice(0, parentLen)) parent = p;
    }
    lastOfLength.set(d.code.length, i);
    if (parent >= 0) groups.set(parent, [...(groups.get(parent) ?? []), i]);
  });
  return [...groups.entries()];
}

/** Amount texts per row, in column order; collapsed rows placed by identities, bounds and column sums. */
function place(drafts: RowDraft[], spec: string, count: number, ctx: BuildContext, problems: ParseProblem[]): string[][] {
  const cols = Array.from({ length: count }, (_, i) => i + 1);
  const ids = ROW_IDENTITIES[spec] ?? [];
  const inputs: PlaceInput[] = drafts.map((d) => ({
    values: d.placed ? [] : d.values,
    columns: cols,
    ...(ctx.bound ? { bound: (c: number) => ctx.bound!(d.code, c) } : {}),
  }));
  const cands = inputs.map((inp) => rowCandidates(inp, ids));
  const groups = hierarchy(drafts);
  // a cheap first pass; the full search runs once the 合计 row has fixed the active columns
  pruneByGroups(inputs, cands, groups, cols, 500);
  const total = drafts.findIndex((d) => compact(d.label) === '合计');
  if (total >= 0 && cands[total]!.length > 1) {
    // leftmost columns for the 合计 row: the one assumption made, and said
    cands[total] = [cands[total]![0]!];
    problems.push({ code: 'columns_assumed', severity: 'info', line: drafts[total]!.line, table: ctx.tableId,
      params: { columns: cands[total]![0]!.join(',') } });
  }
  if (total >= 0 && !drafts[total]!.placed) {
    // a column blank in 合计 is zero in every row (amounts are not negative)
    const active = new Set(cands[total]![0]!);
    cands.forEach((c, i) => {
      if (i === total || c.length < 2) return;
      const kept = c.filter((cand) => cand.every((col) => active.has(col)));
      if (kept.length > 0) cands[i] = kept;
    });
    pruneByGroups(inputs, cands, groups, cols);
  }
  return drafts.map((d, i) => {
    if (d.placed) return d.placed;
    const c = cands[i]!;
    d.placement = placementOf(d, count, c.length);
    if (c.length > 1) {
      d.flags.push('column_ambiguous');
      problems.push(ambiguityProblem(ctx.tableId, d, c.length));
    }
    if (d.values.length > count) {
      problems.push({ code: 'unparsed_lines', severity: 'warning', line: d.line, table: ctx.tableId,
        params: { reason: 'too_many_values' } });
    }
    return spread(d.values, c[0] ?? [], count);
  });
}
