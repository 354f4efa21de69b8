// The whole-document plan: every table's packs and printed formulas, the cross-table rules, and the
// special checks. selectRules and listPacks are two views of it. Packs are chosen by document kind
// (src/engine/doc-kind.ts): a table whose kind family is not the document's gets no rules (未能核对 says so).
import type { Finding } from '../engine/finding.ts';
import type { ParsedDocument } from '../engine/document.ts';
import { documentKind, tableFitsDocument, type DocKindValue } from '../engine/doc-kind.ts';
import { planCross } from './plan-cross.ts';
import { planPrinted, planTable } from './plan-tables.ts';
import { runSpecialChecks } from './special/index.ts';
import type { RuleApplication } from './types.ts';

export interface DocumentPlan {
  readonly applications: readonly RuleApplication[];
  /** effective layout per table id (the applied variant's), null when no variant fits */
  readonly layouts: ReadonlyMap<string, string | null>;
  readonly findings: readonly Finding[];
}

/** The document with only the tables whose kind family fits the document's kind (the ones rules may read). */
export function checkableDocument(doc: ParsedDocument, kind: DocKindValue = documentKind(doc).kind): ParsedDocument {
  const tables = doc.tables.filter((t) => tableFitsDocument(t, kind) === 'fits');
  return tables.length === doc.tables.length ? doc : { ...doc, tables };
}

export function planDocument(whole: ParsedDocument): DocumentPlan {
  const kind = documentKind(whole).kind;
  const doc = checkableDocument(whole, kind);
  const applications: RuleApplication[] = [];
  const findings: Finding[] = [];
  const layouts = new Map<string, string | null>();
  for (const table of doc.tables) {
    const plan = planTable(table);
    layouts.set(table.id, plan.layout);
    const printed = planPrinted(table, plan.applications);
    applications.push(...plan.applications, ...printed.applications);
    findings.push(...printed.findings);
  }
  applications.push(...planCross(doc.tables, layouts, kind));
  findings.push(...runSpecialChecks(doc));
  return { applications, layouts, findings };
}
