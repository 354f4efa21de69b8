// A department's 部门预算 published as two files — the 说明 (`…_2018.pdf`) and the tables (`…_2018_tables.pdf`) — is
// checked as one document when both are opened together. Pairing is by file name (same folder and extension); the
// two are joined only when nothing they say contradicts it (kind, year, department), else each is checked alone
// and says why (`companion_not_joined`). Files not named as a pair are paired by what they print
// (companion-evidence.ts).
import { matchDepartments, normaliseDepartment } from './cross-year/link.ts';
import { documentKind } from '../engine/doc-kind.ts';
import type { ParsedDocument, ParseProblem } from '../engine/document.ts';
import { printedYear } from '../paste/report/year.ts';

const TABLES_RE = /^(.*?)[_\-\s]?(?:tables|表格|附表)(\.[A-Za-z0-9]+)$/i;

/** tables file → its narrative file, for every `X_tables.ext` given together with `X.ext`. */
export function companionPairs(files: readonly string[]): Map<string, string> {
  const given = new Set(files);
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const f of files) {
    const m = TABLES_RE.exec(f);
    if (!m) continue;
    const narrative = `${m[1]}${m[2]}`;
    if (narrative !== f && given.has(narrative) && !taken.has(narrative)) {
      out.set(f, narrative);
      taken.add(narrative);
    }
  }
  return out;
}

export type JoinRefusal = 'kind_differs' | 'year_differs' | 'department_differs';

/** Names that match (link.ts) or where one, normalised, contains the other (江苏省委办公厅 in 中共江苏省委办公厅). */
function sameDepartment(a: string, b: string): boolean {
  if (matchDepartments(a, b) !== null) return true;
  const na = normaliseDepartment(a);
  const nb = normaliseDepartment(b);
  return Math.min(na.length, nb.length) >= 4 && (na.includes(nb) || nb.includes(na));
}

/** Why the two may not be one document, or null. */
export function joinRefusal(narrative: ParsedDocument, tables: ParsedDocument): JoinRefusal | null {
  const a = documentKind(narrative).kind;
  const b = documentKind(tables).kind;
  if ((a === 'budget' || a === 'final') && (b === 'budget' || b === 'final') && a !== b) return 'kind_differs';
  // a year read from the PDF properties alone may be stale: only a printed year contradicts
  const [ya, yb] = [printedYear(narrative), printedYear(tables)];
  if (ya !== null && yb !== null && ya !== yb) return 'year_differs';
  if (narrative.department && tables.department && !sameDepartment(narrative.department, tables.department)) return 'department_differs';
  return null;
}

/** The 说明 file's document with the tables file's tables added (ids kept unique); heading facts from either.
 *  `evidence`: why two files not named as a pair were joined (companion-evidence.ts `evidenceParams`). */
export function joinCompanion(narrative: ParsedDocument, tables: ParsedDocument, tablesFile: string,
  evidence?: Readonly<Record<string, string | number>>): ParsedDocument {
  const ids = new Set(narrative.tables.map((t) => t.id));
  const added = tables.tables.map((t) => {
    let id = t.id;
    for (let n = 2; ids.has(id); n++) id = `${t.id}#${n}`;
    ids.add(id);
    return id === t.id ? t : { ...t, id };
  });
  // either file's 年度未识别 no longer holds once the other states the year, and the year is the 说明's when it states one
  const keep = (p: ParseProblem) => p.code !== 'year_unread' || (narrative.year ?? tables.year) === null;
  const keepOfTables = (p: ParseProblem) => keep(p) && (p.code !== 'year_inferred' || narrative.year === null);
  return {
    ...narrative,
    title: narrative.title ?? tables.title,
    department: narrative.department ?? tables.department,
    year: narrative.year ?? tables.year,
    unit: narrative.unit ?? tables.unit,
    tables: [...narrative.tables, ...added],
    problems: [...narrative.problems.filter(keep), { code: 'companion_joined', severity: 'info', params: { file: tablesFile, tables: added.length, ...evidence } },
      ...tables.problems.filter(keepOfTables).map((p) => ({ ...p, params: { ...(p.params ?? {}), file: tablesFile } }))],
  };
}
