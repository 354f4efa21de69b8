// The nine 公开 tables must all be present (T07/T08 stay even when empty, domain §1.11). Checked
// only when the paste is a report (at least three standard tables), not a fragment of one.
import type { Finding } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import type { TableKind } from '../../engine/table.ts';
import { specialFinding } from './finding.ts';

export const REQUIRED_TABLES_RULE = 'S.required-tables';
export const REQUIRED_KINDS: readonly TableKind[] = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09'];
const MIN_PRESENT = 3;

export function checkRequiredTables(doc: ParsedDocument): Finding[] {
  const present = new Set(doc.tables.map((t) => t.kind));
  if (REQUIRED_KINDS.filter((k) => present.has(k)).length < MIN_PRESENT) return [];
  return REQUIRED_KINDS.filter((k) => !present.has(k)).map((kind) =>
    specialFinding(REQUIRED_TABLES_RULE, 'required_table_missing', 'warning', 'document', null, { kind }));
}
