// Puts a table's amounts into rows and columns: columns from the page geometry, rows from the line
// (an amount line without a row identity joins the nearest row below, §6 item 2, unless that row
// already has those columns or only the row above then satisfies its identity).
import type { TableKind } from '../../engine/table.ts';
import type { RowDraft } from './block.ts';
import {
  continuationGeometry, continuationOptions, headerPageGeometry, placeLine, type PageGeometry,
} from './columns.ts';
import { identityFailures } from './hierarchy.ts';
import type { Frag, LayoutLine } from './frags.ts';
import { rowIdentityHolds } from './identity.ts';

export interface AmountLine {
  readonly line: LayoutLine;
  readonly amounts: readonly Frag[];
  /** the row the line itself opens, or null for an amount-only line */
  readonly draft: RowDraft | null;
}

const REACH = 4; // lines an amount line may sit away from its row

export function pageGeometries(
  lines: readonly LayoutLine[], headerEnd: number, centers: readonly number[], origin: number,
  panes?: readonly (number | undefined)[],
): Map<number, PageGeometry> {
  const headerPage = lines[Math.max(0, headerEnd - 1)]?.page ?? 0;
  const pages = new Set(lines.filter((l) => l.frags.some((f) => f.kind === 'amount')).map((l) => l.page));
  const out = new Map<number, PageGeometry>();
  const head = headerPageGeometry(lines.filter((l) => l.page === headerPage), centers, panes);
  out.set(headerPage, head);
  for (const p of pages) {
    if (p === headerPage) continue;
    out.set(p, continuationGeometry(lines.filter((l) => l.page === p), head.refs, origin));
  }
  return out;
}

function place(al: AmountLine, geos: ReadonlyMap<number, PageGeometry>, allowed?: readonly number[]) {
  const geo = geos.get(al.line.page);
  if (!geo) return null;
  if (!allowed) return placeLine(al.amounts, geo);
  const p = placeLine(al.amounts, { ...geo, refs: allowed.map((c) => geo.refs[c]!) });
  return p ? { cols: p.cols.map((c) => allowed[c]!), ambiguous: p.ambiguous } : null;
}

/** Fills the drafts' cells; returns the source lines whose amounts could not be placed. */
export function placeAmountLines(
  kind: TableKind,
  amountLines: readonly AmountLine[],
  drafts: readonly RowDraft[],
  geos: ReadonlyMap<number, PageGeometry>,
  allowed?: readonly number[],
): number[] {
  const unplaced: number[] = [];
  const floating: { al: AmountLine; cols: number[]; ambiguous: boolean }[] = [];
  for (const al of amountLines) {
    if (al.amounts.length === 0) continue;
    const p = place(al, geos, allowed);
    if (!p) {
      unplaced.push(al.line.line);
      if (al.draft) al.draft.flags.add('column_ambiguous');
      continue;
    }
    if (al.draft) {
      p.cols.forEach((c, i) => al.draft!.cells.set(c, al.amounts[i]!.text));
      if (p.ambiguous) al.draft.flags.add('column_ambiguous');
      if (geos.get(al.line.page)?.inferred) al.draft.placement = 'inferred';
    } else floating.push({ al, cols: p.cols, ambiguous: p.ambiguous });
  }
  for (const f of floating) {
    const target = chooseRow(kind, f.al.line.line, f.cols, f.al.amounts, drafts);
    if (!target) {
      unplaced.push(f.al.line.line);
      continue;
    }
    f.cols.forEach((c, i) => target.cells.set(c, f.al.amounts[i]!.text));
    if (f.ambiguous) target.flags.add('column_ambiguous');
    // an amount line without its own row joined the row above or below: placed by inference
    target.placement = 'inferred';
  }
  return unplaced;
}

function chooseRow(
  kind: TableKind, line: number, cols: readonly number[], amounts: readonly Frag[], drafts: readonly RowDraft[],
): RowDraft | null {
  const below = drafts.find((d) => d.line > line && d.line - line <= REACH);
  const above = [...drafts].reverse().find((d) => d.line < line && line - d.line <= REACH);
  const fits = (d: RowDraft | undefined) => d !== undefined && cols.every((c) => !d.cells.has(c));
  const holds = (d: RowDraft) => {
    const merged = new Map(d.cells);
    cols.forEach((c, i) => merged.set(c, amounts[i]!.text));
    return rowIdentityHolds(kind, merged);
  };
  const okBelow = fits(below);
  const okAbove = fits(above);
  if (okBelow && okAbove && holds(below!) === false && holds(above!) === true) return above!;
  if (okBelow) return below!;
  if (okAbove) return above!;
  return null;
}

const MAX_OPTIONS = 8;

/**
 * Coded tables: like pageGeometries + placeAmountLines, but a headerless page whose clusters fit
 * several columns geometrically takes the mapping under which the table's identities and code
 * hierarchy fail least; a tie that geometry cannot break leaves the page's rows column_ambiguous.
 */
export function placeCoded(
  kind: TableKind,
  lines: readonly LayoutLine[],
  headerEnd: number,
  centers: readonly number[],
  origin: number,
  amountLines: readonly AmountLine[],
  drafts: readonly RowDraft[],
): number[] {
  const geos = pageGeometries(lines, headerEnd, centers, origin);
  const headerPage = lines[Math.max(0, headerEnd - 1)]?.page ?? 0;
  const headRefs = geos.get(headerPage)?.refs ?? [];
  for (const page of [...geos.keys()].sort((a, b) => a - b)) {
    if (page === headerPage) continue;
    const options = continuationOptions(lines.filter((l) => l.page === page), headRefs, origin).slice(0, MAX_OPTIONS);
    if (options.length < 2) continue;
    const scored = options.map((o) => {
      const trial = new Map(geos).set(page, o.geo);
      const copies = new Map(drafts.map((d) => [d, { ...d, cells: new Map(d.cells), flags: new Set(d.flags) }]));
      const als = amountLines.map((al) => ({ ...al, draft: al.draft ? copies.get(al.draft)! : null }));
      placeAmountLines(kind, als, [...copies.values()], trial);
      return { o, fails: identityFailures(kind, [...copies.values()], centers.length) };
    });
    scored.sort((a, b) => a.fails - b.fails || a.o.score - b.o.score);
    const [best, next] = scored;
    const tie = next !== undefined && next.fails === best!.fails && next.o.score - best!.o.score < 0.02;
    geos.set(page, { ...best!.o.geo, ambiguous: best!.o.geo.ambiguous || tie, inferred: true });
  }
  return placeAmountLines(kind, amountLines, drafts, geos);
}
