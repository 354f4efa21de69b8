import { describe, expect, it, test } from 'vitest';
import { recogniseKind, titleOfLine } from '../../../../src/paste/report/recognise.ts';

describe('recogniseKind by printed name and aliases', () => {
  it.each([
    ['收入支出决算总表', 'T01'],
    ['收支决算总表', 'T01'],
    ['2020年度收入支出决算总表（表1）', 'T01'],
    ['二、收入决算表', 'T02'],
    ['收入决算表（表2）', 'T02'],
    ['支出决算表', 'T03'],
    ['财政拨款收入支出决算总表', 'T04'],
    ['财政拨款收支决算总表', 'T04'],
    ['一般公共预算财政拨款支出决算表', 'T05'],
    ['一般公共预算财政拨款基本支出决算表', 'T06'],
    ['基本支出决算表', 'T06'],
    ['政府性基金预算财政拨款收入支出决算表', 'T07'],
    ['国有资本经营预算财政拨款支出决算表', 'T08'],
    ['国有资本经营预算财政拨款收入支出决算表', 'T08'],
    ['财政拨款“三公”经费支出决算表', 'T09'],
    ['一般公共预算财政拨款“三公”经费支出决算表', 'T09'],
    ['三公经费支出决算表', 'T09'],
    ['国有资产占用情况表', 'T10'],
    ['- 十、国有资产占用情况表', 'T10'],
    ['项目支出绩效自评表', 'P_PROJECT'],
    ['2020 年度项目绩效自评表', 'P_PROJECT'],
    ['部门整体绩效自评表', 'P_DEPT'],
    ['《部门（单位）整体支出绩效评价表》', 'P_DEPT'],
    ['2021 年度县级部门预算项目绩效 自评情况汇总表', 'P_SUMMARY'],
    ['2023年深化医疗服务价格国家试点项目部门评价表', 'P_EVAL'],
    ['项目支出绩效评价表', 'P_EVAL'],
  ])('%s → %s', (title, kind) => {
    expect(recogniseKind(title).kind).toBe(kind);
  });
});

describe('table numbers alone are low-confidence aliases', () => {
  it.each([
    ['公开02表', 'T02'],
    ['公开 02 表', 'T02'],
    ['表2', 'T02'],
    ['（表7）', 'T09'],
  ])('%s → %s with confidence 0.3', (title, kind) => {
    const r = recogniseKind(title);
    expect(r.kind).toBe(kind);
    expect(r.confidence).toBe(0.3);
  });
});

test('T08 layout follows the title: 支出表 vs 收入支出表', () => {
  expect(recogniseKind('国有资本经营预算财政拨款支出决算表').layout).toBe('T08.EXP');
  expect(recogniseKind('国有资本经营预算财政拨款收入支出决算表').layout).toBe('T08.INOUT');
});

test('header keywords and economic codes recognise a table without a title', () => {
  expect(recogniseKind('', { headerText: '人员经费\t\t\t公用经费' }).kind).toBe('T06');
  expect(recogniseKind('', { headerText: '序号\t预算项目名称\t执行率得分\t成本指标得分\t绩效自评得分' }).kind).toBe('P_SUMMARY');
  expect(recogniseKind('', { codes: ['301', '30101', '302'] }).kind).toBe('T06');
});

test('an unknown title stays unknown with confidence 0', () => {
  expect(recogniseKind('部门人员信息明细表')).toEqual({ kind: 'unknown', layout: null, confidence: 0 });
});

describe('titleOfLine accepts title lines only', () => {
  it.each([
    ['收入支出决算总表', true],
    ['                   收入支出决算总表', true],
    ['2020年度一般公共预算财政拨款“三公”经费支出决算表（表7）', true],
    ['公开01表', false],
    ['开 10 表《国有资产占用情况表》。', false],
    ['项目部门评价报告见第五部分附件。', false],
    ['浮梁县医疗保障局部门整体支出绩效评价 报告', false],
    ['               财政拨款支出预算表（功能科目）', true],
    ['一般公共预算基本支出预算表（经济科目）', true],
    ['收入支出决算总表（续）', false],
  ])('%s → %s', (line, ok) => {
    expect(titleOfLine(line) !== null).toBe(ok);
  });
});
