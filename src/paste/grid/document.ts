// Grids → a ParsedDocument: one table per grid (a TSV/CSV paste, each HTML table, each worksheet), the prose
// around them as narrative, document title/department/year/unit taken from the tables.
import type { Narrative, ParsedDocument, ParseProblem } from '../../engine/document.ts';
import type { Table, Unit } from '../../engine/table.ts';
import type { RowSource } from './row-source.ts';
import { gridToTable, type Recogniser } from './to-table.ts';

export interface GridSource {
  /** rows of cell texts, or a big paste's rows read on demand */
  readonly rows: readonly (readonly string[])[] | RowSource;
  readonly lines?: readonly number[];
  readonly context?: readonly string[];
  /** worksheet name, used as a title when the grid has none */
  readonly name?: string;
}

export const EMPTY_NARRATIVE: Narrative = Object.freeze({ text: '', lineMap: [] });

export function narrativeOf(lines: readonly string[], lineNumbers?: readonly number[]): Narrative {
  return { text: lines.join('\n'), lineMap: lines.map((_, i) => lineNumbers?.[i] ?? i + 1) };
}

export function documentFromGrids(
  grids: readonly GridSource[],
  narrative: Narrative,
  recognise: Recogniser | undefined,
  problems: readonly ParseProblem[] = [],
): ParsedDocument {
  const tables: Table[] = [];
  const all: ParseProblem[] = [...problems];
  const used = new Set<string>();
  grids.forEach((g, i) => {
    const context = g.context ?? (g.name ? [g.name] : []);
    const parsed = gridToTable({ id: `t${i + 1}`, rows: g.rows, lines: g.lines, context, recognise });
    // ids read like the report parser's: kind@first line, made unique when two grids start on the same line
    const base = `${parsed.table.kind}@${parsed.table.sourceLines?.[0] ?? i + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}#${n}`;
    used.add(id);
    const table = { ...parsed.table, id, title: parsed.table.title || g.name || '' };
    tables.push(table);
    for (const p of parsed.problems) all.push(p.table ? { ...p, table: id } : p);
  });
  const units = [...new Set(tables.map((t) => t.unit).filter((u): u is Unit => u !== null))];
  if (units.length > 1) all.push({ code: 'mixed_units', severity: 'warning', params: { units: units.join('、') } });
  const first = <K extends 'title' | 'department' | 'year' | 'unit'>(k: K) => tables.find((t) => t[k] !== null && t[k] !== '')?.[k] ?? null;
  return {
    title: tables.length === 1 ? tables[0]!.title || null : null,
    department: first('department') as string | null,
    year: first('year') as number | null,
    unit: units.length === 1 ? units[0]! : null,
    tables,
    narrative,
    problems: all,
  };
}
