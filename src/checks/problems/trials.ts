// Trial corrections: a private IncrementalChecker over copies of the document's tables (the reviewer's tables
// are never touched). A trial sets a cell, reads which failing rule instances now pass and which passing ones
// now fail, and is undone by setting the printed text back.
import { IncrementalChecker, type BoundRule, type CellRef, type Finding, type Table } from '../../engine/index.ts';
import { instanceKey } from './identity.ts';

export interface TrialState {
  /** failing instances (of the ones asked about) that pass after the corrections */
  readonly cleared: ReadonlySet<string>;
  /** instances that passed before and fail now (error or warning beyond rounding) */
  readonly broken: number;
  /** the latest finding of each asked-about instance that still fails */
  readonly failing: ReadonlyMap<string, Finding>;
}

export interface Change {
  readonly ref: CellRef;
  readonly text: string;
}

/** A finding that says the checked data is wrong (not residue, not an unsure verdict, not info). */
export function isBad(f: Finding): boolean {
  return f.severity !== 'info' && f.code !== 'rounding_residue';
}

export class Trials {
  private readonly checker: IncrementalChecker;
  private readonly badBefore = new Set<string>();
  /** instance key → its latest finding (null: passes or is only info now), for instances touched by trials */
  private readonly now = new Map<string, Finding | null>();
  private readonly stack: { ref: CellRef; text: string }[] = [];
  private readonly tables: readonly Table[];
  count = 0;

  constructor(tables: readonly Table[], rules: readonly BoundRule[]) {
    this.tables = tables;
    this.checker = new IncrementalChecker(tables, rules);
    for (const f of this.checker.run().findings) if (isBad(f)) this.badBefore.add(instanceKey(f));
  }

  /** Whether the rules re-evaluated here produce this failing instance (narrative and 绩效 checks do not). */
  knows(f: Finding): boolean {
    return this.badBefore.has(instanceKey(f));
  }

  apply(change: Change): void {
    const table = this.checker.currentTables.find((t) => t.id === change.ref.table);
    const before = table?.rows[change.ref.row]?.cells[change.ref.col]?.text ?? '';
    this.stack.push({ ref: change.ref, text: before });
    this.count++;
    this.record(this.checker.setCell(change.ref.table, change.ref.row, change.ref.col, change.text));
  }

  undo(): void {
    const last = this.stack.pop();
    if (!last) return;
    this.record(this.checker.setCell(last.ref.table, last.ref.row, last.ref.col, last.text));
    if (this.stack.length === 0) this.now.clear();
  }

  /** Undoes every applied change (after a failed search); false when the checker cannot be trusted any more. */
  rollback(): boolean {
    try {
      while (this.stack.length) this.undo();
      return true;
    } catch {
      return false;
    }
  }

  /** The state of the asked-about instances, and how many others broke, after the applied changes. */
  state(asked: ReadonlyMap<string, Finding>): TrialState {
    const cleared = new Set<string>();
    const failing = new Map<string, Finding>();
    for (const [key, original] of asked) {
      const f = this.now.has(key) ? this.now.get(key)! : original;
      if (f && isBad(f)) failing.set(key, f); else cleared.add(key);
    }
    let broken = 0;
    for (const [key, f] of this.now) if (f && isBad(f) && !this.badBefore.has(key)) broken++;
    return { cleared, broken, failing };
  }

  /** The original (reviewer's) cell, for its printed text and placement. */
  originalCell(ref: CellRef) {
    return this.tables.find((t) => t.id === ref.table)?.rows[ref.row]?.cells[ref.col];
  }

  private record(delta: { added: readonly Finding[]; removed: readonly Finding[] }): void {
    for (const f of delta.removed) this.now.set(instanceKey(f), null);
    for (const f of delta.added) this.now.set(instanceKey(f), f);
  }
}
