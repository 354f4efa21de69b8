// Tables whose rows are printed items with a 行次 and a few value columns: T09 “三公” in row form (年初预算数 |
// (全年预算数 |) 决算数, 'T09.R2'/'T09.R3'), T09 in the 12-column wide form ('T09.W') and T10 国有资产占用.
// Lone values are placed by the printed identities (r1 = r2+r3+r6, r3 = r4+r5, r6 = r7+r9; 1栏 = 2+3+6 …).
import type { ParseProblem } from '../../engine/document.ts';
import type { SourceLine } from '../source-line.ts';
import { LABEL_COLUMN, LINE_NO_COLUMN, ROW_IDENTITIES, amountColumnSpecs, readColumnNumbers } from './columns.ts';
import { ambiguityProblem, newDraft, placementOf, spread, toRow, type Built, type BuildContext, type RowDraft } from './draft.ts';
import { pruneByGroups, rowCandidates, type PlaceInput } from './placement.ts';
import { classify, compact, isTabLine, spaceTokens, tabCells } from './tokens.ts';

interface Frame { headerEnd: number; count: number; valueStart: number; printed: string[] }

function findFrame(lines: readonly SourceLine[], kind: 'T09' | 'T10'): Frame {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    const cells = isTabLine(t) ? tabCells(t) : spaceTokens(t).map((x) => x.text);
    const nums = readColumnNumbers(cells);
    if (!nums) continue;
    const printed: string[] = [];
    if (isTabLine(t)) {
      const header = lines.slice(0, i).filter((l) => isTabLine(l.text)).map((l) => tabCells(l.text));
      for (let c = 0; c < nums.count; c++) printed.push(header.map((h) => compact(h[nums.firstIndex + c] ?? '')).join(''));
    }
    return { headerEnd: i + 1, count: nums.count, valueStart: nums.firstIndex, printed };
  }
  // T10 (and variants) print no number row: data follows the 项目/栏次 header line
  const head = lines.findIndex((l) => /项\s*目/.test(l.text) && /栏\s*次|决算数/.test(l.text));
  const headCells = head >= 0 && isTabLine(lines[head]!.text) ? tabCells(lines[head]!.text) : [];
  const valueStart = headCells.findIndex((c) => /决算数/.test(c));
  return { headerEnd: head + 1, count: kind === 'T10' ? 1 : 2, valueStart: valueStart < 0 ? 2 : valueStart, printed: [] };
}

function draftOf(line: SourceLine, f: Frame): RowDraft {
  if (isTabLine(line.text)) {
    const cells = tabCells(line.text);
    const d = newDraft(line.line, { label: cells[0] ?? '', lineNo: /^\d+$/.test(cells[1] ?? '') ? Number.parseInt(cells[1]!, 10) : null });
    d.placed = Array.from({ length: f.count }, (_, i) => cells[f.valueStart + i] ?? '');
    return d;
  }
  const toks = spaceTokens(line.text);
  const d = newDraft(line.line);
  let i = 0;
  const label: string[] = [];
  while (i < toks.length && toks[i]!.kind === 'text') label.push(toks[i++]!.text);
  d.label = label.join(' ');
  if (d.label && toks[i]?.kind === 'int') d.lineNo = Number.parseInt(toks[i++]!.text, 10);
  for (; i < toks.length; i++) {
    if (toks[i]!.kind === 'text') d.label = d.label ? `${d.label} ${toks[i]!.text}` : toks[i]!.text;
    else d.values.push(toks[i]!.text);
  }
  return d;
}

// 行次 groups of the row form (决算 and budget columns alike): r1 = r2+r3+r6, r3 = r4+r5, r6 = r7+r9.
const R_GROUPS: readonly (readonly [number, readonly number[]])[] = [[1, [2, 3, 6]], [3, [4, 5]], [6, [7, 9]]];

export function buildRowForm(kind: 'T09' | 'T10') {
  return (lines: readonly SourceLine[], ctx: BuildContext): Built => {
    const f = findFrame(lines, kind);
    const problems: ParseProblem[] = [];
    const drafts = lines.slice(Math.max(f.headerEnd, 0)).filter((l) => l.text.trim() !== '').map((l) => draftOf(l, f));
    const spec = kind === 'T10' ? 'T10' : f.count >= 12 ? 'T09.W' : f.count === 3 ? 'T09.R3' : 'T09.R2';
    const cols = Array.from({ length: f.count }, (_, i) => i + 1);
    const inputs: PlaceInput[] = drafts.map((d) => ({ values: d.placed ? [] : d.values, columns: cols }));
    const cands = inputs.map((inp, r) => {
      const all = rowCandidates(inp, ROW_IDENTITIES[spec] ?? []);
      const d = drafts[r]!;
      if (spec === 'T09.W' || d.lineNo === null) return all;
      // statistics (r10+) are counts in the 决算 column; “-”/“---” on r7+ mark n/a budget cells
      const fit = all.filter((c) => c.every((col, i) => {
        const isPlaceholder = classify(d.values[i] ?? '') === 'placeholder';
        if (isPlaceholder && d.lineNo! >= 7) return col < f.count;
        if (!isPlaceholder && d.lineNo! >= 10) return col === f.count;
        return true;
      }));
      return fit.length > 0 ? fit : all;
    });
    if (spec !== 'T09.W' && kind === 'T09') {
      const at = (n: number) => drafts.findIndex((d) => d.lineNo === n);
      const groups = R_GROUPS.map(([p, ch]) => [at(p), ch.map(at)] as const)
        .filter(([p, ch]) => p >= 0 && ch.every((c) => c >= 0)) as [number, number[]][];
      pruneByGroups(inputs, cands, groups, cols);
    }
    const amounts = drafts.map((d, i) => {
      if (d.placed) return d.placed;
      const c = cands[i]!;
      d.placement = placementOf(d, f.count, c.length);
      if (c.length > 1) {
        d.flags.push('column_ambiguous');
        problems.push(ambiguityProblem(ctx.tableId, d, c.length));
      }
      return spread(d.values, c[0] ?? [], f.count);
    });
    const columns = [{ ...LABEL_COLUMN, header: '项目' }, LINE_NO_COLUMN, ...amountColumnSpecs(spec, f.count, f.printed)];
    const rows = drafts.map((d, i) => toRow(d, [d.label, d.lineNo === null ? '' : String(d.lineNo)], amounts[i]!));
    return { columns, rows, layout: kind === 'T10' ? null : spec, notes: [], problems };
  };
}
