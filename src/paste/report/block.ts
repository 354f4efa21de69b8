// One table block (title line to the line before the next block) → Table: notes and printed formulas are kept
// in table.notes, unit/year/department read from the lines above the header, the body handed to the parser of
// the recognised kind (layout text and 绩效 tables to their own modules).
import type { ParseProblem } from '../../engine/document.ts';
import type { BudgetKind, Table, TableKind } from '../../engine/table.ts';
import type { SourceLine } from '../source-line.ts';
import { buildCoded } from './coded.ts';
import { buildBudgetCoded, TSV_BUDGET_CODED } from './budget-coded.ts';
import type { BuildContext, Built, TableParser } from './draft.ts';
import { buildEconomic } from './economic.ts';
import { buildGeneric } from './generic.ts';
import { emptyMeta, readMetaLine } from './meta.ts';
import { buildRowForm } from './row-form.ts';
import { siblingBound } from './siblings.ts';
import { buildTwoPane } from './two-pane.ts';
import { delegateFor } from './delegates.ts';
import { isTabLine, spaceTokens, tabCells } from './tokens.ts';
import { markUnplaced } from '../unplaced-amounts.ts';

export interface Block {
  readonly kind: TableKind;
  readonly title: string;
  readonly layoutHint: string | null;
  /** all lines of the block, title included */
  readonly lines: readonly SourceLine[];
}

const NOTE_START = /^\s*(注|说明)\s*[:：]/;
const FORMULA = /\d+\s*[栏行]\s*(各行)?\s*[=＝]/;
const NUMBERED = /^\s*\d+\s*[.．、]/;

function parserFor(kind: TableKind, hint: string | null): { parser: TableParser; spec: string } {
  switch (kind) {
    case 'T01': case 'T04': return { parser: buildTwoPane(kind), spec: kind };
    case 'T06': return { parser: buildEconomic, spec: kind };
    case 'T09': case 'T10': return { parser: buildRowForm(kind), spec: kind };
    case 'T02': case 'T03': case 'T05': case 'T07': return { parser: buildCoded(kind), spec: kind };
    case 'T08': {
      const spec = hint === 'T08.INOUT' ? 'T08.INOUT' : 'T08.EXP';
      return { parser: buildCoded(spec), spec };
    }
    default:
      if (TSV_BUDGET_CODED.has(kind)) return { parser: buildBudgetCoded(kind as BudgetKind), spec: kind };
      return { parser: buildGeneric, spec: kind };
  }
}

/** Lines from the first note (注：/说明：) or printed formula on; continuation lines join the note above. */
export function splitNotes(lines: readonly SourceLine[]): { body: SourceLine[]; notes: string[] } {
  const start = lines.findIndex((l, i) => i > 0 && (NOTE_START.test(l.text) || FORMULA.test(l.text)));
  if (start < 0) return { body: lines.slice(), notes: [] };
  const notes: string[] = [];
  for (const l of lines.slice(start)) {
    const t = l.text.trim();
    if (t === '') continue;
    const prev = notes[notes.length - 1];
    const continues = prev !== undefined && !/[。；;.]$/.test(prev) && !NUMBERED.test(t) && !FORMULA.test(t);
    if (continues) notes[notes.length - 1] = prev + t; else notes.push(t);
  }
  return { body: lines.slice(0, start), notes };
}

function readMeta(lines: readonly SourceLine[]) {
  const meta = emptyMeta();
  for (const l of lines.slice(0, 25)) {
    if (/\d\.\d{2}(?!\d)/.test(l.text) && !/单位/.test(l.text)) break;
    readMetaLine(meta, l.text);
  }
  return meta;
}

export function parseBlock(block: Block, tables: readonly Table[], layoutText: boolean): { table: Table; problems: ParseProblem[] } {
  const first = block.lines[0]?.line ?? 0;
  const last = block.lines[block.lines.length - 1]?.line ?? first;
  const id = `${block.kind}@${first}`;
  const delegate = delegateFor(block.kind, block.lines, layoutText);
  if (delegate) {
    const out = delegate(block.lines, block.kind, block.title);
    const meta = readMeta(block.lines);
    // one id scheme for every table of a document, whichever module parsed it
    const table: Table = {
      ...out.table,
      id,
      unit: out.table.unit ?? meta.unit,
      year: out.table.year ?? meta.year,
      department: out.table.department ?? meta.department,
      sourceLines: out.table.sourceLines ?? [first, last],
    };
    const problems = out.problems.map((p) => ({ ...p, table: id }));
    return { table, problems };
  }
  const { body, notes } = splitNotes(block.lines);
  const { parser, spec } = parserFor(block.kind, block.layoutHint);
  const bound = siblingBound(spec, tables);
  const ctx: BuildContext = { tables, tableId: id, layoutHint: block.layoutHint, ...(bound ? { bound } : {}) };
  const built: Built = parser(block.title === '' ? body : body.slice(1), ctx);
  const meta = readMeta(block.lines);
  const table: Table = {
    id,
    kind: block.kind,
    layout: built.layout,
    title: block.title,
    unit: block.kind === 'T10' ? null : meta.unit,
    year: meta.year,
    department: meta.department,
    columns: built.columns,
    rows: built.rows,
    notes: [...built.notes, ...notes],
    sourceLines: [first, last],
  };
  return markUnplaced({ table, problems: built.problems }, printedAmounts(block.title === '' ? body : body.slice(1)),
    { line: first, endLine: last, table: id });
}

/** The amounts printed on body lines: tab cells, or whitespace tokens with decimals or thousands separators. */
function printedAmounts(lines: readonly SourceLine[]): string[] {
  return lines.flatMap((l) => (isTabLine(l.text) ? tabCells(l.text) : spaceTokens(l.text).filter((t) => t.kind === 'amount').map((t) => t.text)))
    .filter((t) => AMOUNT.test(t));
}

const AMOUNT = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$|^[-−]?\d{1,3}(?:,\d{3})+$/;
