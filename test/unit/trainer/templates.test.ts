import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../src/engine/finding.ts';
import { makeCell, type Table, type TableKind } from '../../../src/engine/table.ts';
import { selectRules } from '../../../src/rules/index.ts';
import {
  blankTemplate, checkAll, chineseOrdinal, fillTemplate, injectErrors, singleTableDocument, templateById, templateRules, TEMPLATE_IDS,
} from '../../../src/trainer/index.ts';
import { fixtureTable, GANZHOU, GUIHUA, JIANGAN, JIANGXI_2020, JS_SW17, JS_SW19, JS_ZX19, PUTUO, SHEHUI } from './helpers.ts';

/** The real table each template is filled from (T08 tables are empty in every document we have). */
const SOURCES: readonly (readonly [string, string, TableKind])[] = [
  ['T01.A', GANZHOU, 'T01'], ['T01.B', JIANGAN, 'T01'], ['T01.C', PUTUO, 'T01'], ['T02', JIANGAN, 'T02'],
  ['T03', JIANGAN, 'T03'], ['T04.A', JIANGXI_2020, 'T04'], ['T04.B', JIANGAN, 'T04'], ['T04.C', PUTUO, 'T04'],
  ['T05', JIANGAN, 'T05'], ['T06.P3', GANZHOU, 'T06'], ['T06.P2', SHEHUI, 'T06'], ['T07', JIANGAN, 'T07'],
  ['T08.EXP', JIANGXI_2020, 'T08'], ['T08.INOUT', PUTUO, 'T08'], ['T09.R2', JIANGXI_2020, 'T09'], ['T09.R3', GANZHOU, 'T09'],
  ['T09.W', GUIHUA, 'T09'], ['T10', GANZHOU, 'T10'], ['P_PROJECT', GANZHOU, 'P_PROJECT'],
  ['B01.A', JS_SW19, 'B01'], ['B02.A', JS_SW17, 'B02'], ['B03.A', JS_SW17, 'B03'], ['B04.A', JS_SW17, 'B04'],
  ['B05.1', JS_ZX19, 'B05'], ['B06.1', JS_ZX19, 'B06'], ['B07.1', JS_ZX19, 'B07'], ['B08.1', JS_ZX19, 'B08'],
  ['B09.W9', JS_ZX19, 'B09'], ['B12.1', JS_ZX19, 'B12'],
];

const loud = (fs: readonly Finding[]) => fs.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}:${f.code}`);
const amountTexts = (t: Table) => t.rows.flatMap((r) => r.cells.filter((_, j) => t.columns[j]!.role === 'amount').map((c) => c.text));

test('there is a template for every table kind and layout variant the brief lists', () => {
  expect(TEMPLATE_IDS).toEqual(SOURCES.map(([id]) => id));
});

test.each(TEMPLATE_IDS)('blank template %s has labels and no amounts, only the form’s fixed marks', (id) => {
  const t = templateById(id);
  // a form without a label column (支出预算总表: one row of totals) has rows only
  const labelled = t.columns.some((c) => c.role === 'label') ? t.rows.filter((r) => r.label !== '') : t.rows;
  expect(labelled.length).toBeGreaterThan(0);
  expect(amountTexts(t).every((x) => x === '' || /^(-|---|—)$/.test(x))).toBe(true);
  for (const r of t.rows) expect(r.cells).toHaveLength(t.columns.length);
});

test.each(TEMPLATE_IDS)('blank template %s checks with no finding at all', (id) => {
  expect(checkAll(singleTableDocument(templateById(id)))).toEqual([]);
});

/** 赣州's T09 (the only 行式 3-column one we have) leaves 公务用车保有量 blank beside a 运行维护费: a real warning. */
const SOURCE_WARNINGS: Readonly<Record<string, readonly string[]>> = { 'T09.R3': ['S.sangong-consistency:sangong_count_missing'] };

test.each(SOURCES)('template %s filled with the real table of %s checks without errors or warnings', (id, file, kind) => {
  const source = fixtureTable(file, kind);
  const filled = fillTemplate(templateById(id), source);
  const findings = checkAll(singleTableDocument(filled));
  expect(loud(findings)).toEqual(SOURCE_WARNINGS[id] ?? []);
  // every finding (rounding residues) is one the real table itself carries
  const own = checkAll(singleTableDocument(source)).map((f) => f.ruleId);
  for (const f of findings) expect(own).toContain(f.ruleId);
  // the numbers really went in: the filled table prints every non-blank amount of the source
  const texts = amountTexts(filled);
  for (const x of amountTexts(source).filter((s) => /\d/.test(s))) expect(texts).toContain(x);
});

test.each(SOURCES.filter(([id]) => !id.startsWith('T08') && id !== 'P_PROJECT'))(
  'template %s filled and then given a misprint reports an error',
  (id, file, kind) => {
    const filled = fillTemplate(templateById(id), fixtureTable(file, kind));
    const doc = singleTableDocument(filled);
    const { doc: wrong, injected } = injectErrors(doc, { count: 1, seed: 7, kinds: ['transposed_digits', 'wrong_total'] });
    expect(injected).toHaveLength(1);
    expect(checkAll(wrong).some((f) => f.severity === 'error' || f.severity === 'warning')).toBe(true);
  },
);

test('a filled 绩效 template whose 总分 is misprinted reports total_score_mismatch', () => {
  const filled = fillTemplate(templateById('P_PROJECT'), fixtureTable(GANZHOU, 'P_PROJECT'));
  const total = filled.rows.findIndex((r) => r.label === '总分');
  const score = filled.columns.findIndex((c) => c.key === 'score');
  const rows = filled.rows.slice();
  rows[total] = { ...rows[total]!, cells: rows[total]!.cells.map((c, j) => (j === score ? makeCell('90') : c)) };
  expect(checkAll(singleTableDocument({ ...filled, rows })).map((f) => f.code)).toContain('total_score_mismatch');
});

describe('the printed forms', () => {
  test('T01.A numbers 行次 1–62: 本年收入合计 27, 总计 31, classes 32–57, 本年支出合计 58, 总计 62', () => {
    const t = blankTemplate('T01', 'T01.A');
    const at = (n: number) => t.rows.find((r) => r.lineNo === n)!.label;
    expect(t.rows).toHaveLength(62);
    expect([at(27), at(31), at(32), at(57), at(58), at(62)]).toEqual(
      ['本年收入合计', '总计', '一、一般公共服务支出', '二十六、抗疫特别国债安排的支出', '本年支出合计', '总计']);
  });

  test('T01.B ends at 行次 60 and T04.A/T04.B at 64', () => {
    expect(blankTemplate('T01', 'T01.B').rows.at(-1)!.lineNo).toBe(60);
    expect(blankTemplate('T04', 'T04.A').rows.at(-1)!.lineNo).toBe(64);
    expect(blankTemplate('T04', 'T04.B').rows.at(-1)!.lineNo).toBe(64);
  });

  test('T02, T03 and T05 print the 26 功能分类 classes with their codes under 合计', () => {
    for (const kind of ['T02', 'T03', 'T05'] as const) {
      const codes = blankTemplate(kind).rows.map((r) => r.code).filter((c) => c !== null);
      expect(codes).toHaveLength(26);
      expect([codes[0], codes[8], codes[25]]).toEqual(['201', '210', '234']);
    }
  });

  test('T06 three-pane form has 307/312/399 and the 2023 赠与 codes; the 上海 two-pane form does not', () => {
    const p3 = blankTemplate('T06', 'T06.P3').rows.map((r) => r.code);
    const p2 = blankTemplate('T06', 'T06.P2').rows.map((r) => r.code);
    expect(p3).toEqual(expect.arrayContaining(['307', '312', '399', '39909', '39910', '31005']));
    expect(p2).not.toEqual(expect.arrayContaining(['307']));
    expect(p2).not.toContain('31005');
    expect(new Set(blankTemplate('T06', 'T06.P3').rows.map((r) => r.pane))).toEqual(new Set([0, 1, 2]));
  });

  test('T09.W has 12 numbered 栏; T09.R3 marks budget columns of rows 7–20 not applicable', () => {
    expect(blankTemplate('T09', 'T09.W').columns.filter((c) => c.colNo !== null)).toHaveLength(12);
    const r3 = blankTemplate('T09', 'T09.R3');
    expect(r3.rows.find((r) => r.lineNo === 7)!.cells.map((c) => c.text)).toEqual(['（1）国内接待费', '7', '---', '---', '']);
    expect(r3.rows.find((r) => r.lineNo === 6)!.cells.map((c) => c.text)).toEqual(['3.公务接待费', '6', '', '', '']);
  });

  test('the 绩效 template prints 一级/二级 labels on a group’s first row only', () => {
    const t = blankTemplate('P_PROJECT');
    const l1 = t.columns.findIndex((c) => c.key === 'l1');
    expect(t.rows.map((r) => r.cells[l1]!.text).filter((x) => x !== '')).toEqual(['产出指标', '效益指标', '满意度指标']);
  });

  test.each([[1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [26, '二十六']])('chineseOrdinal(%i) is %s', (n, s) => {
    expect(chineseOrdinal(n)).toBe(s);
  });

  test('asking for a kind with several layouts without naming one is a programmer error', () => {
    expect(() => blankTemplate('T01')).toThrow();
  });
});

describe('templateRules', () => {
  test('T01.B shows the printed 行次 identities with their notes', () => {
    const rules = templateRules(templateById('T01.B'));
    expect(rules.map((r) => r.expr)).toContain('27行=（1+2+3+4+5+6+7+8）行');
    expect(rules.every((r) => r.note !== '' && r.pack !== '')).toBe(true);
  });

  test('the rules shown are exactly those the checker runs on the template', () => {
    for (const id of TEMPLATE_IDS.filter((x) => x !== 'P_PROJECT')) {
      const t = templateById(id);
      const run = selectRules(singleTableDocument(t)).rules.map((b) => b.def.id);
      expect(templateRules(t).map((r) => r.id)).toEqual(run);
    }
  });

  test('T01.C expands {类} into the 26 class rows the template prints', () => {
    const rule = templateRules(templateById('T01.C')).find((r) => r.expr.startsWith('[本年支出合计]2栏='))!;
    expect(rule.expr).toContain('[一般公共服务支出]2栏');
    expect(rule.expr).toContain('[抗疫特别国债安排的支出]2栏');
  });

  test('each coded 部门预算 template shows its own pack: 层级 for the 科目 tables, the three identities of B09.W9', () => {
    for (const id of ['B05.1', 'B06.1', 'B07.1', 'B08.1', 'B12.1']) {
      expect(templateRules(templateById(id)).map((r) => r.id)).toContain(`${id}.hier`);
    }
    const b09 = templateRules(templateById('B09.W9')).map((r) => r.expr);
    expect(b09).toEqual(expect.arrayContaining(['1栏=2+8+9', '2栏=3+4+7', '4栏=5+6']));
  });

  test('the 绩效 template lists the performance checks', () => {
    const exprs = templateRules(templateById('P_PROJECT')).map((r) => r.expr);
    expect(exprs).toEqual(expect.arrayContaining(['总分=Σ得分', 'Σ分值=100', '0≤得分≤分值']));
  });
});
