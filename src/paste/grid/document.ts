// Grids → a ParsedDocument: one table per grid (a TSV/CSV paste, each HTML table, each worksheet), the prose
// around them as narrative, document title/department/year/unit taken from the tables.
import type { Narrative, ParsedDocument, ParseProblem } from '../../engine/document.ts';
import type { Table, Unit } from '../../engine/table.ts';
import { gridToTable, type Recogniser } from './to-table.ts';

export interface GridSource {
  readonly rows: readonly (readonly string[])[];
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
  grids.forEach((g, i) => {
    const id = `t${i + 1}`;
    const context = g.context ?? (g.name ? [g.name] : []);
    const { table, problems: p } = gridToTable({ id, rows: g.rows, lines: g.lines, context, recognise });
    tables.push(table.title === '' && g.name ? { ...table, title: g.name } : table);
    all.push(...p);
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
