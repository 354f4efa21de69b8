// Injects N errors into a correct document for an exercise. Deterministic for a seed. Every error is kept
// only if the checker then reports a new error or warning that points at it (its cell, its table for a
// dropped row, its sentence for a percentage) and the errors injected before it are all still detected;
// otherwise another spot is tried.
import type { ParsedDocument } from '../engine/document.ts';
import type { CellRef, Finding } from '../engine/finding.ts';
import { findingKey } from '../engine/finding.ts';
import { makeCell, type Table } from '../engine/table.ts';
import { checkAll, findingSignature } from './check-all.ts';
import { ERROR_KINDS, NARRATIVE_TABLE, type CellSpot, type ErrorKind, type Exercise, type InjectedError } from './exercise-types.ts';
import { candidates, changeDigit, transposeDigits, type Candidate } from './mutations.ts';
import { seededRandom, type Random } from './random.ts';

export interface InjectOptions {
  readonly count: number;
  /** kinds to draw from (default: all four) */
  readonly kinds?: readonly ErrorKind[];
  readonly seed: number;
}

export interface Injection {
  readonly doc: ParsedDocument;
  /** fewer than `count` when the document offers no more detectable spots */
  readonly injected: InjectedError[];
}

const SPOTS_PER_ERROR = 25; // candidate spots tried before moving on to another kind

type Pending = Pick<InjectedError, 'kind' | 'table' | 'row' | 'col' | 'before' | 'after' | 'span'>;

function withTable(doc: ParsedDocument, table: Table): ParsedDocument {
  return { ...doc, tables: doc.tables.map((t) => (t.id === table.id ? table : t)) };
}

function apply(doc: ParsedDocument, c: Candidate, rnd: Random): { doc: ParsedDocument; inj: Pending } | null {
  if (c.kind === 'wrong_percentage') {
    const [s, e] = c.span!;
    const text = doc.narrative.text;
    const before = text.slice(s, e);
    const after = changeDigit(before, rnd, true);
    const narrative = { ...doc.narrative, text: text.slice(0, s) + after + text.slice(e) };
    return { doc: { ...doc, narrative }, inj: { kind: c.kind, table: NARRATIVE_TABLE, row: -1, col: -1, before, after, span: [s, s + after.length] } };
  }
  const table = doc.tables.find((t) => t.id === c.table)!;
  const row = table.rows[c.row]!;
  if (c.kind === 'dropped_row') {
    const rows = table.rows.filter((_, i) => i !== c.row);
    const before = `${row.code ?? ''} ${row.label}`.trim();
    return { doc: withTable(doc, { ...table, rows }), inj: { kind: c.kind, table: c.table, row: c.row, col: -1, before, after: '' } };
  }
  const before = row.cells[c.col]!.text;
  const after = c.kind === 'transposed_digits' ? transposeDigits(before, rnd) : changeDigit(before, rnd);
  if (after === before) return null;
  const cells = row.cells.slice();
  cells[c.col] = makeCell(after);
  const rows = table.rows.slice();
  rows[c.row] = { ...row, cells };
  return { doc: withTable(doc, { ...table, rows }), inj: { kind: c.kind, table: c.table, row: c.row, col: c.col, before, after } };
}

const refsOf = (f: Finding): CellRef[] => (f.location ? [f.location, ...f.cells] : [...f.cells]);
const touchesCell = (f: Finding, p: Pending) => refsOf(f).some((r) => r.table === p.table && r.row === p.row && r.col === p.col);
const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

function related(p: Pending, fresh: readonly Finding[], all: readonly Pending[]): Finding[] {
  if (p.table === NARRATIVE_TABLE) return fresh.filter((f) => f.span && overlaps(f.span, p.span!));
  if (p.kind !== 'dropped_row') return fresh.filter((f) => touchesCell(f, p));
  const others = all.filter((o) => o !== p && o.table === p.table && o.kind !== 'dropped_row');
  return fresh.filter((f) => (f.table === p.table || refsOf(f).some((r) => r.table === p.table)) && !others.some((o) => touchesCell(f, o)));
}

/** A dropped row moves the rows below it up by one: earlier injections in that table follow. */
function shiftAfterDrop(list: readonly Pending[], drop: Pending): Pending[] {
  if (drop.kind !== 'dropped_row') return [...list];
  return list.map((p) => (p.table === drop.table && p.row > drop.row ? { ...p, row: p.row - 1 } : p));
}

function finish(p: Pending, fresh: readonly Finding[], all: readonly Pending[]): InjectedError {
  const found = related(p, fresh, all);
  const cells: CellSpot[] = [];
  const seen = new Set<string>();
  const add = (s: CellSpot) => {
    const k = `${s.table}:${s.row}:${s.col}`;
    if (s.row < 0 || seen.has(k)) return;
    seen.add(k);
    cells.push(s);
  };
  if (p.col >= 0) add({ table: p.table, row: p.row, col: p.col });
  for (const f of found) for (const r of refsOf(f)) add({ table: r.table, row: r.row, col: r.col });
  const spans = [...(p.span ? [p.span] : []), ...found.flatMap((f) => (f.span ? [f.span] : []))];
  return { ...p, cells, spans, findings: [...new Set(found.map(findingKey))] };
}

function kindOrder(k: number, opts: InjectOptions, rnd: Random): ErrorKind[] {
  const pool = opts.kinds && opts.kinds.length > 0 ? [...new Set(opts.kinds)] : [...ERROR_KINDS];
  const first = opts.kinds && opts.kinds.length > 0 ? pool[k % pool.length]! : pool[rnd.int(pool.length)]!;
  return [first, ...rnd.shuffle(pool.filter((x) => x !== first))];
}

export function injectErrors(doc: ParsedDocument, opts: InjectOptions): Injection {
  const rnd = seededRandom(opts.seed);
  const baseline = new Set(checkAll(doc).map(findingSignature));
  const freshOf = (d: ParsedDocument) => checkAll(d).filter((f) => f.severity !== 'info' && !baseline.has(findingSignature(f)));
  let current = doc;
  let accepted: Pending[] = [];
  let fresh: Finding[] = [];
  for (let k = 0; k < opts.count; k++) {
    let placed = false;
    for (const kind of kindOrder(k, opts, rnd)) {
      const usedRows = new Set(accepted.map((p) => `${p.table}:${p.row}`));
      const usedTables = new Set(accepted.map((p) => p.table));
      const spots = rnd.shuffle(candidates(current, kind))
        .filter((c) => c.table === NARRATIVE_TABLE ? !accepted.some((p) => p.span && overlaps(p.span, c.span!)) : !usedRows.has(`${c.table}:${c.row}`))
        // spread errors over tables: a table already holding one comes last
        .sort((a, b) => Number(usedTables.has(a.table)) - Number(usedTables.has(b.table)));
      for (const c of spots.slice(0, SPOTS_PER_ERROR)) {
        const applied = apply(current, c, rnd);
        if (!applied) continue;
        const all = [...shiftAfterDrop(accepted, applied.inj), applied.inj];
        const next = freshOf(applied.doc);
        if (!all.every((p) => related(p, next, all).length > 0)) continue;
        current = applied.doc;
        accepted = all;
        fresh = next;
        placed = true;
        break;
      }
      if (placed) break;
    }
    if (!placed) break;
  }
  return { doc: current, injected: accepted.map((p) => finish(p, fresh, accepted)) };
}

/** An exercise over a correct document: the errors injected with `opts`, and where the document came from. */
export function createExercise(doc: ParsedDocument, opts: InjectOptions, meta: { title: string; source: string }): Exercise {
  const { doc: withErrors, injected } = injectErrors(doc, opts);
  return { title: meta.title, source: meta.source, seed: opts.seed, doc: withErrors, injected };
}
