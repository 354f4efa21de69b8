import { expect, test } from 'vitest';
import { checkAll, createExercise, EXERCISE_FORMAT, parseExercise, serialiseExercise } from '../../../src/trainer/index.ts';
import { fixtureDoc, GANZHOU } from './helpers.ts';

const exercise = createExercise(fixtureDoc(GANZHOU), { count: 3, seed: 17 }, { title: '赣州 2023 练习', source: 'sample-report.txt' });
const saved = serialiseExercise(exercise);

test('an exercise survives saving and opening: same tables, text, errors and findings', () => {
  const r = parseExercise(saved);
  if (!r.ok) throw new Error(r.reason.code);
  const back = r.value;
  expect([back.title, back.source, back.seed]).toEqual([exercise.title, exercise.source, exercise.seed]);
  expect(back.injected).toEqual(exercise.injected);
  expect(back.doc.narrative).toEqual(exercise.doc.narrative);
  expect(back.doc.tables.map((t) => t.rows.map((row) => row.cells.map((c) => c.text)))).toEqual(
    exercise.doc.tables.map((t) => t.rows.map((row) => row.cells.map((c) => c.text))));
  const sig = (d: typeof back.doc) => checkAll(d).map((f) => `${f.ruleId}|${f.code}|${f.actual}`).sort();
  expect(sig(back.doc)).toEqual(sig(exercise.doc));
});

/** The saved file as loosely typed JSON, for damaging it on purpose. */
interface SavedJson {
  format: string;
  version: number;
  document?: { tables: { id: string; kind: string; rows: { cells: unknown[]; lineNo: unknown }[] }[] };
  injected: { table: string; kind: string }[];
}

const json = JSON.parse(saved) as SavedJson;
const table = (o: SavedJson, i: number) => o.document!.tables[i]!;
const row = (o: SavedJson, t: number, r: number) => table(o, t).rows[r]!;
const edit = (f: (o: SavedJson) => void) => {
  const o = structuredClone(json);
  f(o);
  return JSON.stringify(o);
};

test.each([
  ['an empty file', '', 'not_json'],
  ['plain text', '收入支出决算总表', 'not_json'],
  ['a truncated file', saved.slice(0, saved.length / 2), 'not_json'],
  ['a foreign JSON file', JSON.stringify({ name: 'gouji', version: '0.1.0' }), 'not_an_exercise'],
  ['a JSON array', '[1,2,3]', 'not_an_exercise'],
  ['JSON null', 'null', 'not_an_exercise'],
  ['a later version', edit((o) => { o.version = 2; }), 'unsupported_version'],
  ['a row with too few cells', edit((o) => { row(o, 1, 0).cells.pop(); }), 'invalid_exercise'],
  ['an unknown table kind', edit((o) => { table(o, 1).kind = 'T99'; }), 'invalid_exercise'],
  ['an error in a table the document lacks', edit((o) => { o.injected[0]!.table = 'T42'; }), 'invalid_exercise'],
  ['an unknown error kind', edit((o) => { o.injected[0]!.kind = 'swapped_rows'; }), 'invalid_exercise'],
  ['a number where a cell text belongs', edit((o) => { row(o, 1, 0).cells[0] = 5; }), 'invalid_exercise'],
  ['no document', edit((o) => { delete o.document; }), 'invalid_exercise'],
  ['duplicate table ids', edit((o) => { table(o, 2).id = table(o, 1).id; }), 'invalid_exercise'],
])('opening %s gives the reason %s, never a throw', (_name, text, code) => {
  const r = parseExercise(text);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason.code).toBe(code);
});

test('a bad value is reported with its path in the file', () => {
  const r = parseExercise(edit((o) => { row(o, 1, 2).lineNo = 'x'; }));
  expect(r.ok ? null : r.reason).toEqual({ code: 'invalid_exercise', params: { path: 'document.tables[1].rows[2].lineNo' } });
});

test('the file names its format so other JSON files are told apart', () => {
  expect(json.format).toBe(EXERCISE_FORMAT);
  expect(json.version).toBe(1);
});
