// A table block of layout text: title and unit lines off the top, notes (注：…/说明：…/“故本表无数据”)
// off the bottom, and the assembly of parsed rows into the engine's Table.
import type { ParseProblem } from '../../engine/document.ts';
import {
  colNo, makeCell, placedCell, type Column, type Placement, type Row, type RowFlag, type Table, type TableKind, type Unit,
} from '../../engine/table.ts';
import type { SourceLine } from '../source-line.ts';
import { toLayoutLines, type LayoutLine } from './frags.ts';
import type { KindSpec } from './specs.ts';

export interface PreparedBlock {
  readonly unit: Unit | null;
  readonly body: readonly LayoutLine[];
  readonly notes: readonly string[];
  readonly first: number;
  readonly last: number;
}

const UNIT_RE = /单位\s*[：:]\s*(万元|亿元|元)/;
const NOTE_RE = /^\s*(?:注|说明|备注)\s*\d*\s*[：:]/;
const compact = (s: string) => s.replace(/[\s\f]+/g, '');

export function prepareBlock(lines: readonly SourceLine[], title: string): PreparedBlock {
  const all = toLayoutLines(lines);
  let unit: Unit | null = null;
  let start = 0;
  const t = compact(title);
  // the title (and a department heading above it) and the unit line open the block
  for (let i = 0; i < Math.min(all.length, 4); i++) {
    const c = compact(all[i]!.text);
    const u = UNIT_RE.exec(c);
    if (u) unit = u[1] as Unit;
    // a title wrapped onto a second line (“…支出预算” / “表”) ends on that line
    if (u || (t !== "" && c.includes(t)) || (i > 0 && c !== '' && t.endsWith(c) && start === i)) start = i + 1;
  }
  let end = all.length;
  for (let i = start; i < all.length; i++) {
    if (NOTE_RE.test(all[i]!.text)) {
      end = i;
      break;
    }
  }
  const notes = collectNotes(all.slice(end).map((l) => l.text.trim()));
  return {
    unit,
    body: all.slice(start, end).map((l, index) => ({ ...l, index })),
    notes,
    first: lines[0]?.line ?? 1,
    last: lines[lines.length - 1]?.line ?? 1,
  };
}

function collectNotes(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of texts) {
    const t = raw.replace(/\f/g, '').trim();
    if (t === '') continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && !NOTE_RE.test(t) && !/[。：:]$/.test(prev)) out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out;
}

export interface RowDraft {
  code: string | null;
  codeText: string;
  label: string;
  /** amount column index → printed text */
  cells: Map<number, string>;
  line: number;
  flags: Set<RowFlag>;
  pane?: number;
  /** how the amounts were placed (absent = exact: by the page geometry under the header) */
  placement?: Placement;
}

export function newDraft(line: number, code: string | null, codeText: string, label: string): RowDraft {
  return { code, codeText, label, cells: new Map(), line, flags: new Set() };
}

export interface BuildInput {
  readonly kind: TableKind;
  readonly spec: KindSpec;
  readonly title: string;
  readonly block: PreparedBlock;
  readonly drafts: readonly RowDraft[];
  readonly withCode: boolean;
  readonly labelHeader: string;
}

export function buildTable(input: BuildInput): Table {
  const { spec, block } = input;
  const columns: Column[] = [];
  if (input.withCode) columns.push({ key: 'code', colNo: null, header: '科目编码', role: 'code' });
  columns.push({ key: 'label', colNo: null, header: input.labelHeader, role: 'label' });
  for (const c of spec.cols) {
    const base = { key: c.key, colNo: colNo(c.colNo), header: c.header, role: 'amount' as const };
    columns.push(c.pane === undefined ? base : { ...base, pane: c.pane });
  }
  const rows: Row[] = input.drafts.map((d) => {
    const cells = [];
    if (input.withCode) cells.push(makeCell(d.codeText));
    cells.push(makeCell(d.label));
    const placement: Placement = d.flags.has('column_ambiguous') ? 'ambiguous' : d.placement ?? 'exact';
    spec.cols.forEach((_, i) => cells.push(placedCell(d.cells.get(i) ?? '', placement)));
    const row: Row = { code: d.code, label: d.label, lineNo: null, cells, sourceLine: d.line };
    const flags = d.flags.size ? { flags: [...d.flags] } : {};
    return d.pane === undefined ? { ...row, ...flags } : { ...row, ...flags, pane: d.pane };
  });
  return {
    id: input.kind === 'unknown' ? `table@${block.first}` : input.kind,
    kind: input.kind,
    layout: spec.layout,
    title: input.title,
    unit: block.unit,
    year: null,
    department: null,
    columns,
    rows,
    notes: block.notes,
    sourceLines: [block.first, block.last],
  };
}

export function ambiguityProblem(kind: TableKind, d: RowDraft): ParseProblem {
  return { code: 'column_ambiguous', severity: 'warning', line: d.line, table: kind };
}

export function unparsedProblem(kind: TableKind, line: number): ParseProblem {
  return { code: 'unparsed_lines', severity: 'warning', line, table: kind };
}
