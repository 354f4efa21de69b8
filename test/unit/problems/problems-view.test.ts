// The UI's views over problems: each problem with its current findings, the culprit marked on its cell (even
// when no finding is located there), errors first for F8, and a stale snapshot after an edit never shows a
// finding that is gone nor hides one that is new.
import { describe, expect, it } from 'vitest';
import { buildCellMarks, markKey, SEVERITIES } from '../../../src/ui/model/findings-view.ts';
import {
  countProblems, culpritCells, groupProblems, problemOrder, problemViews, stepProblem,
} from '../../../src/ui/model/problems-view.ts';
import { at, checked, fixtureDoc, SEED_001, tableOf, withEdits } from './helpers.ts';

const ALL = new Set(SEVERITIES);

describe('problem views', () => {
  const doc = fixtureDoc(SEED_001);
  const t03 = tableOf(doc, 'T03');
  const cell = at(t03, '2080501', 2); // 基本支出 2栏, 62.72: no finding is located on it
  const wrong = withEdits(doc, [{ table: t03.id, ...cell, text: '67.22' }]);
  const { findings, result } = checked(wrong);
  const snapshot = { findings, result };

  it('every current finding is in exactly one view; the culprit view names the cell', () => {
    const views = problemViews(snapshot, findings);
    const listed = views.flatMap((v) => v.findings);
    expect(listed).toHaveLength(findings.length);
    expect(new Set(listed)).toEqual(new Set(findings));
    const culprit = views.filter((v) => v.culprit);
    expect(culprit).toHaveLength(1);
    expect(culprit[0]!.culprit).toMatchObject({ table: t03.id, row: cell.row, col: cell.col });
    expect(culprit[0]!.table).toBe(t03.id);
    expect(countProblems(views).error).toBeGreaterThanOrEqual(1);
  });

  it('the grid marks the culprit cell as such, though no finding is located on it', () => {
    const views = problemViews(snapshot, findings);
    const plain = buildCellMarks(findings, new Map());
    expect(plain.get(t03.id)?.get(markKey(cell.row, cell.col))).toBeUndefined();
    const mark = buildCellMarks(findings, new Map(), culpritCells(views)).get(t03.id)!.get(markKey(cell.row, cell.col))!;
    expect(mark).toMatchObject({ severity: 'error', culprit: views.find((v) => v.culprit)!.id });
    expect(mark.findings.length).toBeGreaterThanOrEqual(2);
    // the 款 total that is merely involved keeps its own mark, not the culprit's
    const parent = at(t03, '20805', 2);
    expect(buildCellMarks(findings, new Map(), culpritCells(views)).get(t03.id)!.get(markKey(parent.row, parent.col))!.culprit).toBeUndefined();
  });

  it('F8 order: errors first, wrapping', () => {
    const order = problemOrder(groupProblems(problemViews(snapshot, findings), [...doc.tables.map((t) => t.id), 'N'], ALL));
    const ranks = order.map((e) => ['error', 'warning', 'info'].indexOf(e.view.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(stepProblem(order, null, 1)).toBe(0);
    expect(stepProblem(order, order[0]!.view.id, -1)).toBe(order.length - 1);
  });

  it('the panel lists errors first, then warnings, then info (rounding residue never first); tables in sheet order within each', () => {
    const sheets = [...doc.tables.map((t) => t.id), 'N'];
    const groups = groupProblems(problemViews(snapshot, findings), sheets, ALL);
    expect(groups[0]!.severity).toBe('error');
    expect(groups[0]!.entries[0]!.view.severity).toBe('error');
    const ranks = groups.map((g) => ['error', 'warning', 'info'].indexOf(g.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(groups.some((g) => g.severity === 'info')).toBe(true);
    for (const g of groups) expect(g.entries.every((e) => e.view.severity === g.severity)).toBe(true);
    for (const s of ['error', 'warning', 'info'] as const) {
      const order = groups.filter((g) => g.severity === s).map((g) => sheets.indexOf(g.table));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
    // the panel's order is the F8 order
    expect(problemOrder(groups)).toEqual(groups.flatMap((g) => g.entries));
  });

  it('hidden severities drop out of the panel groups', () => {
    const groups = groupProblems(problemViews(snapshot, findings), [t03.id, 'N'], new Set(['warning', 'info'] as const));
    expect(groups.flatMap((g) => g.entries.flatMap((e) => e.findings)).every((f) => f.severity !== 'error')).toBe(true);
  });

  it('a stale snapshot after the culprit is corrected: the problem is gone, nothing else is lost', () => {
    const fixedFindings = checked(doc).findings;
    const views = problemViews(snapshot, fixedFindings);
    expect(views.some((v) => v.culprit)).toBe(false);
    expect(views.flatMap((v) => v.findings).length).toBe(fixedFindings.length);
  });
});

describe('before problems are computed', () => {
  it('each finding stands alone, with unique ids even for findings that share a key', () => {
    const { findings } = checked(fixtureDoc(SEED_001));
    const twin = { ...findings[0]! };
    const views = problemViews(null, [...findings, twin]);
    expect(views).toHaveLength(findings.length + 1);
    expect(new Set(views.map((v) => v.id)).size).toBe(views.length);
    expect(views.every((v) => v.problem === null && v.culprit === null)).toBe(true);
  });
});
