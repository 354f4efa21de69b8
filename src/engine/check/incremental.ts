// IncrementalChecker: after a full run, a one-cell edit re-evaluates only the rule instances that read
// that cell (each plan answers instancesReading from its binding — the cell → instances index) and
// returns only the findings that changed. Key edits (code, label, 行次) re-bind every rule.
import { findingKey, type Finding } from '../finding.ts';
import { makeCell, rowPlacement, type Row, type Table } from '../table.ts';
import { compileRule, type CompiledRule } from './compile.ts';
import { CheckContext, Scratch } from './context.ts';
import { evaluateInstance } from './evaluate.ts';
import { findingsOf, runCompiled, statusOf, type PlanRun } from './check-rules.ts';
import { normaliseCode } from './labels.ts';
import { forkCache } from './table-cache.ts';
import type { BoundRule, CheckOptions, CheckResult, FindingDelta } from './types.ts';

export class IncrementalChecker {
  private tables: Table[];
  private rules: readonly BoundRule[];
  private ctx: CheckContext | null = null;
  private compiled: CompiledRule[] = [];
  private runs: (PlanRun | 'error' | null)[] = [];
  private readonly scratch = new Scratch();
  private readonly fast: boolean;
  /** tables whose rows array this checker copied itself and may therefore update in place */
  private readonly owned = new WeakSet<Table>();

  constructor(tables: readonly Table[], rules: readonly BoundRule[], options: CheckOptions = {}) {
    this.tables = [...tables];
    this.rules = rules;
    this.fast = options.fastPath ?? true;
  }

  /** Full run; later setCell calls are answered relative to it. */
  run(): CheckResult {
    this.ctx = new CheckContext(this.tables);
    this.compiled = this.rules.map((r) => compileRule(r, this.ctx!));
    this.runs = this.compiled.map((c) => runCompiled(c, this.ctx!, this.scratch, this.fast));
    return this.current();
  }

  /** Findings and statuses as of the last change, without re-evaluating. */
  current(): CheckResult {
    return {
      findings: this.compiled.flatMap((c, k) => findingsOf(c, this.runs[k]!)),
      statuses: this.compiled.map((c, k) => statusOf(c, this.runs[k]!)),
    };
  }

  /** The tables as edited; a table edited more than once is owned by the checker and changes in place. */
  get currentTables(): readonly Table[] {
    return this.tables;
  }

  setCell(tableId: string, row: number, col: number, text: string): FindingDelta {
    if (!this.ctx) this.run();
    const t = this.tables.findIndex((x) => x.id === tableId);
    const old = this.tables[t];
    if (!old || !old.rows[row] || !old.columns[col]) throw new RangeError(`no cell ${tableId}:${row}:${col}`);
    if (old.columns[col]!.role !== 'amount') {
      this.tables[t] = withCell(old, row, col, text);
      return this.rerunAll();
    }
    // copy-on-first-write: the first edit copies the rows array once; later edits of a table this checker
    // owns replace one row in place, so an edit costs the same at 100 rows and at 1M cells
    const wasUncertain = rowPlacement(old.rows[row]!) !== 'exact';
    const owned = this.owned.has(old);
    const next = owned ? withCellInPlace(old, row, col, text) : withCell(old, row, col, text);
    this.owned.add(next);
    this.tables[t] = next;
    // the context holds this.tables itself, so it already sees the new table; the cache follows it: patched in
    // place when this checker owns the table, else forked (others holding the old table keep its cache as it was)
    const cache = this.ctx!.caches[t]!;
    if (owned) cache.patchCell(next, row, col);
    else this.ctx!.caches[t] = forkCache(cache, next, row, col);
    const added: Finding[] = [];
    const removed: Finding[] = [];
    this.compiled.forEach((c, k) => {
      const run = this.runs[k];
      if (!c.plan || !run || run === 'error') return;
      for (const i of this.instancesAffected(c, t, row, col, wasUncertain)) {
        const before = run.outcomes.get(i);
        let after;
        try {
          after = evaluateInstance(c.plan, i, this.ctx!, this.scratch, this.fast);
        } catch {
          this.runs[k] = 'error';
          return;
        }
        if (before) count(run, before.verdict, -1);
        if (after.verdict === 'pass') run.outcomes.delete(i);
        else {
          count(run, after.verdict, 1);
          run.outcomes.set(i, before?.finding && after.finding && sameFinding(before.finding, after.finding) ? before : after);
        }
        if (before?.finding && after.finding && sameFinding(before.finding, after.finding)) continue;
        if (before?.finding) removed.push(before.finding);
        if (after.finding) added.push(after.finding);
      }
    });
    return { added, removed };
  }

  /**
   * Instances an edit of (t, row, col) can change: those reading the cell, and, when the row's values were placed
   * by inference or are ambiguous, those reading any amount cell of the row (every placement of the row's
   * printed values is tried, so each of them depends on all of them).
   */
  private instancesAffected(c: CompiledRule, t: number, row: number, col: number, wasUncertain: boolean): Iterable<number> {
    if (!wasUncertain && rowPlacement(this.tables[t]!.rows[row]!) === 'exact') return c.plan!.instancesReading(t, row, col);
    const out = new Set<number>();
    for (const k of this.ctx!.caches[t]!.paneColumns(row)) for (const i of c.plan!.instancesReading(t, row, k)) out.add(i);
    for (const i of c.plan!.instancesReading(t, row, col)) out.add(i);
    return [...out].sort((a, b) => a - b);
  }

  /** A table changed shape or keys: takes effect at the next run(). */
  replaceTable(table: Table): void {
    const t = this.tables.findIndex((x) => x.id === table.id);
    if (t >= 0) this.tables[t] = table; else this.tables.push(table);
    this.ctx = null;
  }

  /** New rule set: takes effect at the next run(). */
  setRules(rules: readonly BoundRule[]): void {
    this.rules = rules;
    this.ctx = null;
  }

  private rerunAll(): FindingDelta {
    const before = this.current().findings;
    const after = this.run().findings;
    return diffFindings(before, after);
  }
}

function count(run: PlanRun, verdict: string, delta: number): void {
  if (verdict === 'fail') run.fail += delta;
  else if (verdict === 'unsure') run.unsure += delta;
}

/** An amount cell of a table the checker owns: the row is replaced inside the same rows array. */
function withCellInPlace(table: Table, row: number, col: number, text: string): Table {
  const old = table.rows[row]!;
  const cell = makeCell(text);
  (table.rows as Row[])[row] = { ...old, cells: old.cells.map((c, i) => (i === col ? cell : c)) };
  return table;
}

function withCell(table: Table, row: number, col: number, text: string): Table {
  const old = table.rows[row]!;
  const cell = makeCell(text);
  const cells = old.cells.map((c, i) => (i === col ? cell : c));
  const role = table.columns[col]!.role;
  const keys: Partial<Row> =
    role === 'code' ? { code: normaliseCode(cell.text) ?? (cell.text || null) }
      : role === 'label' ? { label: cell.text }
        : role === 'lineNo' ? { lineNo: /^\d+$/.test(cell.text) ? Number(cell.text) : null } : {};
  const rows = table.rows.slice();
  rows[row] = { ...old, ...keys, cells };
  return { ...table, rows };
}

export function sameFinding(a: Finding, b: Finding): boolean {
  return findingKey(a) === findingKey(b) && a.severity === b.severity && a.actual === b.actual
    && a.expected === b.expected && a.difference === b.difference && a.tolerance === b.tolerance
    && a.formula === b.formula && a.operands.length === b.operands.length && sameParams(a.params, b.params)
    && a.operands.every((o, k) => o.value === b.operands[k]!.value && o.ref.text === b.operands[k]!.ref.text);
}

function sameParams(a: Finding['params'], b: Finding['params']): boolean {
  if (a === b) return true;
  const ka = Object.keys(a ?? {});
  return ka.length === Object.keys(b ?? {}).length && ka.every((k) => a![k] === b?.[k]);
}

/** Multiset difference by key and value. */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): FindingDelta {
  const pool = new Map<string, Finding[]>();
  for (const f of before) {
    const list = pool.get(findingKey(f));
    if (list) list.push(f); else pool.set(findingKey(f), [f]);
  }
  const added: Finding[] = [];
  for (const f of after) {
    const list = pool.get(findingKey(f));
    const at = list ? list.findIndex((g) => sameFinding(g, f)) : -1;
    if (at >= 0) list!.splice(at, 1); else added.push(f);
  }
  return { added, removed: [...pool.values()].flat() };
}
