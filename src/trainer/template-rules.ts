// The rules that apply to a template, for display beside the sheet: the pack rules selectRules chooses for
// a one-table document (reviewer notation as the engine runs it, with the pack's note), or for 绩效 tables
// the checks listed in templates.json.
import type { Severity } from '../engine/finding.ts';
import type { Table } from '../engine/table.ts';
import { listPacks, selectRules } from '../rules/index.ts';
import { singleTableDocument } from './check-all.ts';
import { templateChecks } from './templates.ts';

export interface TemplateRule {
  readonly id: string;
  /** reviewer notation, pack macros expanded for this table (`{类}` → the class rows it prints) */
  readonly expr: string;
  readonly severity: Severity;
  /** one-line Chinese explanation */
  readonly note: string;
  /** pack title, or "绩效" for the checks of the performance tables */
  readonly pack: string;
}

export function templateRules(template: Table): TemplateRule[] {
  const doc = singleTableDocument(template);
  const titles = new Map<string, string>();
  for (const p of listPacks(doc)) for (const r of p.rules) for (const u of r.uses) titles.set(u.ruleId, p.title);
  const rules: TemplateRule[] = selectRules(doc).rules
    .filter((b) => b.tableId === template.id)
    .map((b) => ({ id: b.def.id, expr: b.def.expr, severity: b.def.severity, note: b.def.note ?? '', pack: titles.get(b.def.id) ?? '' }));
  for (const c of templateChecks(template.kind)) rules.push({ ...c, pack: '绩效' });
  return rules;
}
