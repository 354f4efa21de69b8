// Folds the cross-year links into the summary rows: a later year's row gets the link's findings in its counts,
// both rows name the other, a duplicate names the others, a report without a year says it was not linked.
import type { YearFacts } from '../../checks/cross-year/index.ts';
import type { LinkState, LinkSubject } from './links.ts';
import { countSeverities, type BatchRow, type RowView } from './rows.ts';

export function rowViews(rows: readonly BatchRow[], facts: ReadonlyMap<string, YearFacts>, state: LinkState, subjects: readonly LinkSubject[]): RowView[] {
  const label = new Map(subjects.map((s) => [s.facts.file, s.label]));
  const byCur = new Map(state.links.map((l) => [l.cur, l]));
  const byPrev = new Map(state.links.map((l) => [l.prev, l]));
  return rows.map((r) => {
    const f = facts.get(r.key);
    const asCur = byCur.get(r.key);
    const asPrev = byPrev.get(r.key);
    const cross = asCur?.findings ?? [];
    const extra = countSeverities(cross);
    const duplicateOf = (state.duplicates.get(r.key) ?? []).map((k) => label.get(k) ?? k);
    const status: RowView['status'] = r.read !== 'ok' ? r.read
      : f && f.year === null ? 'year_unknown'
      : f && !f.department ? 'department_unknown'
      : duplicateOf.length > 0 ? 'duplicate' : 'ok';
    return {
      ...r, status, cross, duplicateOf,
      problems: r.baseProblems + cross.length, errors: r.base.error + extra.error, warnings: r.base.warning + extra.warning, info: r.base.info + extra.info,
      prev: asCur ? { key: asCur.prev, label: label.get(asCur.prev) ?? asCur.prev, match: asCur.match } : null,
      next: asPrev ? { key: asPrev.cur, label: label.get(asPrev.cur) ?? asPrev.cur, match: asPrev.match } : null,
    };
  });
}
