// The rules panel's rows for one table: every rule considered for it (pack, printed formula, custom), why it
// applies or not, whether it is switched on, and how it stands now — a rule with an open error or warning
// shows as failed even before the next full run, and a rule that could not be applied never shows as passed.
import type { BoundRule, RuleStatus } from '../../engine/index.ts';
import type { Finding } from '../../engine/finding.ts';

export type RowStatus = RuleStatus['status'] | 'disabled' | 'pending';

/** Why a pack rule was or was not applied to a table (from the packs' listing). */
export interface RuleUseInfo {
  readonly tableId: string;
  readonly ruleId: string;
  readonly applies: boolean;
  readonly reason: string;
  readonly pack: string;
  readonly expr: string;
  readonly severity: BoundRule['def']['severity'];
  readonly note: string;
  readonly source: string;
}

export interface RuleRow {
  readonly rule: BoundRule;
  readonly enabled: boolean;
  readonly status: RowStatus;
  /** rule instances the engine checked, when known */
  readonly checked: number | null;
  readonly findings: number;
  /** ApplyReason code and pack title, for pack and printed rules */
  readonly reason: string | null;
  readonly pack: string | null;
}

export function ruleRows(
  tableId: string,
  rules: readonly BoundRule[],
  statuses: readonly RuleStatus[],
  findings: readonly Finding[],
  disabled: ReadonlySet<string>,
  uses: readonly RuleUseInfo[] = [],
): RuleRow[] {
  const statusOf = new Map<string, RuleStatus>();
  for (const s of statuses) if (s.tableId === tableId) statusOf.set(s.ruleId, s);
  const failing = new Map<string, number>();
  for (const f of findings) {
    if (f.table !== tableId || f.severity === 'info') continue;
    failing.set(f.ruleId, (failing.get(f.ruleId) ?? 0) + 1);
  }
  const useOf = new Map(uses.filter((u) => u.tableId === tableId).map((u) => [u.ruleId, u]));
  const bound = rules.filter((r) => r.tableId === tableId);
  const boundIds = new Set(bound.map((r) => r.def.id));
  // pack rules considered but not applied still get a row, so "could not check" is visible
  const skipped: BoundRule[] = [...useOf.values()]
    .filter((u) => !u.applies && !boundIds.has(u.ruleId) && u.reason !== 'variant_not_used')
    .map((u) => ({ tableId, def: { id: u.ruleId, expr: u.expr, severity: u.severity, note: u.note, source: u.source, origin: 'pack' } }));
  return [...bound, ...skipped].map((rule) => {
    const id = rule.def.id;
    const enabled = !disabled.has(id);
    const s = statusOf.get(id);
    const n = failing.get(id) ?? 0;
    const use = useOf.get(id);
    let status: RowStatus = s?.status ?? (use && !use.applies ? 'not_applicable' : 'pending');
    // statuses come from the last full run; open findings say how the rule stands after later edits
    if (!enabled) status = 'disabled';
    else if (n > 0 && (status === 'pass' || status === 'pending')) status = 'fail';
    else if (n === 0 && status === 'fail') status = 'pass';
    return { rule, enabled, status, checked: s?.checked ?? null, findings: n, reason: use?.reason ?? null, pack: use?.pack ?? null };
  });
}
