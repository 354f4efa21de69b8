// What a reviewer reads for every seed and corpus document (the golden fixtures): no internal table id ("T01@83"),
// rule id or snake_case code in the Chinese finding, problem and 未能核对 sentences or rule names, no placeholder
// left unfilled in either language; and the wording the issue asks for (个百分点, Σ款（n 项）, one-line rule names).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../src/checks/check-document.ts';
import { documentProblems } from '../../../src/checks/problems/index.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { describeFinding, describeRootProblem, describeUnchecked, humaniseIds, tableNames, uncheckedWhere } from '../../../src/ui/messages/index.ts';
import { findingDetail } from '../../../src/ui/messages/details.ts';
import { percentPoints, pointsNumber } from '../../../src/ui/messages/points.ts';
import { ruleName } from '../../../src/ui/messages/rule-name.ts';
import { summariseSide } from '../../../src/ui/messages/engine.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DIRS = ['test/fixtures/seeds', 'test/fixtures/corpus'];
const DOCS = DIRS.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));

/** An internal id or code: "T01@83", "unknown@77", "N-ZERO", "S.code-format", "P.exec_rate", "zero_base_percent". */
/** …and a cross-table formula's kind prefix ("T02.[合计]1栏"): the table is named as printed instead. */
const INTERNAL = /@\d|\b[NY]-[A-Z]+|\b[SP]\.[a-z_-]+|\b[a-z]+_[a-z_]+\b|\b[TB]\d{2}\./;
const UNFILLED = /\{\w+\}/;

function sentences(file: string) {
  const parsed = parseReportText(readFileSync(join(ROOT, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason.code}`);
  const doc = parsed.value;
  const result = checkDocument(doc);
  const problems = documentProblems(doc, result.findings).problems;
  const out: { zh: string; en: string; what: string }[] = [];
  // every screen, report and the CLI show sentences with table ids named as printed (humaniseIds): test what they show
  const names = { zh: tableNames(doc.tables, 'zh'), en: tableNames(doc.tables, 'en') };
  for (const f of result.findings) {
    out.push({ what: `${f.ruleId}/${f.code}`, zh: describeFinding(f, 'zh', names.zh), en: describeFinding(f, 'en', names.en) });
    const d = findingDetail(f, 'zh', names.zh);
    out.push({ what: `details of ${f.ruleId}`, zh: [d.formula, ...d.operands].join('；'), en: '' });
    out.push({ what: `rule name ${f.ruleId}`, zh: ruleName(f, 'zh'), en: ruleName(f, 'en') });
  }
  for (const p of problems) out.push({ what: `problem ${p.id}`, zh: humaniseIds(describeRootProblem(p, result.findings, 'zh', names.zh), names.zh), en: humaniseIds(describeRootProblem(p, result.findings, 'en', names.en), names.en) });
  for (const u of result.unchecked) {
    out.push({ what: `unchecked ${u.reason}`, zh: `${uncheckedWhere(u, 'zh')} ${describeUnchecked(u, 'zh')}`, en: `${uncheckedWhere(u, 'en')} ${describeUnchecked(u, 'en')}` });
  }
  return { findings: result.findings, names: names.zh, out };
}

describe.each(DOCS)('%s', (file) => {
  const { findings, names, out } = sentences(file);

  test('the Chinese sentences and rule names carry no internal id or code, and no unfilled placeholder', () => {
    expect(out.length).toBeGreaterThan(0);
    expect(out.filter((s) => INTERNAL.test(s.zh) || UNFILLED.test(s.zh)).map((s) => `${s.what}: ${s.zh}`)).toEqual([]);
    expect(out.filter((s) => UNFILLED.test(s.en)).map((s) => `${s.what}: ${s.en}`)).toEqual([]);
  });

  test('every finding has a one-line rule name and its details list every operand', () => {
    for (const f of findings) {
      const d = findingDetail(f, 'zh', names);
      expect(d.rule.trim(), f.ruleId).not.toBe('');
      expect(d.rule).not.toContain('\n');
      expect(d.operands).toHaveLength(f.operands.length);
      // the expert toggle keeps the ids, and the formula as the rule writes it when its tables were named
      expect(d.ids).toBe(d.formula === f.formula ? `${f.ruleId} · ${f.code}` : `${f.ruleId} · ${f.code} · ${f.formula}`);
    }
  });
});

const base: Finding = {
  ruleId: 'x', code: 'sum_mismatch', severity: 'error', table: 'T03@12', location: null, cells: [], formula: '', operands: [],
  expected: '', actual: '', difference: '', tolerance: '',
};

describe('the wording the issue asks for', () => {
  test('percentage gaps in 个百分点, two decimals, never rounded to zero', () => {
    expect(pointsNumber('35.7897')).toBe('35.79');
    expect(pointsNumber('-1.005')).toBe('-1.01');
    expect(pointsNumber('0.0049')).toBe('0.0049');
    expect(pointsNumber('2')).toBe('2');
    // never shown as within a tolerance it exceeds
    expect(pointsNumber('0.011', '0.0105')).toBe('0.011');
    expect(pointsNumber('0.0761', '0.0053')).toBe('0.08');
    expect(percentPoints('35.7897', 'zh')).toBe('35.79 个百分点');
    expect(percentPoints('35.7897', 'en')).toBe('35.79 percentage points');
    const f: Finding = { ...base, ruleId: 'N-YOY', code: 'yoy_percent_mismatch', expected: '12.50', actual: '48.29', difference: '35.7897', tolerance: '0.0050', params: { base: '100' } };
    expect(describeFinding(f, 'zh')).toContain('差 35.79 个百分点（容差 ±0.005 个百分点）');
    expect(describeFinding(f, 'en')).toContain('difference 35.79 percentage points');
  });

  test('a hierarchy identity names its children by level and count; the operands stay in the details', () => {
    const kids = Array.from({ length: 12 }, (_, i) => `[210${String(i + 1).padStart(2, '0')}]1栏`);
    const f: Finding = {
      ...base, code: 'hierarchy_mismatch', formula: `[210]1栏=${kids.join('+')}`, actual: '100.63', expected: '100.00', difference: '0.63',
      location: { table: 'T03@12', row: 3, col: 2, code: '210', label: '卫生健康支出', colNo: 1 },
      operands: kids.map((_, i) => ({ ref: { table: 'T03@12', row: 4 + i, col: 2, code: `210${i + 1}`, label: '', colNo: 1 }, value: '1.00' })),
    };
    expect(describeFinding(f, 'zh')).toBe('[210 卫生健康支出] 本级(100.63) ≠ Σ款（12 项）(100.00)，差 0.63');
    expect(describeFinding(f, 'en')).toBe('[210 卫生健康支出] parent(100.63) ≠ Σ of 12 sections(100.00), difference 0.63');
    expect(findingDetail(f, 'zh').operands).toHaveLength(12);
    expect(findingDetail(f, 'zh').formula).toBe(f.formula);
  });

  test('a long side of an identity is summarised, a short one printed whole', () => {
    expect(summariseSide('2+3+4+5+6+7栏', 'zh')).toBe('2+3+4+5+6+7栏');
    const long = Array.from({ length: 10 }, (_, i) => `[r${i}]1栏`).join('+');
    expect(summariseSide(long, 'zh')).toBe('[r0]1栏+[r1]1栏+…+[r9]1栏（共 10 项）');
    expect(summariseSide(long, 'en')).toBe('[r0]1栏+[r1]1栏+…+[r9]1栏 (10 terms)');
  });

  test('the two checks that share the formula "P = D/(当前−D)" have different names', () => {
    const zero = ruleName({ ruleId: 'N-ZERO', code: 'zero_base_percent', formula: 'P = D/(当前−D)' }, 'zh');
    const yoy = ruleName({ ruleId: 'N-YOY', code: 'yoy_percent_mismatch', formula: 'P = D/(当前−D)' }, 'zh');
    expect(zero).not.toBe(yoy);
    expect(zero).not.toMatch(INTERNAL);
  });

  test('pack rules are named by their note in Chinese and their expression in English; custom rules by their formula', () => {
    expect(ruleName({ ruleId: 'T01.A.r27', code: 'sum_mismatch', formula: '' }, 'zh')).toBe('本年收入合计=各项收入之和');
    expect(ruleName({ ruleId: 'T01.A.r27', code: 'sum_mismatch', formula: '' }, 'en')).toBe('27行=（1+2+3+4+5+6+7+8）行');
    expect(ruleName({ ruleId: 'custom.1', code: 'sum_mismatch', formula: '1栏=2+3' }, 'zh')).toBe('自定义规则：1栏=2+3');
    expect(ruleName({ ruleId: 'nobody', code: 'sum_mismatch', formula: '' }, 'en')).toBe('Column/row identity');
  });
});
