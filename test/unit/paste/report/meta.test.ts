// Document title, department and year: from the report's own heading (wrapped over several lines in the
// 上海 PDFs), else from the part headings; every seed and corpus document read whole.
import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { departmentOfPartOne, findDocumentHeading, readDocumentHeading, yearOfPartHeadings } from '../../../../src/paste/report/meta.ts';
import { parseReportText } from '../../../../src/paste/report/index.ts';

const FIXTURES = new URL('../../../fixtures/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

describe('every fixture gets its real title, department and year', () => {
  it.each([
    ['seeds/000_6e1f5d09d8ef42dd.txt', null, '江西省医疗保障局', 2020],
    ['seeds/001_c1aab3eb9d979e5d.txt', '赣州市医疗保障局2023年度部门决算', '赣州市医疗保障局', 2023],
    ['seeds/002_46e3d4cd55e5664f.txt', '2020年度江岸区医保局部门决算', '江岸区医保局', 2020],
    ['seeds/003_151e3cc1a638edf9.txt', null, '景德镇市医疗保障局市本级', 2021],
    ['seeds/004_1f8c90973b37444e.txt', '2021年度绩效自评报告', '浮梁县医疗保险事业服务中心', 2021],
    ['corpus/putuo_caizhengju_2024.txt', '上海市普陀区财政局2024年度部门决算', '上海市普陀区财政局', 2024],
    ['corpus/SYNTHETIC_putuo_caizhengju_2024_injected_errors.txt', '上海市普陀区财政局2024年度部门决算', '上海市普陀区财政局', 2024],
    ['corpus/putuo_guihuaziyuan_2024.txt', '上海市普陀区规划和自然资源局2024年度部门决算', '上海市普陀区规划和自然资源局', 2024],
    ['corpus/putuo_shehuigongzuobu_2024.txt', '中共上海市普陀区委社会工作部2024年度部门决算', '中共上海市普陀区委社会工作部', 2024],
    ['corpus/template_shanghai_2024_bumen_juesuan_muban.txt', '上海市XX局2024年度部门决算', '上海市XX局', 2024],
  ])('%s → %s', (file, title, department, year) => {
    const r = parseReportText(read(file));
    expect(r.ok && [r.value.title, r.value.department, r.value.year]).toEqual([title, department, year]);
  });
});

test('a heading wrapped over three lines is joined; the SOURCE/NOTE provenance lines are not a title', () => {
  const lines = ['SOURCE: https://example.org/x.pdf', 'NOTE: 真实公开文档', '', '中共上海市普陀区委', '社会工作部 2024 年度', '   部门决算', '目   录'];
  expect(findDocumentHeading(lines)).toEqual({ unit: null, year: 2024, department: '中共上海市普陀区委社会工作部', title: '中共上海市普陀区委社会工作部2024年度部门决算' });
});

test('vertical cover text (one character a line) is joined into the 绩效 report title', () => {
  expect(findDocumentHeading(['', '2021 年度绩效', '', '自', '评', '报', '告', '', '浮梁县医疗保障局'])?.title).toBe('2021年度绩效自评报告');
});

test('a table title or the 目录 is never taken for the report heading', () => {
  expect(findDocumentHeading(['第一部分 部门概况', '一、 部门主要职能', '江西省医疗保障局主要职责是：'])).toBeNull();
  expect(findDocumentHeading(['目 录', '第二部分 2023 年度部门决算表'])).toBeNull();
  expect(readDocumentHeading('2023 年度部门决算表')).toBeNull();
});

test('part headings name the department (wrapped “第一部分 … 部门概况”) and the year', () => {
  expect(departmentOfPartOne([' 第一部分  景德镇市医疗保障局市本级  ', '', '部门概况 '])).toBe('景德镇市医疗保障局市本级');
  expect(departmentOfPartOne([' 第一部分 部门概况'])).toBeNull();
  expect(yearOfPartHeadings(['第一部分 部门概况', '第二部分 2021 年度市本级部门决算表 '])).toBe(2021);
});
