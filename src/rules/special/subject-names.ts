// 科目 names against the dictionaries of the report's own year (W): a wrong or outdated name for a known code, and
// the same unlisted code named differently in two tables (compared with the fullest name printed for it, so a name
// is never judged against another table's truncated cell). What the dictionary cannot judge is said as info: a
// code not in force in the report's year (`subject_code_not_in_year`), and the codes it does not list, once per
// table (`subject_code_unlisted`). Truncated names (cell width) are not errors.
import type { Finding } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import type { Table, TableKind } from '../../engine/table.ts';
import { allNames, ECONOMIC, FUNCTIONAL, lookupCode, namesAgree, validNames } from '../dictionary.ts';
import { rowRef, specialFinding } from './finding.ts';

export const SUBJECT_NAME_RULE = 'S.subject-name';
const FUNCTIONAL_KINDS: ReadonlySet<TableKind> = new Set(['T02', 'T03', 'T05', 'T07', 'T08', 'B05', 'B07', 'B10', 'B11']);
const ECONOMIC_KINDS: ReadonlySet<TableKind> = new Set(['T06', 'B06', 'B08', 'B12']);
const LENGTHS = { functional: [3, 5, 7], economic: [3, 5] };

function dictionaryFor(t: Table) {
  if (FUNCTIONAL_KINDS.has(t.kind)) return FUNCTIONAL;
  return ECONOMIC_KINDS.has(t.kind) ? ECONOMIC : null;
}

const normalised = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The fullest name each unlisted functional code is printed with, over all tables. */
function fullestNames(doc: ParsedDocument): Map<string, { table: Table; label: string }> {
  const out = new Map<string, { table: Table; label: string }>();
  for (const t of doc.tables) {
    if (dictionaryFor(t) !== FUNCTIONAL) continue;
    const year = t.year ?? doc.year;
    for (const r of t.rows) {
      if (!r.code || r.label.trim() === '' || lookupCode(FUNCTIONAL, r.code, year).status !== 'unlisted') continue;
      const seen = out.get(r.code);
      if (!seen || normalised(r.label).length > normalised(seen.label).length) out.set(r.code, { table: t, label: r.label });
    }
  }
  return out;
}

export function checkSubjectNames(doc: ParsedDocument): Finding[] {
  const out: Finding[] = [];
  const fullest = fullestNames(doc);
  for (const t of doc.tables) {
    const dict = dictionaryFor(t);
    if (!dict) continue;
    const year = t.year ?? doc.year;
    const lengths = dict === FUNCTIONAL ? LENGTHS.functional : LENGTHS.economic;
    const unlisted: string[] = [];
    const listedOnce = new Set<string>();
    t.rows.forEach((r, i) => {
      if (!r.code || r.label.trim() === '') return;
      const params = { code: r.code, printed: r.label };
      const found = lookupCode(dict, r.code, year);
      if (found.status === 'not_in_year') {
        const { since, until } = found.entry;
        out.push(specialFinding(SUBJECT_NAME_RULE, 'subject_code_not_in_year', 'info', t.id, rowRef(t, i),
          { ...params, year: year ?? '', since: since ?? '', until: until ?? '' }));
        return;
      }
      if (found.status === 'listed') {
        const entry = found.entry;
        if (validNames(entry, year).some((n) => namesAgree(r.label, n))) return;
        const outdated = allNames(entry).some((n) => namesAgree(r.label, n));
        out.push(specialFinding(SUBJECT_NAME_RULE, outdated ? 'subject_name_outdated' : 'subject_name_mismatch', 'warning',
          t.id, rowRef(t, i), { ...params, expected: entry.name, year: year ?? '' }));
        return;
      }
      if (lengths.includes(r.code.length) && !listedOnce.has(r.code)) { listedOnce.add(r.code); unlisted.push(r.code); }
      if (dict !== FUNCTIONAL) return;
      const ref = fullest.get(r.code);
      if (ref && ref.table !== t && !namesAgree(r.label, ref.label)) {
        out.push(specialFinding(SUBJECT_NAME_RULE, 'subject_name_inconsistent', 'warning', t.id, rowRef(t, i),
          { ...params, expected: ref.label, otherTable: ref.table.id }));
      }
    });
    if (unlisted.length > 0) {
      out.push(specialFinding(SUBJECT_NAME_RULE, 'subject_code_unlisted', 'info', t.id, null,
        { codes: unlisted.join('、'), count: unlisted.length, year: year ?? '', dictionary: dict === FUNCTIONAL ? 'functional' : 'economic' }));
    }
  }
  return out;
}
