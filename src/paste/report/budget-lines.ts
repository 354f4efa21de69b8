// Shared helpers of the 部门预算 summary-table parsers (B01–B04, budget-*.ts): the block's body without the
// page furniture the 江苏 documents print between tables (“公开02表”, “表二”, a lone page number), the
// split of a line's fragments into panes by where each pane's labels start, and the table assembly.
import type { ParseProblem } from '../../engine/document.ts';
import { colNo, makeCell, placedCell, type Column, type Placement, type Row, type RowFlag, type Table, type TableKind } from '../../engine/table.ts';
import { compactLabel, type Frag, type LayoutLine } from '../layout/frags.ts';
import type { PreparedBlock } from '../layout/block.ts';

const FURNITURE = /^(?:公开)?(?:表[一二三四五六七八九十\d]+|\d+表)$|^[-—－]*\d{1,3}[-—－]*$/;

/** A line that only carries a table number or a page number (printed between the 江苏 tables). */
export function isFurniture(line: LayoutLine): boolean {
  const t = line.text.replace(/[\s\f]+/g, '');
  return t !== '' && FURNITURE.test(t);
}

const AMOUNT_WORD = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$/;

/** A text fragment holding amounts joined by single spaces (“27,664.22 一、一般公共服务支出”) cut into its parts. */
function splitMixed(f: Frag): Frag[] {
  if (f.kind !== 'text' || !/\d/.test(f.text)) return [f];
  const per = (f.x1 - f.x0) / Math.max(1, f.text.length);
  const out: Frag[] = [];
  let textStart = -1;
  let textEnd = 0;
  const flushText = () => {
    if (textStart < 0) return;
    out.push({ kind: 'text', text: f.text.slice(textStart, textEnd), x0: f.x0 + textStart * per, x1: f.x0 + textEnd * per, wide: f.wide });
    textStart = -1;
  };
  for (const m of f.text.matchAll(/\S+/g)) {
    const at = m.index;
    const end = at + m[0].length;
    if (AMOUNT_WORD.test(m[0])) {
      flushText();
      out.push({ kind: 'amount', text: m[0], x0: f.x0 + at * per, x1: f.x0 + end * per, wide: f.wide });
    } else {
      if (textStart < 0) textStart = at;
      textEnd = end;
    }
  }
  flushText();
  return out;
}

const META_LINE = /单位\s*[:：]\s*(?:万元|元|亿元)|^部门(?:名称)?\s*[:：]/;

/** The body without furniture, and without department/unit lines printed below the title (“公开表三⏎部门：…”). */
export function bodyLines(block: PreparedBlock): LayoutLine[] {
  const lines = block.body.filter((l) => !isFurniture(l) && l.frags.length > 0);
  const meta = lines.findIndex((l) => META_LINE.test(l.text.trim()));
  const from = meta >= 0 && meta < 4 && !lines.slice(0, meta).some((l) => l.frags.some((f) => f.kind === 'amount')) ? meta + 1 : 0;
  // re-indexed without blank lines: “the line above” is the previous printed line
  return lines.slice(from).map((l, index) => ({ ...l, index, frags: l.frags.flatMap(splitMixed) }));
}

export const texts = (l: LayoutLine): Frag[] => l.frags.filter((f) => f.kind !== 'amount');
export const amounts = (l: LayoutLine): Frag[] => l.frags.filter((f) => f.kind === 'amount');

/** 1-D clusters of positions: a gap wider than `gap` starts a new cluster; returns each cluster's minimum. */
export function clusterStarts(xs: readonly number[], gap: number): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: number[] = [];
  let prev = -Infinity;
  for (const x of sorted) {
    if (x - prev > gap) out.push(x);
    prev = x;
  }
  return out;
}

/** The pane a fragment starting at `x` belongs to: the last pane whose labels start at or before it. */
export function paneAt(starts: readonly number[], x: number, slack: number): number {
  let p = 0;
  starts.forEach((s, i) => { if (s - slack <= x) p = i; });
  return p;
}

/** The texts of one line joined per pane (a label typeset in several runs becomes one label). */
export function labelsByPane(l: LayoutLine, starts: readonly number[]): Map<number, string> {
  const parts = new Map<number, string[]>();
  for (const f of texts(l)) {
    const p = paneAt(starts, f.x0, 4);
    parts.set(p, [...(parts.get(p) ?? []), f.text]);
  }
  return new Map([...parts].map(([p, ts]) => [p, compactLabel(ts)]));
}

export interface BudgetDraft {
  label: string;
  /** text cells before the label (B02's group column) */
  prefix?: string[];
  /** the label cell's text when the row's key differs from it (B02: key 一般公共预算资金小计, printed 小计) */
  shown?: string;
  cells: Map<number, string>;
  line: number;
  /** block line index of the row's first line and of its last text line */
  start: number;
  last: number;
  pane?: number;
  flags: Set<RowFlag>;
  /** set when the row's amounts were placed by inference rather than where they are printed */
  placement?: Placement;
}

export function draft(label: string, l: LayoutLine): BudgetDraft {
  return { label, cells: new Map(), line: l.line, start: l.index, last: l.index, flags: new Set() };
}

export interface BudgetColumns {
  /** leading text columns (key, header); the last is the row's label, the ones before it plain text (B02's group) */
  readonly text: readonly (readonly [string, string])[];
  /** amount columns: header and pane (undefined for single-pane tables) */
  readonly amounts: readonly { header: string; pane?: number }[];
  /** false when the columns' meaning is not the recognised layout's: no 栏 numbers are implied */
  readonly numbered?: boolean;
}

export function assemble(
  kind: TableKind, layout: string | null, title: string, block: PreparedBlock, cols: BudgetColumns,
  drafts: readonly BudgetDraft[], placement: Placement = 'exact',
): Table {
  const columns: Column[] = cols.text.map(([key, header], i) =>
    ({ key, colNo: null, header, role: i === cols.text.length - 1 ? 'label' as const : 'text' as const }));
  cols.amounts.forEach((a, i) => {
    const base: Column = { key: `c${i + 1}`, colNo: cols.numbered === false ? null : colNo(i + 1), header: a.header, role: 'amount' };
    columns.push(a.pane === undefined ? base : { ...base, pane: a.pane });
  });
  const rows: Row[] = drafts.map((d) => {
    const lead = cols.text.length === 0 ? [] : [...(d.prefix ?? []), d.shown ?? d.label].slice(-cols.text.length).map(makeCell);
    while (lead.length < cols.text.length) lead.unshift(makeCell(''));
    const cells = [...lead, ...cols.amounts.map((_, i) => placedCell(d.cells.get(i) ?? '', d.placement ?? placement))];
    const row: Row = { code: null, label: d.label, lineNo: null, cells, sourceLine: d.line };
    const flags = d.flags.size ? { flags: [...d.flags] } : {};
    return d.pane === undefined ? { ...row, ...flags } : { ...row, ...flags, pane: d.pane };
  });
  return {
    id: kind, kind, layout, title, unit: block.unit, year: null, department: null, columns, rows,
    notes: block.notes, sourceLines: [block.first, block.last],
  };
}

export function unparsed(kind: TableKind, line: number): ParseProblem {
  return { code: 'unparsed_lines', severity: 'warning', line, table: kind };
}
