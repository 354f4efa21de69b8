// 科目 names against the dictionaries by year (W): a wrong or outdated name for a known code, and the
// same unknown code named differently in two tables. Truncated names (cell width) are not errors.
import type { Finding } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import { allNames, ECONOMIC, FUNCTIONAL, namesAgree, validNames } from '../dictionary.ts';
import { rowRef, specialFinding } from './finding.ts';

export const SUBJECT_NAME_RULE = 'S.subject-name';
const FUNCTIONAL_KINDS: ReadonlySet<TableKind> = new Set(['T02', 'T03', 'T05', 'T07', 'T08']);

function dictionaryFor(t: Table) {
  if (FUNCTIONAL_KINDS.has(t.kind)) return FUNCTIONAL;
  return t.kind === 'T06' ? ECONOMIC : null;
}

export function checkSubjectNames(doc: ParsedDocument): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, { table: Table; label: string }>();
  for (const t of doc.tables) {
    const dict = dictionaryFor(t);
    if (!dict) continue;
    const year = t.year ?? doc.year;
    t.rows.forEach((r, i) => {
      if (!r.code || r.label.trim() === '') return;
      const entry = dict.get(r.code);
      const params = { code: r.code, printed: r.label };
      if (entry) {
        if (validNames(entry, year).some((n) => namesAgree(r.label, n))) return;
        const outdated = allNames(entry).some((n) => namesAgree(r.label, n));
        out.push(specialFinding(SUBJECT_NAME_RULE, outdated ? 'subject_name_outdated' : 'subject_name_mismatch', 'warning',
          t.id, rowRef(t, i), { ...params, expected: entry.name, year: year ?? '' }));
        return;
      }
      if (dict !== FUNCTIONAL) return;
      const first = seen.get(r.code);
      if (!first) seen.set(r.code, { table: t, label: r.label });
      else if (first.table !== t && !namesAgree(r.label, first.label)) {
        out.push(specialFinding(SUBJECT_NAME_RULE, 'subject_name_inconsistent', 'warning', t.id, rowRef(t, i),
          { ...params, expected: first.label, otherTable: first.table.id }));
      }
    });
  }
  return out;
}
