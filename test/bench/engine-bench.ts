// Engine benchmark: full check, incremental re-check, HyperFormula on the same identities, and a raw
// Float64Array loop (the practical limit), on generated T03-shaped tables. Ratios, measured side by side.
import HyperFormula from 'hyperformula';
import { checkRules, IncrementalChecker, type BoundRule } from '../../src/engine/index.ts';
import { AMOUNT_COLS, generateT03, type GeneratedTable } from './generate.ts';
import { gc, heapMB, median, time } from './measure.ts';

const RULES = (tableId: string): BoundRule[] => [
  { tableId, def: { id: 'col', expr: '1栏=2+3+4+5+6', severity: 'error' } },
  { tableId, def: { id: 'tree', expr: '层级', severity: 'error' } },
];

export interface EngineFigures {
  cells: number;
  rows: number;
  /** checkRules on a table the engine has not seen: row keys, column arrays, the code tree, both rules */
  full_check_ms: number;
  /** checkRules again on the same Table object (per-table caches warm) */
  recheck_ms: number;
  incremental_ms: number;
  hyperformula_ms: number | null;
  raw_loop_ms: number;
  findings: number;
  heap_mb: number;
}

/** The same identities as the rules, over a Float64Array of cents. */
function rawLoop(g: GeneratedTable): number {
  const v = g.values;
  const rows = v.length / AMOUNT_COLS;
  let bad = 0;
  for (let r = 0; r < rows; r++) {
    const o = r * AMOUNT_COLS;
    if (Math.abs(v[o]! - (v[o + 1]! + v[o + 2]! + v[o + 3]! + v[o + 4]! + v[o + 5]!)) > 2.5) bad++;
  }
  for (let p = 0; p < g.parents.length; p++) {
    for (let c = 0; c < AMOUNT_COLS; c++) {
      let s = 0;
      for (let k = g.childStart[p]!; k < g.childStart[p + 1]!; k++) s += v[g.children[k]! * AMOUNT_COLS + c]!;
      if (Math.abs(v[g.parents[p]! * AMOUNT_COLS + c]! - s) > 0.5) bad++;
    }
  }
  return bad;
}

/** HyperFormula sheet: the values plus one comparison formula per identity (SUM of the addends). */
function hyperformula(g: GeneratedTable): number {
  const rows = g.values.length / AMOUNT_COLS;
  const col = (c: number) => String.fromCharCode(65 + c);
  const data: (number | string)[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: (number | string)[] = [];
    for (let c = 0; c < AMOUNT_COLS; c++) line.push(g.values[r * AMOUNT_COLS + c]! / 100);
    line.push(`=ABS(A${r + 1}-SUM(B${r + 1}:F${r + 1}))<=0.03`);
    data.push(line);
  }
  for (let p = 0; p < g.parents.length; p++) {
    const pr = g.parents[p]! + 1;
    const kids = Array.from(g.children.subarray(g.childStart[p]!, g.childStart[p + 1]!), (k) => k + 1);
    const line: string[] = [];
    for (let c = 0; c < AMOUNT_COLS; c++) line.push(`=ABS(${col(c)}${pr}-SUM(${kids.map((k) => col(c) + k).join(',')}))<=0.005`);
    data.push(line);
  }
  const hf = HyperFormula.buildFromArray(data, { licenseKey: 'gpl-v3', useStats: false, maxRows: data.length + 1 });
  const ok = hf.getSheetValues(0).length;
  hf.destroy();
  return ok;
}

export function benchEngine(cells: number, opts: { hyperformula: boolean }): EngineFigures {
  const g = generateT03(cells);
  const rows = g.table.rows.length;
  const rules = RULES(g.table.id);
  const reps = cells <= 10_000 ? 20 : cells <= 200_000 ? 7 : 5;
  // a shallow copy is a new Table object: nothing cached, the same parsed cells (parsing is the paste's cost)
  const full = median(reps, () => checkRules([{ ...g.table }], rules));
  const warm = { ...g.table };
  const recheck = median(reps, () => checkRules([warm], rules));
  const checker = new IncrementalChecker([{ ...g.table }], rules);
  const first = checker.run();
  const { row, col, text } = g.wrong;
  const right = centsText(g.values[row * AMOUNT_COLS + col - 2]! - 100);
  let flip = false;
  // fix the wrong cell, break it again, …: each edit re-evaluates the row identity and the parent's column
  const inc = median(Math.max(reps, 15), () => {
    flip = !flip;
    checker.setCell(g.table.id, row, col, flip ? right : text);
  });
  const raw = median(Math.max(reps, 15), () => rawLoop(g));
  gc();
  const hf = opts.hyperformula ? time(() => hyperformula(g)) : null;
  return {
    cells: rows * AMOUNT_COLS, rows, full_check_ms: full, recheck_ms: recheck, incremental_ms: inc, hyperformula_ms: hf,
    raw_loop_ms: raw, findings: first.findings.length, heap_mb: heapMB(),
  };
}

function centsText(n: number): string {
  const s = String(n).padStart(3, '0');
  return `${s.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ',')}.${s.slice(-2)}`;
}
