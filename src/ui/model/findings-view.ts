// Views over the current findings for the UI: per-cell marks for the grid, groups (table → rule) for the
// findings panel, counts per severity and the order F8 walks. Pure: no Svelte, no grid.
import { findingKey, SEVERITY_ORDER, type Finding, type Severity } from '../../engine/finding.ts';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface CellMark {
  /** worst severity among the findings whose primary cell this is */
  readonly severity: Severity;
  /** the worst finding here is a warning and every warning carries a 核实说明 */
  readonly explained: boolean;
  readonly findings: readonly Finding[];
  /** the cell is the culprit of this problem (its correction explains the problem's findings) */
  readonly culprit?: string;
}

/** A culprit cell to mark: the problem's id, severity and findings. */
export interface CulpritMark {
  readonly id: string;
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

export type Notes = ReadonlyMap<string, string>;

export const markKey = (row: number, col: number) => `${row}:${col}`;

/** The cell a markKey names (null for anything else). */
export function markCell(key: string): { row: number; col: number } | null {
  const m = /^(\d+):(\d+)$/.exec(key);
  return m ? { row: Number(m[1]), col: Number(m[2]) } : null;
}

/** Unique id of a finding in the UI: findingKey plus the sentence offset, since narrative findings share
 *  a null location. Notes (核实说明) are keyed by it. */
export function findingId(f: Finding): string {
  return f.span ? `${findingKey(f)}@${f.span[0]}` : findingKey(f);
}

export function isExplained(f: Finding, notes: Notes): boolean {
  return f.severity === 'warning' && (notes.get(findingId(f)) ?? '').trim() !== '';
}

/** tableId → "row:col" → mark, for the primary cell of each finding and for each culprit cell. */
export function buildCellMarks(
  findings: readonly Finding[], notes: Notes, culprits: ReadonlyMap<string, ReadonlyMap<string, CulpritMark>> = new Map(),
): Map<string, Map<string, CellMark>> {
  const byCell = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    const loc = f.location;
    if (!loc || loc.row < 0 || loc.col < 0) continue;
    let table = byCell.get(loc.table);
    if (!table) byCell.set(loc.table, (table = new Map()));
    const key = markKey(loc.row, loc.col);
    const list = table.get(key);
    if (list) list.push(f);
    else table.set(key, [f]);
  }
  const out = new Map<string, Map<string, CellMark>>();
  for (const [tableId, cells] of byCell) {
    const marks = new Map<string, CellMark>();
    for (const [key, list] of cells) {
      list.sort(compareFindings);
      const severity = list[0]!.severity;
      const explained = severity === 'warning' && list.every((f) => f.severity !== 'warning' || isExplained(f, notes));
      marks.set(key, { severity, explained, findings: list });
    }
    out.set(tableId, marks);
  }
  for (const [tableId, cells] of culprits) {
    let marks = out.get(tableId);
    if (!marks) out.set(tableId, (marks = new Map()));
    for (const [key, c] of cells) {
      const own = marks.get(key);
      const list = [...(own?.findings ?? []), ...c.findings.filter((f) => !own?.findings.includes(f))].sort(compareFindings);
      const severity = own && SEVERITY_ORDER[own.severity] < SEVERITY_ORDER[c.severity] ? own.severity : c.severity;
      marks.set(key, { severity, explained: own?.explained === true && severity === own.severity, findings: list, culprit: c.id });
    }
  }
  return out;
}

export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    || (a.location?.row ?? -1) - (b.location?.row ?? -1)
    || (a.location?.col ?? -1) - (b.location?.col ?? -1)
    || (a.span?.[0] ?? 0) - (b.span?.[0] ?? 0);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

export interface RuleGroup {
  readonly ruleId: string;
  readonly formula: string;
  readonly findings: readonly Finding[];
}

export interface TableGroup {
  readonly table: string;
  readonly rules: readonly RuleGroup[];
  readonly count: number;
}

/** Groups by table (in the given sheet order, then any others) and by rule, keeping only shown severities. */
export function groupFindings(
  findings: readonly Finding[], sheetOrder: readonly string[], shown: ReadonlySet<Severity>,
): TableGroup[] {
  const byTable = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    if (!shown.has(f.severity)) continue;
    let rules = byTable.get(f.table);
    if (!rules) byTable.set(f.table, (rules = new Map()));
    const list = rules.get(f.ruleId);
    if (list) list.push(f);
    else rules.set(f.ruleId, [f]);
  }
  const order = [...sheetOrder, ...[...byTable.keys()].filter((t) => !sheetOrder.includes(t)).sort()];
  const out: TableGroup[] = [];
  for (const table of order) {
    const rules = byTable.get(table);
    if (!rules) continue;
    const groups = [...rules].map(([ruleId, list]) => ({
      ruleId, formula: list[0]!.formula, findings: list.sort(compareFindings),
    }));
    groups.sort((a, b) => compareFindings(a.findings[0]!, b.findings[0]!));
    out.push({ table, rules: groups, count: groups.reduce((n, g) => n + g.findings.length, 0) });
  }
  return out;
}

/** The order F8 / Shift+F8 walk: the panel's order. */
export function navigationOrder(groups: readonly TableGroup[]): Finding[] {
  return groups.flatMap((g) => g.rules.flatMap((r) => r.findings));
}

/** Index of the finding after (step 1) or before (step −1) `current` in `order`, wrapping around. */
export function stepIndex(order: readonly Finding[], current: string | null, step: 1 | -1): number {
  if (order.length === 0) return -1;
  const at = current === null ? -1 : order.findIndex((f) => findingId(f) === current);
  if (at < 0) return step === 1 ? 0 : order.length - 1;
  return (at + step + order.length) % order.length;
}
