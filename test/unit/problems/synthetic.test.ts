// A 10,000-row T03-shaped table (合计, 类, 款, 项; 1栏 = 2+3+4 and 层级) with three wrong cells far apart:
// exactly three problems, each naming its cell and its value. And the cases without a single culprit.
import { describe, expect, it } from 'vitest';
import { findProblems, suggestionKind } from '../../../src/checks/problems/index.ts';
import { checkRules, type BoundRule, type Table } from '../../../src/engine/index.ts';
import { table } from '../engine/helpers.ts';

/** Deterministic amounts in cents (a small LCG), so every identity of the clean table holds exactly. */
function bigTable(): { t: Table; rows: string[][] } {
  let seed = 20241231;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 90000 + 1000;
  const fmt = (cents: number) => (cents / 100).toFixed(2);
  const rows: string[][] = [];
  const sumInto = (into: number[], add: number[]) => add.forEach((v, k) => { into[k]! += v; });
  const total = [0, 0, 0];
  const body: string[][] = [];
  for (let c = 0; c < 10; c++) {
    const cls = [0, 0, 0];
    const clsAt = body.push([]) - 1;
    for (let k = 0; k < 10; k++) {
      const kuan = [0, 0, 0];
      const kuanAt = body.push([]) - 1;
      for (let x = 0; x < 99; x++) {
        const v = [next(), next(), next()];
        sumInto(kuan, v);
        const code = `2${String(c).padStart(2, '0')}${String(k).padStart(2, '0')}${String(x).padStart(2, '0')}`;
        body.push([code, `项${code}`, fmt(v[0]! + v[1]! + v[2]!), ...v.map(fmt)]);
      }
      sumInto(cls, kuan);
      const code = `2${String(c).padStart(2, '0')}${String(k).padStart(2, '0')}`;
      body[kuanAt] = [code, `款${code}`, fmt(kuan[0]! + kuan[1]! + kuan[2]!), ...kuan.map(fmt)];
    }
    sumInto(total, cls);
    body[clsAt] = [`2${String(c).padStart(2, '0')}`, `类${c}`, fmt(cls[0]! + cls[1]! + cls[2]!), ...cls.map(fmt)];
  }
  rows.push(['', '合计', fmt(total[0]! + total[1]! + total[2]!), ...total.map(fmt)], ...body);
  return { t: table(['code', 'label', '1', '2', '3', '4'], rows, { id: 'T03', kind: 'T03' }), rows };
}

const RULES: BoundRule[] = [
  { def: { id: 'row', expr: '1栏=2+3+4', severity: 'error' }, tableId: 'T03' },
  { def: { id: 'hier', expr: '层级', severity: 'error' }, tableId: 'T03' },
];

function swapAdjacent(text: string): string {
  const i = text.indexOf('.') - 2; // the tens and units digits
  return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
}

describe('10,000-row table with three wrong cells', () => {
  it('reports exactly three problems, each naming its cell and the printed value', () => {
    const { rows } = bigTable();
    expect(rows.length).toBeGreaterThanOrEqual(10000);
    const clean = table(['code', 'label', '1', '2', '3', '4'], rows, { id: 'T03', kind: 'T03' });
    expect(checkRules([clean], RULES).findings).toEqual([]);
    // a 项 2栏 transposed (tens ↔ units, chosen so the digits differ), a 款 1栏 +100, a 类 4栏 with a dropped digit
    const itemRow = rows.findIndex((r, i) => i > 5000 && r[0]!.length === 7 && swapAdjacent(r[3]!) !== r[3]);
    const kuanRow = rows.findIndex((r) => r[0] === '20507');
    const clsRow = rows.findIndex((r) => r[0] === '209');
    const wrong: [number, number, string][] = [
      [itemRow, 3, swapAdjacent(rows[itemRow]![3]!)],
      [kuanRow, 2, (Number(rows[kuanRow]![2]) + 100).toFixed(2)],
      [clsRow, 5, rows[clsRow]![5]!.slice(1)],
    ];
    const originals = wrong.map(([r, c]) => rows[r]![c]!);
    const edited = rows.map((r) => [...r]);
    for (const [r, c, text] of wrong) edited[r]![c] = text;
    const t = table(['code', 'label', '1', '2', '3', '4'], edited, { id: 'T03', kind: 'T03' });
    const findings = checkRules([t], RULES).findings;
    const { problems, problemOf } = findProblems(findings, [t], RULES);
    expect(problems).toHaveLength(3);
    expect(problemOf.every((id) => id !== '')).toBe(true);
    const named = problems.map((p) => [p.culprit?.row, p.culprit?.col, p.suggested]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(named).toEqual(wrong.map(([r, c], k) => [r, c, originals[k]]).sort((a, b) => Number(a[0]) - Number(b[0])));
    expect(problems.every((p) => p.severity === 'error' && p.basis === 'cell')).toBe(true);
    expect(problems.find((p) => p.culprit!.row === itemRow)!.kind).toBe('transposition');
    expect(problems.find((p) => p.culprit!.row === clsRow)!.kind).toBe('dropped_digit');
  });
});

describe('groups without a single culprit', () => {
  const rules: BoundRule[] = [{ def: { id: 'eq', expr: '1栏=2栏', severity: 'error' }, tableId: 'T' }];

  it('two cells that each explain the only failing identity: culprit null, both listed', () => {
    const t = table(['label', '1', '2'], [['甲', '5.00', '6.00']], { id: 'T' });
    const findings = checkRules([t], rules).findings;
    const { problems } = findProblems(findings, [t], rules);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ culprit: null, suggested: null, basis: 'ambiguous', severity: 'error' });
    expect(problems[0]!.candidates!.map((c) => c.col).sort()).toEqual([1, 2]);
  });

  it('a correction that would break a passing identity is not offered', () => {
    // 2栏 also feeds 2栏 = 3栏 (passing); only 1栏 can be corrected
    const both: BoundRule[] = [...rules, { def: { id: 'eq2', expr: '2栏=3栏', severity: 'error' }, tableId: 'T' }];
    const t = table(['label', '1', '2', '3'], [['甲', '5.00', '6.00', '6.00']], { id: 'T' });
    const { problems } = findProblems(checkRules([t], both).findings, [t], both);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ basis: 'cell', suggested: '6.00', culprit: { col: 1 }, kind: 'digit_off' });
  });

  it('rounding residue alone never starts a root-cause search; it stands as an info problem', () => {
    const t = table(['label', '1', '2', '3'], [['甲', '5.01', '2.50', '2.50']], { id: 'T' });
    const sum: BoundRule[] = [{ def: { id: 's', expr: '1栏=2+3', severity: 'error' }, tableId: 'T' }];
    const findings = checkRules([t], sum).findings;
    expect(findings.map((f) => f.code)).toEqual(['rounding_residue']);
    expect(findProblems(findings, [t], sum).problems).toEqual([
      expect.objectContaining({ severity: 'info', basis: 'single', suggested: null, findings: [0] }),
    ]);
  });
});

describe('suggestionKind', () => {
  it.each([
    ['2,430.92', '2403.92', 'transposition'],
    ['240.92', '2403.92', 'dropped_digit'],
    ['24,033.92', '2403.92', 'extra_digit'],
    ['2,413.92', '2403.92', 'digit_off'],
    ['24,039.20', '2403.92', 'decimal_shift'],
    ['240.39', '2403.90', 'decimal_shift'],
    ['0.45', '0.54', 'transposition'],
    ['1,000.00', '2403.92', undefined],
    ['-2,403.92', '2403.92', undefined],
    ['', '5.00', undefined],
  ])('%s → %s: %s', (printed, suggested, kind) => {
    expect(suggestionKind(printed, suggested)).toBe(kind);
  });
});
