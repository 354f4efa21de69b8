// Root causes on real fixture reports with single mistakes injected into a table: the problem names the
// changed cell, the value it should have, and the kind of slip; the findings it explains are its evidence.
import { describe, expect, it } from 'vitest';
import { at, checked, fixtureDoc, PUTUO, rootCauses, SEED_001, tableOf, withEdits } from './helpers.ts';

describe('one wrong cell in a real table → one problem naming it', () => {
  const doc = fixtureDoc(SEED_001);
  const t03 = tableOf(doc, 'T03');
  const cell = at(t03, '2080501', 1); // 行政单位离退休 1栏, printed 62.72

  it('the clean report has no identity problem', () => {
    expect(rootCauses(checked(doc).result)).toEqual([]);
  });

  const cases: [string, string, string | undefined][] = [
    ['transposition', '67.22', 'transposition'],
    ['dropped digit', '6.72', 'dropped_digit'],
    ['+100 (one digit more)', '162.72', 'extra_digit'],
    ['+10', '72.72', 'digit_off'],
    ['−100 (sign unknown to the engine, found by re-evaluation)', '-37.28', undefined],
    ['×10', '627.20', 'decimal_shift'],
  ];
  for (const [name, text, kind] of cases) {
    it(name, () => {
      const { findings, result } = checked(withEdits(doc, [{ table: t03.id, ...cell, text }]));
      const causes = rootCauses(result);
      expect(causes).toHaveLength(1);
      const p = causes[0]!;
      expect(p).toMatchObject({ severity: 'error', basis: 'cell', suggested: '62.72', explains: 2 });
      expect(p.kind).toBe(kind);
      expect(p.culprit).toMatchObject({ table: t03.id, row: cell.row, col: cell.col, code: '2080501', colNo: 1, text });
      // its evidence: the row identity and the 款 hierarchy (and any inequality reading the cell), each
      // pointing back at the problem
      const codes = p.findings.map((i) => findings[i]!.code);
      expect(codes).toEqual(expect.arrayContaining(['hierarchy_mismatch', 'sum_mismatch']));
      expect(codes.filter((c) => c !== 'hierarchy_mismatch' && c !== 'sum_mismatch').every((c) => c === 'inequality_violated')).toBe(true);
      for (const i of p.findings) expect(result.problemOf[i]).toBe(p.id);
    });
  }

  it('every finding belongs to exactly one problem', () => {
    const { findings, result } = checked(withEdits(doc, [{ table: t03.id, ...cell, text: '67.22' }]));
    expect(result.problemOf).toHaveLength(findings.length);
    expect(result.problemOf.every((id) => id !== '')).toBe(true);
    const listed = result.problems.flatMap((p) => p.findings).sort((a, b) => a - b);
    expect(listed).toEqual(findings.map((_, i) => i));
  });
});

describe('cross-table identities join the group (上海 普陀财政局 2024)', () => {
  const doc = fixtureDoc(PUTUO);
  const t03 = tableOf(doc, 'T03');

  it('a transposed 合计 explains its row, its hierarchy and T01 ↔ T03', () => {
    const cell = at(t03, '合计', 1); // 2,940.05
    const { findings, result } = checked(withEdits(doc, [{ table: t03.id, ...cell, text: '2,904.05' }]));
    const [p, ...rest] = rootCauses(result);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ suggested: '2940.05', kind: 'transposition', explains: 3, culprit: { row: cell.row, col: cell.col } });
    expect(p!.findings.map((i) => findings[i]!.ruleId)).toContain('X.T01-T03.expense');
  });

  it('a 款 cell: its inequality with T05 is kept as evidence, not counted as explained', () => {
    const cell = at(t03, '20106', 1); // 2,106.66
    const { findings, result } = checked(withEdits(doc, [{ table: t03.id, ...cell, text: '2,016.66' }]));
    const [p] = rootCauses(result);
    expect(p).toMatchObject({ suggested: '2106.66', kind: 'transposition', explains: 3 });
    expect(p!.findings.map((i) => findings[i]!.code)).toContain('inequality_violated');
  });
});

describe('more than one wrong cell in one group', () => {
  const doc = fixtureDoc(SEED_001);
  const t03 = tableOf(doc, 'T03');
  const a = at(t03, '2080501', 1); // 62.72
  const b = at(t03, '2080502', 1); // 521.68

  it('two wrong cells under one 款: two problems, partners, each with its own value', () => {
    const { result } = checked(withEdits(doc, [{ table: t03.id, ...a, text: '67.22' }, { table: t03.id, ...b, text: '512.68' }]));
    const causes = rootCauses(result);
    expect(causes).toHaveLength(2);
    const byRow = new Map(causes.map((p) => [p.culprit!.row, p]));
    expect(byRow.get(a.row)).toMatchObject({ basis: 'pair', suggested: '62.72', kind: 'transposition' });
    expect(byRow.get(b.row)).toMatchObject({ basis: 'pair', suggested: '521.68', kind: 'transposition' });
    expect(byRow.get(a.row)!.partner).toBe(byRow.get(b.row)!.id);
  });

  it('three wrong cells under one 款: no single cell or pair explains the group → culprit null', () => {
    const c = at(t03, '2080505', 1);
    const cText = tableOf(doc, 'T03').rows[c.row]!.cells[c.col]!.text;
    const wrong = cText.replace(/\d(?=\.)/, (d) => String((Number(d) + 1) % 10));
    const { result } = checked(withEdits(doc, [
      { table: t03.id, ...a, text: '67.22' }, { table: t03.id, ...b, text: '512.68' }, { table: t03.id, ...c, text: wrong },
    ]));
    const causes = rootCauses(result);
    expect(causes).toHaveLength(1);
    expect(causes[0]).toMatchObject({ culprit: null, suggested: null, basis: 'unexplained', severity: 'error' });
    expect(causes[0]!.findings.length).toBeGreaterThanOrEqual(4);
  });
});

describe('a culprit whose value was placed by inference is never certain', () => {
  it('the culprit is named as unconfirmed; the problem is as severe as its findings', () => {
    const doc = fixtureDoc(SEED_001);
    const t03 = tableOf(doc, 'T03');
    const cell = at(t03, '2080501', 1);
    const { findings, result } = checked(withEdits(doc, [{ table: t03.id, ...cell, text: '67.22', placement: 'inferred' }]));
    const [p] = rootCauses(result);
    expect(p).toMatchObject({ basis: 'uncertain_cell', suggested: '62.72' });
    const worst = p!.findings.some((i) => findings[i]!.severity === 'error') ? 'error' : 'warning';
    expect(p!.severity).toBe(worst);
  });
});

describe('several cells would each explain a group: another figure may confirm one (seed 000 三公 table)', () => {
  it('the narrative states the 公务接待费 the table lost: that cell is named, with the narrative finding as evidence', () => {
    const doc = fixtureDoc('seeds/000_6e1f5d09d8ef42dd.txt');
    const t09 = tableOf(doc, 'T09');
    const row = t09.rows.findIndex((r) => r.label === '3.公务接待费');
    const col = t09.columns.findIndex((c) => c.colNo === 1);
    expect(t09.rows[row]!.cells[col]!.text).toBe('6.40');
    const { findings, result } = checked(withEdits(doc, [{ table: t09.id, row, col, text: '106.40' }]));
    const [p, ...rest] = rootCauses(result);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ basis: 'corroborated', suggested: '6.40', culprit: { row, col }, explains: 1 });
    expect(findings[p!.corroboratedBy!]!.table).toBe('N');
    expect(p!.findings).toContain(p!.corroboratedBy);
  });

  it('without such a figure the group names no culprit and lists the candidates', () => {
    const doc = fixtureDoc(PUTUO);
    const t06 = tableOf(doc, 'T06');
    // a 款 of T06 only takes part in its 类 total: every sibling would explain it equally
    const row = t06.rows.findIndex((r, i) => i > 0 && r.code?.length === 5 && r.cells.some((c) => c.value.kind === 'number' && !c.value.value.isZero()));
    const col = t06.rows[row]!.cells.findIndex((c, i) => t06.columns[i]!.role === 'amount' && c.value.kind === 'number' && !c.value.value.isZero());
    const text = t06.rows[row]!.cells[col]!.text;
    const { result } = checked(withEdits(doc, [{ table: t06.id, row, col, text: `1${text}` }]));
    const causes = rootCauses(result);
    expect(causes.length).toBeGreaterThanOrEqual(1);
    const p = causes.find((c) => c.candidates?.some((x) => x.row === row && x.col === col));
    expect(p).toMatchObject({ basis: 'ambiguous', culprit: null, suggested: null });
    expect(causes.every((c) => c.culprit === null)).toBe(true);
  });
});
