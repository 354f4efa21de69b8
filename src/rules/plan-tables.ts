// Per-table selection: the kind's generic packs, the layout variant (by table.layout, else by fit),
// and the formulas printed under the table, compared with the pack rules applied to it.
import type { Finding } from '../engine/finding.ts';
import type { Table } from '../engine/table.ts';
import { expandMacros } from './expand.ts';
import { meetsRequirement } from './labels.ts';
import { TABLE_PACKS } from './packs.ts';
import { comparePrinted, extractPrinted } from './printed.ts';
import type { ApplyReason, Pack, PackRule, RuleApplication } from './types.ts';

/** Proposed grammar additions (rules/README.md) the engine reads: `row-after` = `[a>b]`. */
export const SUPPORTED_PROPOSALS: ReadonlySet<string> = new Set<string>(['row-after']);

function application(pack: Pack, rule: PackRule, table: Table, applies: boolean, reason: ApplyReason, expr = rule.expr): RuleApplication {
  return {
    packId: pack.id, ruleId: rule.id, baseId: rule.id, tableId: table.id, applies, reason, expr,
    severity: rule.severity, note: rule.note, source: rule.source, origin: 'pack', ...ruleOptions(rule),
  };
}

/** The pack rule's engine options (README “Rule options”), only when set. */
export function ruleOptions(rule: PackRule): Pick<RuleApplication, 'exact' | 'duplicateChild'> {
  return { ...(rule.exact ? { exact: true } : {}), ...(rule.duplicateChild ? { duplicateChild: rule.duplicateChild } : {}) };
}

const fits = (pack: Pack, table: Table) => (pack.appliesTo.requires ?? []).every((r) => meetsRequirement(table, r));

/** Every rule of a pack for one table: applied (macros expanded) or not applicable with a reason. */
export function applyPack(pack: Pack, table: Table, reason: ApplyReason): RuleApplication[] {
  if (!fits(pack, table)) return pack.rules.map((r) => application(pack, r, table, false, 'requires_missing'));
  return pack.rules.map((r) => {
    if (r.needs && !SUPPORTED_PROPOSALS.has(r.needs)) return application(pack, r, table, false, 'grammar_pending');
    const expr = expandMacros(r.expr, table);
    return expr === null ? application(pack, r, table, false, 'no_instances') : application(pack, r, table, true, reason, expr);
  });
}

export interface TablePlan {
  readonly applications: RuleApplication[];
  /** the layout the applied variant stands for (table.layout, or the fitted variant's), null if none */
  readonly layout: string | null;
}

export function planTable(table: Table): TablePlan {
  const packs = TABLE_PACKS.filter((p) => p.appliesTo.kind === table.kind);
  const out = packs.filter((p) => !p.appliesTo.layouts).flatMap((p) => applyPack(p, table, 'kind_matched'));
  const variants = packs.filter((p) => p.appliesTo.layouts);
  const named = variants.find((p) => table.layout !== null && p.appliesTo.layouts!.includes(table.layout) && fits(p, table));
  const chosen = named ?? variants.find((p) => fits(p, table));
  let layout: string | null = table.layout;
  if (chosen) {
    out.push(...applyPack(chosen, table, named ? 'layout_matched' : 'layout_fitted'));
    if (!named) layout = chosen.appliesTo.layouts![0]!;
    for (const p of variants) if (p !== chosen) out.push(...p.rules.map((r) => application(p, r, table, false, 'variant_not_used')));
  } else {
    // a kind without layout variants (e.g. a table another pack family reads) keeps the parser's layout
    layout = variants.length === 0 ? table.layout : null;
    for (const p of variants) {
      const reason = table.layout !== null && p.appliesTo.layouts!.includes(table.layout) ? 'requires_missing' : 'layout_unrecognised';
      out.push(...p.rules.map((r) => application(p, r, table, false, reason)));
    }
  }
  return { applications: out, layout };
}

/** Printed formulas: confirm an identical pack rule, or run as their own rule (flagging a conflict). */
export function planPrinted(table: Table, applied: RuleApplication[]): { applications: RuleApplication[]; findings: Finding[] } {
  const applications: RuleApplication[] = [];
  const findings: Finding[] = [];
  extractPrinted(table).forEach((p, i) => {
    const live = applied.filter((a) => a.applies && a.tableId === table.id && a.origin === 'pack');
    const ast = p.ast;
    const same = ast && live.find((a) => comparePrinted(ast, a.expr) === 'same');
    if (same) {
      applied[applied.indexOf(same)] = { ...same, confirmedBy: p.text };
      return;
    }
    const ruleId = `${table.id}.printed.${i + 1}`;
    if (ast) for (const a of live.filter((x) => comparePrinted(ast, x.expr) === 'differs')) findings.push(differs(table, ruleId, p.text, a));
    applications.push({
      packId: 'printed', ruleId, baseId: ruleId, tableId: table.id, applies: true, reason: 'printed_formula', expr: p.text,
      severity: 'error', note: '', source: 'printed under the table', origin: 'printed',
    });
  });
  return { applications, findings };
}

function differs(table: Table, ruleId: string, printed: string, pack: RuleApplication): Finding {
  return {
    ruleId, code: 'printed_formula_differs', severity: 'warning', table: table.id, location: null, cells: [],
    formula: printed, operands: [], expected: '', actual: '', difference: '', tolerance: '',
    params: { packRule: pack.ruleId, packExpr: pack.expr, printed },
  };
}
