// Which findings are failing identities between table cells (the ones a root cause can explain), the cells
// they read, and their connected groups (two failures are connected when they read a common cell).
import type { CellRef, Finding } from '../../engine/finding.ts';

const COMPARISON = /[≤≥<>≠]|!=/;

/**
 * An equality rule between table cells that fails beyond rounding, at error or warning severity: sum,
 * hierarchy and cross-table identities, whatever their code (unconfirmed variants included). Rounding
 * residue, inequalities, unsure verdicts and narrative findings are not.
 */
export function isFailingIdentity(f: Finding): boolean {
  if (f.severity === 'info' || f.code === 'rounding_residue' || f.code === 'inequality_violated') return false;
  if (f.difference === '' || f.operands.length < 2 || !f.formula.includes('=') || COMPARISON.test(f.formula)) return false;
  return f.operands.every((o) => isTableCell(o.ref));
}

export function isTableCell(ref: CellRef): boolean {
  return ref.table !== 'N' && ref.table !== 'document' && ref.row >= 0 && ref.col >= 0;
}

export function cellKey(ref: CellRef): string {
  return `${ref.table}\u0000${ref.row}\u0000${ref.col}`;
}

/** Key of a rule instance that survives re-evaluation (its code or severity may change, its place does not). */
export function instanceKey(f: Finding): string {
  const loc = f.location ? cellKey(f.location) : f.table;
  return `${f.ruleId}\u0000${loc}`;
}

/** Connected groups of the given findings (indices), by shared operand cells; in order of first index. */
export function groupByCells(findings: readonly Finding[], indices: readonly number[]): number[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r)! !== r) r = parent.get(r)!;
    let y = x;
    while (y !== r) { const next = parent.get(y)!; parent.set(y, r); y = next; }
    return r;
  };
  const owner = new Map<string, number>();
  for (const i of indices) {
    parent.set(i, i);
    for (const o of findings[i]!.operands) {
      const k = cellKey(o.ref);
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (const i of indices) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i); else groups.set(r, [i]);
  }
  return [...groups.values()];
}
