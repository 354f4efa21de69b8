// The exercise file (.json): the document as printed texts (cells re-parsed on load, like the drafts store),
// the injected errors and their hit cells. parseExercise validates everything and answers a reason code for
// a bad or foreign file; it never throws.
import type { ParsedDocument } from '../engine/document.ts';
import { makeCell, type Row, type Table } from '../engine/table.ts';
import type { Exercise } from './exercise-types.ts';
import { readDocument, readInjected, type Reader } from './exercise-read.ts';

export const EXERCISE_FORMAT = 'gouji-exercise';
export const EXERCISE_VERSION = 1;
const MAX_CHARS = 20_000_000; // a saved exercise is a few hundred KB; anything this large is not one

export type ExerciseProblemCode = 'too_large' | 'not_json' | 'not_an_exercise' | 'unsupported_version' | 'invalid_exercise';

export interface ExerciseProblem {
  readonly code: ExerciseProblemCode;
  /** invalid_exercise: JSON path of the first bad value; unsupported_version: the file's version */
  readonly params?: Readonly<Record<string, string | number>>;
}

export type ExerciseResult = { readonly ok: true; readonly value: Exercise } | { readonly ok: false; readonly reason: ExerciseProblem };

function storedRow(r: Row) {
  return {
    code: r.code, label: r.label, lineNo: r.lineNo, cells: r.cells.map((c) => c.text),
    ...(r.flags?.length ? { flags: r.flags } : {}), ...(r.pane !== undefined ? { pane: r.pane } : {}),
    ...(r.block !== undefined ? { block: r.block } : {}), ...(r.group ? { group: r.group } : {}),
    ...(r.sourceLine !== undefined ? { sourceLine: r.sourceLine } : {}),
  };
}

function storedTable(t: Table) {
  return {
    id: t.id, kind: t.kind, layout: t.layout, title: t.title, unit: t.unit, year: t.year, department: t.department,
    columns: t.columns, rows: t.rows.map(storedRow), notes: t.notes,
  };
}

function storedDocument(d: ParsedDocument) {
  return { title: d.title, department: d.department, year: d.year, unit: d.unit, narrative: d.narrative, tables: d.tables.map(storedTable) };
}

export function serialiseExercise(e: Exercise): string {
  return JSON.stringify({
    format: EXERCISE_FORMAT, version: EXERCISE_VERSION, title: e.title, source: e.source, seed: e.seed,
    document: storedDocument(e.doc), injected: e.injected,
  });
}

export function parseExercise(text: string): ExerciseResult {
  if (text.length > MAX_CHARS) return { ok: false, reason: { code: 'too_large', params: { chars: text.length } } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: { code: 'not_json' } };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXERCISE_FORMAT) {
    return { ok: false, reason: { code: 'not_an_exercise' } };
  }
  const o = json as Record<string, unknown>;
  if (o['version'] !== EXERCISE_VERSION) {
    return { ok: false, reason: { code: 'unsupported_version', params: { version: String(o['version']) } } };
  }
  const r: Reader = { bad: null };
  const title = typeof o['title'] === 'string' ? o['title'] : (r.bad ??= 'title', '');
  const source = typeof o['source'] === 'string' ? o['source'] : (r.bad ??= 'source', '');
  const seed = Number.isInteger(o['seed']) ? (o['seed'] as number) : (r.bad ??= 'seed', 0);
  const doc = readDocument(o['document'], r, makeCell);
  const injected = doc ? readInjected(o['injected'], doc, r) : [];
  if (r.bad !== null || !doc) return { ok: false, reason: { code: 'invalid_exercise', params: { path: r.bad ?? 'document' } } };
  return { ok: true, value: { title, source, seed, doc, injected } };
}
