// Recall on one document: parse it as the CLI does, check it once unmutated, then for each sampled identity cell
// inject one mistake (kind and variant chosen by the seeded generator), check again and judge. Every
// `textEvery`-th mutation is also made in the source text and the whole document re-parsed.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseInput } from '../../../src/paste/index.ts';
import { identityCells, type IdentityCell } from './cells.ts';
import { editSource, findingsOf, judge, reparse, signature, withCell, type Outcome } from './inject.ts';
import { Decimal, halfUnit } from '../../../src/engine/decimal.ts';
import { narrativeTrials } from './narrative.ts';
import { delta, mutate, MUTATION_KINDS, parseNumText, rng, type Mutation } from './mutate.ts';

export interface Trial {
  readonly cell: IdentityCell;
  readonly label: string;
  readonly colName: string;
  readonly sourceLine: number | null;
  readonly mutation: Mutation;
  /** the change exceeds the cell's rounding envelope: a checker must be able to see it */
  readonly material: boolean;
  readonly via: 'table' | 'text';
  readonly outcome: Outcome;
}

export interface DocumentRun {
  readonly file: string;
  readonly identityCells: number;
  readonly sampled: number;
  readonly trials: Trial[];
  /** text mutations that could not be placed (the cell text is not once on its source line) */
  readonly textSkipped: number;
  /** a budget 说明's 比上年增减 and share statements that hold as printed (see narrative.ts) */
  readonly narrativeStatements: number;
  readonly baselineErrors: number;
  readonly ms: number;
}

export interface RunOptions { readonly seed: number; readonly maxCells: number; readonly textEvery: number }

/** Deterministic sample of at most n items: a seeded partial shuffle, kept in document order. */
function sample<T>(xs: readonly T[], n: number, pick: (n: number) => number): T[] {
  if (xs.length <= n) return xs.slice();
  const idx = xs.map((_, i) => i);
  for (let i = 0; i < n; i++) {
    const j = i + pick(idx.length - i);
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, n).sort((a, b) => a - b).map((i) => xs[i]!);
}

export async function runDocument(file: string, opts: RunOptions): Promise<DocumentRun | { file: string; error: string }> {
  const started = performance.now();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    return { file, error: '无法读取文件' };
  }
  const parsed = await parseInput({ bytes, fileName: basename(file) });
  if (!parsed.ok) return { file, error: parsed.reason.code };
  const doc = parsed.value;
  const base = findingsOf(doc);
  const baseline = new Set(base.map(signature));
  const lines = new TextDecoder().decode(bytes).split('\n');
  const r = rng(opts.seed);
  const cells = identityCells(doc);
  const chosen = sample(cells, opts.maxCells, r.int);
  const trials: Trial[] = [];
  let textSkipped = 0;
  let n = 0;
  for (const cell of chosen) {
    const table = doc.tables.find((t) => t.id === cell.table)!;
    const row = table.rows[cell.row]!;
    const text = row.cells[cell.col]!.text;
    // kinds in rotation from a seeded start, falling through to the next kind when one does not apply
    const start = r.int(MUTATION_KINDS.length);
    let mutation: Mutation | null = null;
    for (let k = 0; k < MUTATION_KINDS.length && !mutation; k++) mutation = mutate(text, MUTATION_KINDS[(start + k) % MUTATION_KINDS.length]!, r.int);
    if (!mutation) continue;
    const material = detectable(cell, mutation);
    const common = { cell, label: row.code ? `${row.code} ${row.label}` : row.label, colName: colName(table.columns[cell.col]!),
      sourceLine: row.sourceLine ?? null, mutation, material };
    const outcome = judge(baseline, findingsOf(withCell(doc, cell, mutation.to)), cell, cell.ambiguous);
    trials.push({ ...common, via: 'table', outcome });
    n++;
    if (opts.textEvery > 0 && n % opts.textEvery === 0) {
      const same = row.cells.map((c, j) => (c.text === text ? j : -1)).filter((j) => j >= 0);
      const edited = row.sourceLine ? editSource(lines, row.sourceLine, text, mutation.to, same.indexOf(cell.col), same.length) : null;
      const again = edited ? await reparse(edited.join('\n'), basename(file), row.sourceLine!, mutation.to, cell) : null;
      if (!again) { textSkipped++; continue; }
      trials.push({ ...common, via: 'text', outcome: judge(baseline, findingsOf(again.doc), again.at, cell.ambiguous) });
    }
  }
  const narrative = narrativeTrials(doc, baseline, r.int);
  trials.push(...narrative.trials);
  textSkipped += narrative.skipped;
  return {
    file, identityCells: cells.length, sampled: chosen.length, trials, textSkipped, narrativeStatements: narrative.statements,
    baselineErrors: base.filter((f) => f.severity === 'error').length, ms: Math.round(performance.now() - started),
  };
}

/**
 * Some identity of the cell leaves its rounding envelope after the change (a dropped decimal digit widens the
 * cell's own interval, so the envelope grows with it); the printed difference the identity already had counts.
 */
function detectable(cell: IdentityCell, m: Mutation): boolean {
  const d = (t: string) => parseNumText(t)?.frac?.length ?? 0;
  const [before, after] = [d(m.from), d(m.to)];
  const widen = after < before ? halfUnit(after).minus(halfUnit(before)) : new Decimal(0);
  const change = delta(m);
  return cell.instances.some((x) => x.diff.plus(change.times(x.sign)).abs().gt(x.envelope.plus(widen)));
}

function colName(c: { colNo: number | null; key: string; header: string }): string {
  return c.colNo !== null ? `${c.colNo}栏` : c.header.replace(/\s+/g, '').slice(0, 12) || c.key;
}
