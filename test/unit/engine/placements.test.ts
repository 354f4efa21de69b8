// Cells placed by inference or left ambiguous (collapsed blanks): an identity that fails under every
// order-preserving placement of the row's printed values is an error that says so; one that some placement
// satisfies is never an error (info for an ambiguous row, an unconfirmed_* warning for an inferred one); the
// enumeration is capped and says so. Fast, Decimal and incremental paths agree on random tables with such rows.
import { describe, expect, test } from 'vitest';
import { checkRules } from '../../../src/engine/check/check-rules.ts';
import { IncrementalChecker } from '../../../src/engine/check/incremental.ts';
import { findingKey, type Finding } from '../../../src/engine/finding.ts';
import { placedCell, type Placement, type Table } from '../../../src/engine/table.ts';
import { rule, table } from './helpers.ts';

/** The table with every amount cell of the given rows marked with a placement. */
function mark(t: Table, rows: readonly number[], placement: Placement): Table {
  return {
    ...t,
    rows: t.rows.map((r, i) => (rows.includes(i)
      ? { ...r, cells: r.cells.map((c, k) => (t.columns[k]!.role === 'amount' ? placedCell(c.text, placement) : c)) }
      : r)),
  };
}

const OWN = new Set(['label', 'code', 'colNo', 'unconfirmedRows']);
const brief = (f: Finding) => ({
  code: f.code, severity: f.severity, ...Object.fromEntries(Object.entries(f.params ?? {}).filter(([k]) => !OWN.has(k))),
});

describe('a row identity on a row whose values were placed by inference', () => {
  test('failing under every placement of the printed values: error, with the count', () => {
    // 9, 5, 3 in 4 columns: no placement makes 1栏 = 2+3+4栏
    const t = mark(table(['label', '1', '2', '3', '4'], [['甲', '9.00', '5.00', '3.00', '']]), [0], 'inferred');
    const r = checkRules([t], [rule('1栏=2+3+4栏')]);
    expect(r.findings.map(brief)).toEqual([{ code: 'sum_mismatch', severity: 'error', placements: 'all', placementCount: '4' }]);
    expect(r.statuses[0]).toMatchObject({ status: 'fail' });
  });

  test('a proven failure reading part of a collapsed row names every printed value of that row (any may be the culprit)', () => {
    // 9, 5, 3, 1 in 5 columns: 2栏 = 3+4栏 fails under all 5 placements; the shown one puts 9 in 1栏, outside the identity
    const t = mark(table(['label', '1', '2', '3', '4', '5'], [['甲', '9.00', '5.00', '3.00', '1.00', '']]), [0], 'inferred');
    const r = checkRules([t], [rule('2栏=3+4栏')]);
    expect(r.findings.map(brief)).toEqual([{ code: 'sum_mismatch', severity: 'error', placements: 'all', placementCount: '5' }]);
    expect(r.findings[0]!.location?.col).toBe(2);
    expect(r.findings[0]!.cells.map((c) => c.col).sort()).toEqual([1, 2, 3, 4]);
  });

  test('failing as placed but satisfied by another placement: unconfirmed warning naming it', () => {
    const t = mark(table(['label', '1', '2', '3', '4'], [['甲', '', '8.00', '5.00', '3.00']]), [0], 'inferred');
    const r = checkRules([t], [rule('1栏=2+3+4栏')]);
    expect(r.findings.map(brief)).toEqual([{
      code: 'unconfirmed_sum_mismatch', severity: 'warning', reason: 'placement_fits', placement: '甲:1,2,3', placementCount: '4',
    }]);
    expect(r.findings[0]!.difference).toBe('-16.00');
    expect(r.findings[0]!.params?.['unconfirmedRows']).toBe('甲');
  });

  test('passing as placed: no finding', () => {
    const t = mark(table(['label', '1', '2', '3', '4'], [['甲', '8.00', '5.00', '3.00', '']]), [0], 'inferred');
    expect(checkRules([t], [rule('1栏=2+3+4栏')]).findings).toEqual([]);
  });

  test('an inferred row with every column printed cannot be re-placed: unconfirmed, never error', () => {
    const t = mark(table(['label', '1', '2', '3'], [['甲', '9.00', '5.00', '3.00']]), [0], 'inferred');
    const r = checkRules([t], [rule('1栏=2+3栏')]);
    expect(r.findings.map(brief)).toEqual([{ code: 'unconfirmed_sum_mismatch', severity: 'warning', reason: 'placement_inferred' }]);
  });

  test('an inequality keeps its own severity and code family', () => {
    const t = mark(table(['label', '1', '2', '3'], [['甲', '', '9.00', '5.00']]), [0], 'inferred');
    const r = checkRules([t], [rule('1栏≥2栏', 't1', 'warning')]);
    expect(r.findings.map(brief)).toEqual([{
      code: 'unconfirmed_inequality_violated', severity: 'warning', reason: 'placement_fits', placement: '甲:1,2', placementCount: '3',
    }]);
  });
});

describe('a column_ambiguous row', () => {
  test('failing under every placement: error', () => {
    const t = table(['label', '1', '2', '3'], [{ cells: ['甲', '9.00', '5.00', ''], flags: ['column_ambiguous'] }]);
    const r = checkRules([t], [rule('1栏=2+3栏')]);
    expect(r.findings.map(brief)).toEqual([{ code: 'sum_mismatch', severity: 'error', placements: 'all', placementCount: '3' }]);
  });

  test('some placement satisfies it: info naming the placement', () => {
    const t = table(['label', '1', '2', '3'], [{ cells: ['甲', '', '5.00', '5.00'], flags: ['column_ambiguous'] }]);
    const r = checkRules([t], [rule('1栏=2+3栏')]);
    expect(r.findings.map(brief)).toEqual([{ code: 'placement_fits', severity: 'info', placement: '甲:1,2', placementCount: '3' }]);
    expect(r.statuses[0]).toMatchObject({ status: 'insufficient_data', checked: 0 });
  });
});

describe('hierarchy over inferred children', () => {
  const rows = [
    ['201', '一般公共服务', '10.00', '4.00', '6.00'],
    ['20101', '人大事务', '7.00', '', '7.00'],
    ['20102', '政协事务', '3.00', '3.00', ''],
  ];
  test('columns no placement of the inferred child can satisfy: errors that say so', () => {
    // 20102 printed 3.00 3.00 in three columns: 栏2 = 4.00 needs 4.00 from it and 栏3 = 6.00 cannot absorb 7.00 + 3.00 or 7.00
    const t = mark(table(['code', 'label', '1', '2', '3'], rows.map((r) => r.slice())), [2], 'inferred');
    const r = checkRules([t], [rule('层级')]);
    expect(r.findings.map((f) => [f.code, f.severity, f.location?.col, f.params?.['placements']])).toEqual([
      ['hierarchy_mismatch', 'error', 3, 'all'],
      ['hierarchy_mismatch', 'error', 4, 'all'],
    ]);
  });
  test('a child that fits the parent in another column is unconfirmed', () => {
    const fixedRows = rows.map((r) => r.slice());
    fixedRows[2] = ['20102', '政协事务', '3.00', '', '3.00'];
    fixedRows[0] = ['201', '一般公共服务', '10.00', '3.00', '7.00'];
    const t = mark(table(['code', 'label', '1', '2', '3'], fixedRows), [2], 'inferred');
    const r = checkRules([t], [rule('层级')]);
    expect(r.findings.map((f) => [f.code, f.severity, f.params?.['placement']])).toEqual([
      ['unconfirmed_hierarchy_mismatch', 'warning', '20102:1,2'],
      ['unconfirmed_hierarchy_mismatch', 'warning', '20102:1,2'],
    ]);
  });
});

test('the enumeration is capped and says so', () => {
  // 15 inferred children, one printed value each among 12 columns, values 2^k cents: 2^15 distinct sums in 栏1
  const cols = Array.from({ length: 12 }, (_, i) => String(i + 1));
  const blanks = cols.slice(1).map(() => '');
  const body = [['201', '合计', '100.00', ...blanks]];
  for (let k = 0; k < 15; k++) body.push([`201${String(k + 1).padStart(2, '0')}`, `子${k}`, (2 ** k / 100).toFixed(2), ...blanks]);
  const t = mark(table(['code', 'label', ...cols], body), body.map((_, i) => i).slice(1), 'inferred');
  const r = checkRules([t], [rule('层级')]);
  const first = r.findings.find((f) => f.location?.col === 2)!;
  expect(first).toMatchObject({ code: 'unconfirmed_hierarchy_mismatch', severity: 'warning' });
  expect(first.params).toMatchObject({ reason: 'enumeration_cap', placementCount: String(12n ** 15n) });
  expect(r.findings.every((f) => f.severity !== 'error')).toBe(true);
});

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTable(rand: () => number): Table {
  const codes = ['201', '20101', '2010101', '2010102', '20102', '2010201', '208', '20805', '2080501', '2080502'];
  const v = () => (rand() < 0.3 ? '' : (Math.floor(rand() * 2000) / 100).toFixed(2));
  const body = codes.map((c, i) => [c, `r${i}`, v(), v(), v(), v()]);
  let t = table(['code', 'label', '1', '2', '3', '4'], body);
  const flagged = codes.map((_, i) => i).filter(() => rand() < 0.2);
  t = { ...t, rows: t.rows.map((r, i) => (flagged.includes(i) ? { ...r, flags: ['column_ambiguous' as const] } : r)) };
  t = mark(t, codes.map((_, i) => i).filter(() => rand() < 0.3), 'inferred');
  // a cell marked ambiguous on a row without the flag reads as inferred on every path
  return mark(t, codes.map((_, i) => i).filter(() => rand() < 0.1), 'ambiguous');
}

const RULES = [rule('1栏=2+3+4栏'), rule('层级'), rule('1栏≥2栏', 't1', 'warning'), rule('[r0]1栏=[r1]1栏+[r4]1栏')];
const keys = (fs: readonly Finding[]) => fs.map((f) => `${findingKey(f)}|${f.severity}|${f.difference}|${JSON.stringify(f.params ?? {})}`).sort();

test('fast and Decimal paths agree, with the new severities, on random tables with inferred and ambiguous rows', () => {
  const rand = mulberry32(1515);
  const seen = new Set<string>();
  for (let n = 0; n < 80; n++) {
    const t = randomTable(rand);
    const fast = checkRules([t], RULES, { fastPath: true });
    expect(fast).toEqual(checkRules([t], RULES, { fastPath: false }));
    for (const f of fast.findings) seen.add(`${f.code}/${f.severity}`);
  }
  for (const c of ['sum_mismatch/error', 'unconfirmed_sum_mismatch/warning', 'placement_fits/info', 'unconfirmed_hierarchy_mismatch/warning']) {
    expect(seen).toContain(c);
  }
});

test('incremental edits of inferred and ambiguous rows end where a fresh check does', () => {
  const rand = mulberry32(42);
  for (let round = 0; round < 6; round++) {
    const t = randomTable(rand);
    const checker = new IncrementalChecker([t], RULES);
    let live = checker.run().findings;
    for (let n = 0; n < 40; n++) {
      const row = Math.floor(rand() * t.rows.length);
      const col = 2 + Math.floor(rand() * 4);
      const delta = checker.setCell('t1', row, col, ['', '1.00', '3.50', '12.34', '0'][Math.floor(rand() * 5)]!);
      live = live.filter((f) => !delta.removed.includes(f)).concat(delta.added);
    }
    const fresh = checkRules(checker.currentTables, RULES);
    expect(keys(live)).toEqual(keys(fresh.findings));
    expect(checker.current().statuses).toEqual(fresh.statuses);
  }
});

test('a failure outside the range of every placement is proven without enumerating them all', () => {
  // 15 inferred children, one value each among 12 columns (12^15 placements): the exact parent 1,000.00 in 栏1 is
  // more than all of them together, so no placement can reach it
  const cols = Array.from({ length: 12 }, (_, i) => String(i + 1));
  const blanks = cols.slice(1).map(() => '');
  const body = [['201', '合计', '1000.00', ...blanks]];
  for (let k = 0; k < 15; k++) body.push([`201${String(k + 1).padStart(2, '0')}`, `子${k}`, (2 ** k / 100).toFixed(2), ...blanks]);
  const t = mark(table(['code', 'label', ...cols], body), body.map((_, i) => i).slice(1), 'inferred');
  const first = checkRules([t], [rule('层级')]).findings.find((f) => f.location?.col === 2)!;
  expect(first).toMatchObject({ code: 'hierarchy_mismatch', severity: 'error' });
  expect(first.params).toMatchObject({ placements: 'all', placementCount: String(12n ** 15n) });
});
