// Which reports are the same department in consecutive years. Names are compared after normalisation
// (全称/简称: 中国共产党…委员会… = 中共…委…; spaces, brackets and a trailing 本级/机关 ignored); a name that is
// the other with a place prefix (上海市普陀区…) also matches, and the match says so, so the reviewer can correct
// it. Two reports of the same department, kind and year are linked to nothing; a report without a year is asked
// about, never guessed.
import type { ReportKind } from './kind.ts';

export interface LinkSubject {
  readonly file: string;
  readonly department: string | null;
  readonly year: number | null;
  readonly kind: ReportKind;
}

export type NameMatch = 'same' | 'normalised' | 'place_prefix';

export interface YearLink {
  readonly prev: string;
  readonly cur: string;
  readonly match: NameMatch;
}

export interface LinkResult {
  readonly links: readonly YearLink[];
  /** files sharing department, kind and year: checked, linked to nothing */
  readonly duplicates: readonly (readonly string[])[];
  /** files whose year or department could not be read */
  readonly unknown: readonly string[];
}

const PLACE_PREFIX_RE = /^(?:[\u4e00-\u9fa5]{1,7}?(?:省|自治区|市|自治州|州|盟|地区|区|县|旗))+/;

/** 中共上海市普陀区委社会工作部 → { place: 上海市普陀区, rest: 中共委社会工作部 } */
function split(name: string): { place: string; rest: string } {
  const party = name.startsWith('中共') ? '中共' : '';
  const body = name.slice(party.length);
  const place = PLACE_PREFIX_RE.exec(body)?.[0] ?? '';
  return { place, rest: party + body.slice(place.length) };
}

export function normaliseDepartment(name: string): string {
  return name
    .replace(/[\s\u3000“”"'《》()（）[\]［］【】]/g, '')
    .replace(/中国共产党/g, '中共')
    .replace(/委员会/g, '委')
    .replace(/(?:本级|机关|（本级）)$/, '')
    .replace(/(?:\d{4}年度?)?部门(?:决算|预算).*$/, '');
}

/** How two department names match, or null. */
export function matchDepartments(a: string, b: string): NameMatch | null {
  if (a === b) return 'same';
  const na = normaliseDepartment(a);
  const nb = normaliseDepartment(b);
  if (na === nb) return 'normalised';
  // one place prefix is the other's tail (上海市普陀区 / 普陀区): never two different districts' 财政局
  const a1 = split(na);
  const b1 = split(nb);
  if (a1.rest !== b1.rest || a1.rest.length < 2) return null;
  if (!a1.place || !b1.place) return a1.rest.length >= 4 ? 'place_prefix' : null;
  return a1.place.endsWith(b1.place) || b1.place.endsWith(a1.place) ? 'place_prefix' : null;
}

export function linkYears(subjects: readonly LinkSubject[]): LinkResult {
  const unknown = subjects.filter((s) => s.year === null || !s.department).map((s) => s.file);
  const known = subjects.filter((s) => s.year !== null && s.department);
  // group by department (first-come representative), then by kind
  const groups: { name: string; members: LinkSubject[] }[] = [];
  for (const s of known) {
    const g = groups.find((x) => matchDepartments(x.name, s.department!) !== null);
    if (g) g.members.push(s); else groups.push({ name: s.department!, members: [s] });
  }
  const links: YearLink[] = [];
  const duplicates: string[][] = [];
  for (const g of groups) {
    for (const kind of ['final', 'budget', 'unknown'] as const) {
      const byYear = new Map<number, LinkSubject[]>();
      for (const s of g.members.filter((m) => m.kind === kind)) byYear.set(s.year!, [...(byYear.get(s.year!) ?? []), s]);
      for (const [, same] of byYear) if (same.length > 1) duplicates.push(same.map((s) => s.file));
      for (const [year, cur] of byYear) {
        const prev = byYear.get(year - 1);
        if (cur.length !== 1 || prev?.length !== 1) continue;
        links.push({ prev: prev[0]!.file, cur: cur[0]!.file, match: matchDepartments(prev[0]!.department!, cur[0]!.department!) ?? 'same' });
      }
    }
  }
  return { links, duplicates, unknown };
}
