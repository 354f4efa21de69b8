// Root causes: groups a document's findings by the cell they share as culprit and reports one problem per
// group (src/checks/problems/README in rules/README.md "Problems"). Pure: takes the findings, the tables and
// the bound rules, returns problems and, per finding, the id of its problem.
import { Decimal, SEVERITY_ORDER, type BoundRule, type CellRef, type Finding, type ParsedDocument, type Severity, type Table } from '../../engine/index.ts';
import { selectRules } from '../../rules/index.ts';
import { extraBindings, type CheckDocumentOptions } from '../check-document.ts';
import { cellKey, groupByCells, isFailingIdentity, isTableCell } from './identity.ts';
import { suggestionKind } from './kind.ts';
import { solveGroup, type Correction } from './solve.ts';
import { Trials } from './trials.ts';
import type { Problem, ProblemBasis } from './types.ts';

export type { Problem, ProblemBasis, SuggestionKind } from './types.ts';
export { suggestionKind } from './kind.ts';

export interface ProblemsResult {
  readonly problems: Problem[];
  /** per finding (same order as the input), the id of the problem it is evidence for */
  readonly problemOf: string[];
}

interface Draft {
  severity: Severity;
  culprit: CellRef | null;
  suggested: string | null;
  basis: ProblemBasis;
  findings: number[];
  explains: number;
  candidates?: readonly CellRef[];
  partnerOf?: Draft;
  corroboratedBy?: number;
}

export function findProblems(findings: readonly Finding[], tables: readonly Table[], rules: readonly BoundRule[]): ProblemsResult {
  const failing = findings.flatMap((f, i) => (isFailingIdentity(f) ? [i] : []));
  // only identities the rules reproduce can be re-evaluated under a trial correction
  const trials = failing.length ? new Trials(tables, rules) : null;
  const identities = trials ? failing.filter((i) => trials.knows(findings[i]!)) : [];
  const drafts: Draft[] = [];
  const state = { usable: true };
  for (const group of groupByCells(findings, identities)) drafts.push(...draftsOf(group, findings, trials!, tables, state));
  const placed = new Set(identities);
  const byCulprit = new Map<string, Draft>();
  for (const d of drafts) if (d.culprit) byCulprit.set(cellKey(d.culprit), d);
  findings.forEach((f, i) => {
    if (placed.has(i)) return;
    const owner = [f.location, ...f.cells, ...f.operands.map((o) => o.ref)]
      .map((ref) => (ref ? byCulprit.get(cellKey(ref)) : undefined)).find((d) => d !== undefined);
    if (owner) owner.findings.push(i);
    else drafts.push({ severity: f.severity, culprit: f.location, suggested: null, basis: 'single', findings: [i], explains: 0 });
  });
  for (const d of drafts) d.findings.sort((a, b) => a - b);
  drafts.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.findings[0]! - b.findings[0]!);
  const ids = new Map(drafts.map((d, k) => [d, `P${k + 1}`] as const));
  const problemOf: string[] = new Array<string>(findings.length).fill('');
  const problems = drafts.map((d): Problem => {
    const id = ids.get(d)!;
    for (const i of d.findings) problemOf[i] = id;
    const kind = d.culprit && d.suggested !== null ? suggestionKind(d.culprit.text ?? '', d.suggested) : undefined;
    return {
      id, severity: d.severity, culprit: d.culprit, suggested: d.suggested, ...(kind ? { kind } : {}), basis: d.basis,
      findings: d.findings, explains: d.explains,
      ...(d.candidates ? { candidates: d.candidates } : {}), ...(d.partnerOf ? { partner: ids.get(d.partnerOf)! } : {}),
      ...(d.corroboratedBy !== undefined ? { corroboratedBy: d.corroboratedBy } : {}),
    };
  });
  return { problems, problemOf };
}

/** findProblems with the document's own rules (the packs chosen for its tables and any extra rules). */
export function documentProblems(doc: ParsedDocument, findings: readonly Finding[], opts: CheckDocumentOptions = {}): ProblemsResult {
  const packs = selectRules(doc);
  const rules = [...packs.rules, ...extraBindings(doc, opts.extraRules ?? [])].filter((b) => !opts.disabled?.has(b.def.id));
  return findProblems(findings, doc.tables, rules);
}

function draftsOf(group: number[], findings: readonly Finding[], trials: Trials, tables: readonly Table[], state: { usable: boolean }): Draft[] {
  const evidence = group.map((i) => findings[i]!);
  const severity = worst(evidence);
  // a search that fails for any reason names no culprit (fail closed), it never hides the findings
  let solution: ReturnType<typeof solveGroup> = { kind: 'unexplained' };
  if (state.usable) {
    try {
      solution = solveGroup(evidence, trials);
    } catch {
      state.usable = trials.rollback();
    }
  }
  switch (solution.kind) {
    case 'single':
      return [culpritDraft(solution.fix, group, severity, tables, group.length)];
    case 'pair': {
      const [a, b] = solution.fixes;
      const reads = (fix: Correction, i: number) => findings[i]!.operands.some((o) => cellKey(o.ref) === cellKey(fix.ref));
      // each cell takes the findings only it reads; the shared ones go to the first cell, or to the second when
      // the second reads none of its own
      const onlyA = group.filter((i) => reads(a, i) && !reads(b, i));
      const onlyB = group.filter((i) => reads(b, i) && !reads(a, i));
      const shared = group.filter((i) => !onlyA.includes(i) && !onlyB.includes(i));
      if (onlyA.length === 0 && onlyB.length === 0) {
        return [{ severity, culprit: null, suggested: null, basis: 'ambiguous', findings: [...group], explains: 0, candidates: [a.ref, b.ref] }];
      }
      const [mineA, mineB] = onlyB.length === 0 ? [onlyA, shared] : [[...onlyA, ...shared], onlyB];
      const da = culpritDraft(a, mineA, severity, tables, group.filter((i) => reads(a, i)).length, 'pair');
      const db = culpritDraft(b, mineB, severity, tables, group.filter((i) => reads(b, i)).length, 'pair');
      if (da.findings.length === 0) return [{ ...db, partnerOf: undefined }];
      da.partnerOf = db;
      db.partnerOf = da;
      return [da, db];
    }
    case 'ambiguous': {
      const named = corroborated(solution.fixes, group, findings);
      if (named) {
        const d = culpritDraft(named.fix, group, severity, tables, group.length, 'corroborated');
        return [{ ...d, corroboratedBy: named.by }];
      }
      return [{ severity, culprit: null, suggested: null, basis: 'ambiguous', findings: [...group], explains: 0, candidates: solution.candidates }];
    }
    default:
      return [{ severity, culprit: null, suggested: null, basis: solution.kind, findings: [...group], explains: 0 }];
  }
}

function culpritDraft(fix: Correction, findings: number[], severity: Severity, tables: readonly Table[], explains: number, basis: ProblemBasis = 'cell'): Draft {
  const uncertain = isUncertain(fix.ref, tables);
  return {
    // the problem is as severe as its findings (an error proven under every placement stays an error); only the
    // naming of the culprit is unconfirmed, and its basis and wording say so
    severity,
    culprit: fix.ref, suggested: fix.suggested, basis: uncertain ? 'uncertain_cell' : basis, findings: [...findings], explains,
  };
}

/**
 * Among corrections that each explain a group, the one another finding confirms: a finding outside the group
 * (a narrative amount, a cross-check) that reads that cell, compares it with exactly the corrected value, and
 * reads no other candidate. Only when exactly one candidate is confirmed so.
 */
function corroborated(fixes: readonly Correction[], group: readonly number[], findings: readonly Finding[]): { fix: Correction; by: number } | null {
  const inGroup = new Set(group);
  const keys = new Set(fixes.map((f) => cellKey(f.ref)));
  const hits = new Map<string, { fix: Correction; by: number }>();
  findings.forEach((f, i) => {
    if (inGroup.has(i) || f.expected === '' || f.actual === '') return;
    const read = new Set([...f.cells, ...f.operands.map((o) => o.ref)].filter(isTableCell).map(cellKey).filter((k) => keys.has(k)));
    if (read.size !== 1) return;
    const fix = fixes.find((x) => read.has(cellKey(x.ref)))!;
    const states = [f.expected, f.actual].map((v) => { try { return new Decimal(v); } catch { return null; } });
    if (states.some((v) => v?.eq(fix.suggested))) hits.set(cellKey(fix.ref), hits.get(cellKey(fix.ref)) ?? { fix, by: i });
  });
  return hits.size === 1 ? [...hits.values()][0]! : null;
}

/** A cell placed by inference or sitting in a row whose values could not be placed with certainty. */
export function isUncertain(ref: CellRef, tables: readonly Table[]): boolean {
  const row = tables.find((t) => t.id === ref.table)?.rows[ref.row];
  if (!row) return true;
  if (row.flags?.includes('column_ambiguous')) return true;
  const placement = (row.cells[ref.col] as { placement?: string } | undefined)?.placement;
  return placement === 'inferred' || placement === 'ambiguous';
}

function worst(fs: readonly Finding[]): Severity {
  return fs.reduce<Severity>((s, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[s] ? f.severity : s), 'info');
}
