// The live check of one workbook: pack rules chosen for its tables plus the reviewer's custom rules run in
// the engine's IncrementalChecker, so a cell edit re-evaluates only what reads that cell. Document-level
// checks (narrative, 绩效, special pack checks: the non-rule parts of checkDocument) re-run after edits settle.
import { IncrementalChecker, type BoundRule, type RuleStatus } from '../../engine/index.ts';
import { findingKey, type Finding } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import type { Table } from '../../engine/table.ts';
import { listPacks, selectRules } from '../../rules/index.ts';
import type { RuleUseInfo } from './rule-rows.ts';

export interface Delta {
  readonly added: readonly Finding[];
  readonly removed: readonly Finding[];
}

export class CheckSession {
  /** every rule bound to a table, disabled ones included (the rules panel lists them) */
  readonly allRules: readonly BoundRule[];
  /** statuses from rule selection (packs that could not apply) and from the last full run */
  statuses: readonly RuleStatus[] = [];
  /** why each pack rule applies to each table or not (the rules panel's "why") */
  readonly uses: readonly RuleUseInfo[];
  private readonly checker: IncrementalChecker;
  private readonly packStatuses: readonly RuleStatus[];
  private byKey = new Map<string, Finding[]>();

  constructor(doc: ParsedDocument, custom: readonly BoundRule[], disabled: ReadonlySet<string>) {
    const selected = selectRules(doc);
    this.packStatuses = selected.statuses;
    this.allRules = [...selected.rules, ...custom];
    this.uses = ruleUses(doc);
    this.checker = new IncrementalChecker(doc.tables, this.allRules.filter((r) => !disabled.has(r.def.id)));
    this.runAll();
  }

  /** Rule findings after the last change. */
  findings(): Finding[] {
    return [...this.byKey.values()].flat();
  }

  /** One cell changed (its key columns unchanged): only the rule instances reading it are re-evaluated. */
  setCell(tableId: string, row: number, col: number, text: string): Delta {
    const delta = this.checker.setCell(tableId, row, col, text);
    for (const f of delta.removed) this.drop(f);
    for (const f of delta.added) this.keep(f);
    return delta;
  }

  /** A table changed shape or keys (rows added, a label or code edited): re-run everything. */
  replaceTable(table: Table): void {
    this.checker.replaceTable(table);
    this.runAll();
  }

  private runAll(): void {
    const result = this.checker.run();
    this.statuses = [...this.packStatuses, ...result.statuses];
    this.byKey = new Map();
    for (const f of result.findings) this.keep(f);
  }

  private keep(f: Finding): void {
    const key = findingKey(f);
    const list = this.byKey.get(key);
    if (list) list.push(f);
    else this.byKey.set(key, [f]);
  }

  private drop(f: Finding): void {
    const key = findingKey(f);
    const list = this.byKey.get(key);
    if (!list) return;
    const at = list.findIndex((g) => g === f || sameFinding(g, f));
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.byKey.delete(key);
  }
}

function ruleUses(doc: ParsedDocument): RuleUseInfo[] {
  return listPacks(doc).flatMap((pack) => pack.rules.flatMap((rule) => rule.uses.map((use) => ({
    tableId: use.tableId, ruleId: use.ruleId, applies: use.applies, reason: use.reason, pack: pack.title,
    expr: use.expr || rule.expr, severity: rule.severity as RuleUseInfo['severity'], note: rule.note, source: rule.source,
  }))));
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.severity === b.severity && a.actual === b.actual && a.expected === b.expected && a.formula === b.formula;
}

export { documentLevelFindings } from '../../checks/check-document.ts';
