// The 部门预算 worked example as an exercise: clean it gives no error or warning under every budget pack and
// cross-table rule, and every mistake injected into it is found by the checker and scored as the trainer does.
import { describe, expect, test } from 'vitest';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import { makeCell } from '../../../src/engine/table.ts';
import { checkAll, createExercise, listTemplates, parseExercise, scoreAttempt, serialiseExercise, workedExamples } from '../../../src/trainer/index.ts';

const example = workedExamples().find((e) => e.id === 'zhengxie-2019-budget')!;
let clean: ParsedDocument;

describe('the 部门预算 worked example', () => {
  test('is in the 部门预算 group with the budget templates, and loads the ten budget tables with packs', async () => {
    expect(example.group).toBe('budget');
    expect(listTemplates().filter((t) => t.group === 'budget').map((t) => t.id)).toEqual(
      ['B01.A', 'B02.A', 'B03.A', 'B04.A', 'B05.1', 'B06.1', 'B07.1', 'B08.1', 'B09.W9', 'B12.1']);
    clean = await example.load();
    expect(clean.tables.map((t) => t.kind)).toEqual(['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B12']);
    expect(clean.tables.every((t) => t.layout !== null)).toBe(true);
  });

  test('checks clean: no error or warning from the table packs or the cross-table budget rules', () => {
    // the only warnings are real: its tables print 20805 by its pre-2019 name (行政事业单位离退休) in a 2019 budget,
    // which the checker knows since the year is read from the tables' titles
    const findings = checkAll(clean);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.table} ${f.ruleId} ${f.code}`))
      .toEqual(['B05@89 S.subject-name subject_name_outdated', 'B07@160 S.subject-name subject_name_outdated']);
  });

  test('cross-table budget rules really run on it (a B05 total misprint is reported against B01/B04 too)', () => {
    const b05 = clean.tables.find((t) => t.kind === 'B05')!;
    const total = b05.rows.findIndex((r) => r.flags?.includes('total'));
    const col = b05.columns.findIndex((c) => c.role === 'amount');
    const rows = b05.rows.map((r, i) => (i === total ? { ...r, cells: r.cells.map((c, j) => (j === col ? makeCell('13,297.21') : c)) } : r));
    const wrong = { ...clean, tables: clean.tables.map((t) => (t === b05 ? { ...b05, rows } : t)) };
    const rules = new Set(checkAll(wrong).filter((f) => f.severity === 'error').map((f) => f.ruleId));
    expect([...rules].some((id) => id.startsWith('B05'))).toBe(true);
    expect([...rules].some((id) => !id.startsWith('B05'))).toBe(true);
  });

  test.each([11, 23, 37])('an exercise with seed %i: every injected mistake is found and full marks score 100', (seed) => {
    const ex = createExercise(clean, { count: 4, seed }, { title: example.title, source: example.id });
    expect(ex.injected.length).toBe(4);
    const kinds = new Set(ex.injected.map((e) => ex.doc.tables.find((t) => t.id === e.table)?.kind));
    for (const k of kinds) expect(k).toMatch(/^B(0[1-9]|12)$/);
    const loud = checkAll(ex.doc).filter((f) => f.severity !== 'info');
    for (const e of ex.injected) {
      expect(e.findings.length).toBeGreaterThan(0);
      // the checker points at a cell the trainee may mark for this error
      expect(loud.some((f) => f.cells.some((c) => e.cells.some((s) => s.table === c.table && s.row === c.row)))).toBe(true);
    }
    const perfect = ex.injected.map((e) => e.cells[0]!);
    expect(scoreAttempt(ex, perfect).score).toBe(100);
    expect(scoreAttempt(ex, perfect.slice(1)).misses).toHaveLength(1);
    expect(scoreAttempt(ex, []).score).toBe(0);
  });

  test('a budget exercise saved to a file opens again with the same errors and scores the same', () => {
    const ex = createExercise(clean, { count: 3, seed: 5 }, { title: example.title, source: example.id });
    const back = parseExercise(serialiseExercise(ex));
    if (!back.ok) throw new Error(back.reason.code);
    expect(back.value.injected.map((e) => [e.table, e.row, e.col, e.after])).toEqual(ex.injected.map((e) => [e.table, e.row, e.col, e.after]));
    const marks = [ex.injected[0]!.cells[0]!];
    expect(scoreAttempt(back.value, marks).score).toBe(scoreAttempt(ex, marks).score);
  });
});
