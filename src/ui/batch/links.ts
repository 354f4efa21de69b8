// Cross-year links of a batch: the batch's reports and the stored drafts of the same departments (their year
// facts computed when they are listed) are linked with linkYears; each link's findings come from checkCrossYear
// and belong to the later year. Links the reviewer removed stay removed. Pure: the state class calls it.
import { checkCrossYear, linkYears, matchDepartments, type YearFacts } from '../../checks/cross-year/index.ts';
import type { Finding } from '../../engine/finding.ts';

export type NameMatch = 'same' | 'normalised' | 'place_prefix';

/** A report that can be linked: a row of the batch or a stored draft. facts.file is its unique key. */
export interface LinkSubject {
  readonly facts: YearFacts;
  readonly draftId: string | null;
  /** what the reviewer calls it: the file's path, or the draft's name */
  readonly label: string;
  readonly inBatch: boolean;
}

export interface BatchLink {
  readonly prev: string;
  readonly cur: string;
  readonly match: NameMatch;
  readonly findings: readonly Finding[];
}

export interface LinkState {
  readonly links: readonly BatchLink[];
  /** keys sharing department, kind and year with another report: checked, linked to nothing */
  readonly duplicates: ReadonlyMap<string, readonly string[]>;
}

export const linkId = (prev: string, cur: string): string => `${prev}\u0000${cur}`;

export function computeLinks(subjects: readonly LinkSubject[], unlinked: ReadonlySet<string>): LinkState {
  const byKey = new Map(subjects.map((s) => [s.facts.file, s]));
  const result = linkYears(subjects.map((s) => s.facts));
  const duplicates = new Map<string, string[]>();
  for (const group of result.duplicates) {
    for (const key of group) duplicates.set(key, group.filter((k) => k !== key));
  }
  const links = result.links
    .filter((l) => !unlinked.has(linkId(l.prev, l.cur)))
    .filter((l) => byKey.get(l.prev)?.inBatch || byKey.get(l.cur)?.inBatch)
    .map((l) => ({ ...l, findings: checkCrossYear(byKey.get(l.prev)!.facts, byKey.get(l.cur)!.facts, l.match) }));
  return { links, duplicates };
}

/**
 * Stored drafts worth linking to the batch: same department as a batch report and a year next to it, but not
 * the same year (a draft of the same report, say from an earlier run of this batch, is the older copy of it).
 * Built once per batch: the batch's years by department name, and one answer per stored department name.
 */
export function linkCandidates(batch: readonly YearFacts[]): (draft: { department: string | null; year: number | null }) => boolean {
  const years = new Map<string, Set<number>>();
  for (const f of batch) {
    if (!f.department || f.year === null) continue;
    const set = years.get(f.department) ?? new Set<number>();
    years.set(f.department, set.add(f.year));
  }
  const cache = new Map<string, Set<number>>();
  const yearsOf = (department: string): Set<number> => {
    let out = cache.get(department);
    if (!out) {
      out = new Set<number>();
      for (const [name, ys] of years) if (matchDepartments(name, department) !== null) for (const y of ys) out.add(y);
      cache.set(department, out);
    }
    return out;
  };
  return ({ department, year }) => {
    if (!department || year === null) return false;
    const ys = yearsOf(department);
    return !ys.has(year) && (ys.has(year - 1) || ys.has(year + 1));
  };
}
