// Scores a trainee's marks against the injected errors: a mark hits an error when it names the edited cell
// or a cell (or 说明 sentence) of a finding the error causes; marks that hit nothing are false marks.
import { NARRATIVE_TABLE, type AttemptScore, type CellMark, type Exercise, type InjectedError } from './exercise-types.ts';

export function markHits(mark: CellMark, e: InjectedError): boolean {
  if (mark.table === NARRATIVE_TABLE && mark.offset !== undefined) {
    const at = mark.offset;
    return e.spans.some(([s, end]) => at >= s && at < end);
  }
  return e.cells.some((c) => c.table === mark.table && c.row === mark.row && (c.col === mark.col || c.col < 0 || mark.col < 0));
}

function markKey(m: CellMark): string {
  return m.table === NARRATIVE_TABLE && m.offset !== undefined ? `N@${m.offset}` : `${m.table}:${m.row}:${m.col}`;
}

export function scoreAttempt(exercise: Exercise, marks: readonly CellMark[]): AttemptScore {
  const unique = [...new Map(marks.map((m) => [markKey(m), m])).values()];
  const hits = exercise.injected.filter((e) => unique.some((m) => markHits(m, e)));
  const misses = exercise.injected.filter((e) => !hits.includes(e));
  const falseMarks = unique.filter((m) => !exercise.injected.some((e) => markHits(m, e)));
  const denominator = exercise.injected.length + falseMarks.length;
  const score = denominator === 0 ? 100 : Math.round((100 * hits.length) / denominator);
  return { hits, misses, falseMarks, score };
}
