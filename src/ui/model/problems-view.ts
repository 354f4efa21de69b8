// Views over the root-cause problems for the UI (src/checks/problems): each problem with its current findings,
// grouped by table for the findings panel, counts per severity, the order F8 walks (errors first) and the
// culprit cells the grid marks. Problems are recomputed after edits settle; until then a snapshot's findings
// are matched to the current ones by id, and a finding no problem claims yet stands alone. Pure: no Svelte.
import type { Problem, ProblemsResult } from '../../checks/problems/index.ts';
import { SEVERITY_ORDER, type CellRef, type Finding, type Severity } from '../../engine/finding.ts';
import { compareFindings, findingId, markKey } from './findings-view.ts';

export interface ProblemSnapshot {
  readonly result: ProblemsResult;
  /** the findings the problems were computed for (the indices in result refer to them) */
  readonly findings: readonly Finding[];
}

export interface ProblemView {
  /** the problem id, or "F:" + finding id for a finding no problem claims (yet) */
  readonly id: string;
  readonly problem: Problem | null;
  readonly severity: Severity;
  /** the panel group: the culprit's table, else the first finding's */
  readonly table: string;
  readonly findings: readonly Finding[];
  /** a computed culprit (a cell whose correction explains the findings), never a lone finding's location */
  readonly culprit: CellRef | null;
}

export interface ProblemEntry {
  readonly view: ProblemView;
  /** the findings of the shown severities */
  readonly findings: readonly Finding[];
}

export interface ProblemGroup {
  /** unique per group: severity and table */
  readonly key: string;
  /** the severity of every problem in the group: the list runs errors, then warnings, then info */
  readonly severity: Severity;
  readonly table: string;
  readonly entries: readonly ProblemEntry[];
  readonly count: number;
}

const worst = (fs: readonly Finding[]): Severity => fs.reduce<Severity>((s, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[s] ? f.severity : s), 'info');

export function problemViews(snapshot: ProblemSnapshot | null, current: readonly Finding[]): ProblemView[] {
  const pool = new Map<string, Finding[]>();
  for (const f of current) {
    const list = pool.get(findingId(f));
    if (list) list.push(f); else pool.set(findingId(f), [f]);
  }
  const claim = (f: Finding): Finding | undefined => {
    const list = pool.get(findingId(f));
    if (!list || list.length === 0) return undefined;
    const at = list.indexOf(f);
    return list.splice(at >= 0 ? at : 0, 1)[0];
  };
  const views: ProblemView[] = [];
  for (const p of snapshot?.result.problems ?? []) {
    const findings = p.findings.map((i) => snapshot!.findings[i]).filter((f): f is Finding => f !== undefined)
      .map(claim).filter((f): f is Finding => f !== undefined);
    if (findings.length === 0) continue;
    const culprit = p.culprit && p.suggested !== null ? p.culprit : null;
    // the worst current finding, but never above the problem's own severity (an uncertain culprit is a warning)
    const now = worst(findings);
    const severity = SEVERITY_ORDER[now] < SEVERITY_ORDER[p.severity] ? p.severity : now;
    views.push({ id: p.id, problem: p, severity, table: culprit?.table ?? findings[0]!.table, findings, culprit });
  }
  // ids stay unique even when two findings share a findingId (the panel keys its list by them)
  const used = new Set(views.map((v) => v.id));
  for (const list of pool.values()) {
    for (const f of list) {
      let id = `F:${findingId(f)}`;
      for (let n = 2; used.has(id); n++) id = `F:${findingId(f)}#${n}`;
      used.add(id);
      views.push({ id, problem: null, severity: f.severity, table: f.table, findings: [f], culprit: null });
    }
  }
  return views;
}

/**
 * The findings list: errors first, then warnings, then info (rounding residue last, reachable, never first); within
 * a severity, groups by table (sheet order first) and problems by place. Only shown severities.
 */
export function groupProblems(views: readonly ProblemView[], sheetOrder: readonly string[], shown: ReadonlySet<Severity>): ProblemGroup[] {
  const bySeverity = new Map<Severity, Map<string, ProblemEntry[]>>();
  for (const view of views) {
    const findings = view.findings.filter((f) => shown.has(f.severity)).sort(compareFindings);
    if (findings.length === 0) continue;
    let byTable = bySeverity.get(view.severity);
    if (!byTable) bySeverity.set(view.severity, (byTable = new Map()));
    const list = byTable.get(view.table);
    if (list) list.push({ view, findings }); else byTable.set(view.table, [{ view, findings }]);
  }
  const out: ProblemGroup[] = [];
  for (const severity of (['error', 'warning', 'info'] as const)) {
    const byTable = bySeverity.get(severity);
    if (!byTable) continue;
    const order = [...sheetOrder, ...[...byTable.keys()].filter((t) => !sheetOrder.includes(t)).sort()];
    for (const table of order) {
      const entries = byTable.get(table);
      if (!entries) continue;
      entries.sort((a, b) => compareFindings(a.findings[0]!, b.findings[0]!));
      out.push({ key: `${severity}:${table}`, severity, table, entries, count: entries.length });
    }
  }
  return out;
}

/** The order F8 walks: errors first, then warnings, then info; the panel's order within a severity. */
export function problemOrder(groups: readonly ProblemGroup[]): ProblemEntry[] {
  const all = groups.flatMap((g) => g.entries);
  return all.map((e, k) => ({ e, k })).sort((a, b) => SEVERITY_ORDER[a.e.view.severity] - SEVERITY_ORDER[b.e.view.severity] || a.k - b.k).map(({ e }) => e);
}

export function countProblems(views: readonly ProblemView[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const v of views) out[v.severity]++;
  return out;
}

/** tableId → "row:col" → the problem whose culprit the cell is. */
export function culpritCells(views: readonly ProblemView[]): Map<string, Map<string, ProblemView>> {
  const out = new Map<string, Map<string, ProblemView>>();
  for (const v of views) {
    if (!v.culprit) continue;
    let t = out.get(v.culprit.table);
    if (!t) out.set(v.culprit.table, (t = new Map()));
    t.set(markKey(v.culprit.row, v.culprit.col), v);
  }
  return out;
}

/** Index of the entry after (step 1) or before (step −1) the selected problem, wrapping around. */
export function stepProblem(order: readonly ProblemEntry[], current: string | null, step: 1 | -1): number {
  if (order.length === 0) return -1;
  const at = current === null ? -1 : order.findIndex((e) => e.view.id === current);
  if (at < 0) return step === 1 ? 0 : order.length - 1;
  return (at + step + order.length) % order.length;
}
