// Parsing the real 绩效 tables of seeds 000, 001, 002 and 004 into rows that keep their blocks and groups.
import { parseInput } from '../../../src/paste/index.ts';
import { checkDocument } from '../../../src/checks/check-document.ts';
import { describe, expect, it, test } from 'vitest';
import { cleanCell } from '../../../src/paste/perf/clean.ts';
import { parseGroupLabel, parsePerfBlock, projectNameOf, recognisePerfTitle } from '../../../src/paste/perf/index.ts';
import { toSourceLines } from '../../../src/paste/source-line.ts';
import { cellText, perfDocument, readSeed, SEED_000, SEED_001, SEED_002, SEED_004, tablesOf } from './helpers.ts';

describe('recognisePerfTitle', () => {
  it.each([
    ['项目支出绩效自评表', 'P_PROJECT'],
    ['2020 年度项目绩效自评表', 'P_PROJECT'],
    ['《部门（单位）整体支出绩效评价表》', 'P_DEPT'],
    ['部门整体绩效自评表', 'P_DEPT'],
    ['2023年深化医疗服务价格国家试点项目部门评价表', 'P_EVAL'],
    ['项目支出绩效评价表', 'P_EVAL'],
    ['2021 年度县级部门预算项目绩效 自评情况汇总表', 'P_SUMMARY'],
    ['绩效评价表附后。', null],
    ['浮梁县医疗保障局部门整体支出绩效评价 报告', null],
    ['收入支出决算总表', null],
  ])('%s → %s', (title, kind) => {
    expect(recognisePerfTitle(title)).toBe(kind);
  });
});

describe('markup and group labels', () => {
  it.each([
    ['优 <input checked="" type="checkbox"/> 良 <input type="checkbox"/>', '优 ☑ 良 ☐'],
    ['$\\text{固定资产利用率} = (\\text{实际在用} / \\text{所有}) \\times 100\\%。$', '固定资产利用率 = (实际在用 / 所有) × 100%。'],
    ['<p style="text-align: center;">主要用于贫困人员</p>', '主要用于贫困人员'],
    ['\\leq 193.8 万元', '≤ 193.8 万元'],
  ])('cleanCell(%s)', (raw, clean) => {
    expect(cleanCell(raw)).toBe(clean);
  });

  it.each([
    ['产出指标 (50分)', '产出指标', '50', null],
    ['满意度 指标 (10 分)', '满意度指标', '10', null],
    ['决策（20分）', '决策', '20', null],
    ['1. 数量指标（指标分数 16 分，实际得分 14 分）', '数量指标', '16', '14'],
    ['数量指标', null, null, null],
  ])('parseGroupLabel(%s)', (text, name, weight, score) => {
    const g = parseGroupLabel(text);
    expect(g?.name ?? null).toBe(name);
    expect(g?.weight?.toFixed() ?? null).toBe(weight);
    expect(g?.score?.toFixed() ?? null).toBe(score);
  });
});

test('seed 001 项目自评表: funds, goals, indicators with carried-down groups and 总分', () => {
  const [t] = tablesOf(perfDocument(readSeed(SEED_001)), 'P_PROJECT');
  expect(projectNameOf(t!)).toBe('深化医疗服务价格国家试点项目');
  const funds = t!.rows.find((r) => r.block === 'funds' && r.label === '年度资金总额')!;
  expect(['budget', 'executed', 'weight', 'rate', 'score'].map((k) => cellText(t!, funds, k))).toEqual(['193.43', '193.43', '10', '100', '10']);
  // “⇥⇥⇥开展业务培训次数⇥≥1 次⇥1⇥10⇥10⇥”: 一级/二级 printed only on the group's first row
  const row = t!.rows.find((r) => r.label === '开展业务培训次数')!;
  expect(row.block).toBe('indicator');
  expect(row.group).toEqual(['产出指标', '数量指标']);
  expect(cellText(t!, row, 'l1')).toBe('');
  expect(['target', 'actual', 'weight', 'score'].map((k) => cellText(t!, row, k))).toEqual(['≥1 次', '1', '10', '10']);
  // a 二级 name in the 一级 column implies its 一级
  expect(t!.rows.find((r) => r.label === '系统正常使用年限')!.group).toEqual(['效益指标', '社会效益指标']);
  const total = t!.rows.find((r) => r.block === 'total')!;
  expect([cellText(t!, total, 'weight'), cellText(t!, total, 'score')]).toEqual(['100', '100']);
  expect(t!.rows.filter((r) => r.block === 'indicator')).toHaveLength(9);
});

test('seed 001 second 自评表: a row shifted one cell right still reads its values next to 得分', () => {
  const t = tablesOf(perfDocument(readSeed(SEED_001)), 'P_PROJECT')[1]!;
  const row = t.rows.find((r) => r.sourceLine === 694)!; // ⇥产出指标⇥数量指标⇥⇥全年开展…⇥≥2 次⇥2⇥10⇥10⇥
  expect(row.label).toBe('全年开展医保政策业务培训次数');
  expect(['actual', 'weight', 'score'].map((k) => cellText(t, row, k))).toEqual(['2', '10', '10']);
});

test('seed 001 部门评价表: a row missing one of 分值/得分 is flagged, not guessed', () => {
  const t = tablesOf(perfDocument(readSeed(SEED_001)), 'P_EVAL')[0]!;
  const row = t.rows.find((r) => r.sourceLine === 821)!;
  expect(row.flags).toContain('column_ambiguous');
  const res = parsePerfBlock(toSourceLines(readSeed(SEED_001)).slice(806, 826), 'P_EVAL', t.title);
  expect(res.problems.map((p) => [p.code, p.line])).toContainEqual(['column_ambiguous', 821]);
});

test('seed 001 untitled 汇总表 is read by its header', () => {
  const [s] = tablesOf(perfDocument(readSeed(SEED_001)), 'P_SUMMARY');
  const items = s!.rows.filter((r) => r.block === 'item');
  expect(items.map((r) => r.label)).toHaveLength(7);
  expect(['execScore', 'costScore', 'outputScore', 'benefitScore', 'satisfactionScore', 'score'].map((k) => cellText(s!, items[0]!, k)))
    .toEqual(['0', '20', '40', '15', '15', '100']);
});

test('seed 004 汇总表: two-line header splits 全年预算数 into 年初 | 追加 | 小计', () => {
  const [s] = tablesOf(perfDocument(readSeed(SEED_004)), 'P_SUMMARY');
  const row = s!.rows.find((r) => r.label === '城乡医疗救助')!;
  expect(['initial', 'adjust', 'budget', 'executed', 'score'].map((k) => cellText(s!, row, k)))
    .toEqual(['466', '453.085', '919.085', '919.085', '98']);
  expect(s!.year).toBe(2021);
});

test('seed 004 评价表: checkbox grade kept readable, points beside 一级/二级 labels', () => {
  const [t] = tablesOf(perfDocument(readSeed(SEED_004)), 'P_EVAL');
  const grade = t!.rows.find((r) => r.block === 'grade')!;
  expect(cellText(t!, grade, 'info')).toBe('优 ☑ 良 ☐ 中 ☐ 差 ☐');
  const first = t!.rows.find((r) => r.sourceLine === 460)!; // 决策⇥40⇥项目立项⇥5⇥立项依据充分⇥2⇥2
  expect(['l1', 'l1w', 'l2', 'l2w', 'weight', 'score'].map((k) => cellText(t!, first, k))).toEqual(['决策', '40', '项目立项', '5', '2', '2']);
});

test('seed 004 部门整体表: criteria and definition lines continue their indicator', () => {
  const [t] = tablesOf(perfDocument(readSeed(SEED_004)), 'P_DEPT');
  const blocks = (from: number, to: number) => t!.rows.filter((r) => r.sourceLine! >= from && r.sourceLine! <= to).map((r) => r.block);
  expect(blocks(165, 166)).toEqual(['indicator', 'criteria']); // ① then ②
  expect(blocks(175, 179)).toEqual(['indicator', 'criteria', 'criteria', 'criteria', 'criteria']); // 预算完成率 = … then definitions
  const fixed = t!.rows.find((r) => r.sourceLine === 193)!;
  expect(cellText(t!, fixed, 'target')).toMatch(/^固定资产利用率 = \(实际在用固定资产总额/);
  const main = t!.rows.find((r) => r.block === 'funds' && r.label === '全年预算数')!;
  expect(['budget', 'executed', 'rate'].map((k) => cellText(t!, main, k))).toEqual(['3122.18万元', '3122.18万元', '100%']);
});

test('seed 000 space text: wrapped names are joined and a wrapped 说明 goes to the row above', () => {
  const doc = perfDocument(readSeed(SEED_000));
  const [e] = tablesOf(doc, 'P_EVAL');
  const names = e!.rows.filter((r) => r.block === 'indicator').map((r) => r.label);
  expect(names).toContain('窗口经办人员业务能力水平');
  expect(names).toContain('参保人员或服务对象满意度');
  const row = e!.rows.find((r) => r.label === '基金征缴预算任务完成率')!;
  expect(['target', 'weight', 'actual', 'score', 'reason'].map((k) => cellText(e!, row, k)))
    .toEqual(['100%', '3', '98%', '3', '受疫情期间医保费减征缓缴政策影响']);
  const [p] = tablesOf(doc, 'P_PROJECT');
  const funds = p!.rows.find((r) => r.label === '其中：当年财政拨款')!;
  expect(['budget', 'executed', 'weight', 'score'].map((k) => cellText(p!, funds, k))).toEqual(['80', '80', '—', '—']);
});

test('seed 002 武汉 form: 预算数 | 执行数 | 执行率 | 得分 after wrapped one-word headers', () => {
  const [p] = tablesOf(perfDocument(readSeed(SEED_002)), 'P_PROJECT');
  const funds = p!.rows.find((r) => r.block === 'funds')!;
  expect(['budget', 'executed', 'rate', 'score'].map((k) => cellText(p!, funds, k))).toEqual(['80', '56.95', '71.2%', '14.24']);
  expect(p!.columns.find((c) => c.key === 'score')!.header).toMatch(/（20 分\*执行率）$/);
});

describe('space-separated 项目支出绩效自评表 (a tab table copied as text with spaces)', () => {
  // seed 004 lines 305–335 (浮梁县 城乡医疗救助) with every tab turned into four spaces: the first indicator line
  // starts with its 一级 label and points, “产出指标 (50分)    数量指标    医疗救助对象人数 … 20    20”
  test('a line with a group label and a whole indicator is an indicator row: its points are read, the totals hold', async () => {
    const text = readSeed(SEED_004).split('\n').slice(304, 335).join('\n').replace(/\t/g, '    ');
    const r = await parseInput({ text });
    if (!r.ok) throw new Error(r.reason.code);
    const t = r.value.tables.find((x) => x.kind === 'P_PROJECT')!;
    const weight = t.columns.findIndex((c) => c.key === 'weight');
    const first = t.rows.find((row) => row.label.startsWith('医疗救助对象人数'))!;
    expect(first.cells[weight]!.text).toBe('20');
    const errors = checkDocument(r.value).findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });
});
