// Cross-year checks on a real report (上海市普陀区财政局 2024) and its "next year" built from it: the heading's year
// moved on by one and T01's 年初结转和结余 set to this year's 年末 (55.34). Consistent → no cross-year finding;
// one changed 年初 figure → exactly one error on that cell; a 比上年 statement that does not meet last year's
// narrative → a warning that names both documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCrossYear, extractYearFacts, linkYears, matchDepartments } from '../../../src/checks/cross-year/index.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const REAL = readFileSync(join(ROOT, 'test/fixtures/corpus/putuo_caizhengju_2024.txt'), 'utf8');

function facts(file: string, text: string) {
  const parsed = parseReportText(text);
  if (!parsed.ok) throw new Error(parsed.reason.code);
  return extractYearFacts(file, parsed.value);
}

function nextYear(opening: string, statement = '机关运行经费支出190.00万元，比2024年度增加5.35万元，增长2.90%'): string {
  const moved = REAL.replace(/2024年/g, '2025年').replace(/2023年/g, '2024年');
  const withOpening = moved.replace(/(年初结转和结余\s+)49\.14/, `$1${opening}`);
  return withOpening.replace(/机关运行经费支出184\.65万元，比2024年度增加2\.55万元，增长1\.40%/, statement);
}

describe('cross-year', () => {
  const prev = facts('财政局2024.txt', REAL);

  test('the mutated text is what the test thinks it is', () => {
    const cur = facts('财政局2025.txt', nextYear('55.34'));
    expect(cur.year).toBe(2025);
    expect(cur.opening.find((f) => f.key === 'T01')?.value).toBe('55.34');
    expect(cur.yoy.map((y) => `${y.subject} ${y.value} ${y.direction} ${y.delta}`)).toContain('机关运行经费支出 190 up 5.35');
  });

  test('a consistent next year gives no cross-year finding', () => {
    const cur = facts('财政局2025.txt', nextYear('55.34'));
    expect(checkCrossYear(prev, cur)).toEqual([]);
  });

  test('one changed 年初 figure gives exactly one error, on that cell, naming last year\'s', () => {
    const cur = facts('财政局2025.txt', nextYear('53.34'));
    const found = checkCrossYear(prev, cur);
    expect(found.map((f) => [f.code, f.severity, f.location?.label, f.expected, f.actual])).toEqual([
      ['cross_year_carryover_mismatch', 'error', '年初结转和结余', '55.34', '53.34'],
    ]);
    expect(found[0]!.params).toMatchObject({ prevFile: '财政局2024.txt', curFile: '财政局2025.txt', prevYear: 2024, curYear: 2025 });
    expect(String(found[0]!.params!.prevCell)).toMatch(/^T01 年末结转和结余/);
  });

  test('0.01 apart is rounding residue, not an error', () => {
    const cur = facts('财政局2025.txt', nextYear('55.35'));
    expect(checkCrossYear(prev, cur).map((f) => [f.code, f.severity])).toEqual([['rounding_residue', 'info']]);
  });

  test('a 比上年 change that does not meet last year\'s stated figure is a warning (bound by its words)', () => {
    const cur = facts('财政局2025.txt', nextYear('55.34', '机关运行经费支出190.00万元，比2024年度增加6.35万元，增长3.46%'));
    const found = checkCrossYear(prev, cur);
    expect(found.map((f) => [f.code, f.severity, f.expected, f.actual, f.params?.bound])).toEqual([
      ['cross_year_change_mismatch', 'warning', '184.65', '183.65', 'label'],
    ]);
  });
});

describe('linking', () => {
  test('full and short party names, with and without the place', () => {
    expect(matchDepartments('中国共产党上海市普陀区委员会社会工作部', '中共上海市普陀区委社会工作部')).toBe('normalised');
    expect(matchDepartments('中共上海市普陀区委社会工作部', '中共普陀区委社会工作部')).toBe('place_prefix');
    expect(matchDepartments('上海市普陀区规划和自然资源局', '普陀区规划和自然资源局')).toBe('place_prefix');
  });

  test('two districts\' 财政局 are different departments', () => {
    expect(matchDepartments('上海市普陀区财政局', '上海市静安区财政局')).toBeNull();
    expect(matchDepartments('财政局', '上海市普陀区财政局')).toBeNull();
  });

  test('consecutive years link; a duplicate year links neither; an unknown year is listed; kinds never mix', () => {
    const s = (file: string, department: string | null, year: number | null, kind: 'final' | 'budget' = 'final') => ({ file, department, year, kind });
    const res = linkYears([
      s('a23', '普陀区财政局', 2023), s('a24', '上海市普陀区财政局', 2024),
      s('b23', '社会工作部', 2023), s('b24', '社会工作部', 2024), s('b24bis', '社会工作部', 2024),
      s('c', '规划局', null), s('a24budget', '上海市普陀区财政局', 2025, 'budget'),
    ]);
    expect(res.links).toEqual([{ prev: 'a23', cur: 'a24', match: 'place_prefix' }]);
    expect(res.duplicates).toEqual([['b24', 'b24bis']]);
    expect(res.unknown).toEqual(['c']);
  });
});
