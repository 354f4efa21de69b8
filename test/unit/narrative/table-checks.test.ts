// Narrative amounts against the tables: small tables typed from the documents, then whole reports.
import { describe, expect, test } from 'vitest';
import { checkNarrative } from '../../../src/checks/narrative/index.ts';
import { colNo, makeCell, type Column, type Row, type Table, type TableKind } from '../../../src/engine/table.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { about, docOf, fixture, narrativeOf } from './helpers.ts';

const amount = (n: number, header: string, pane?: number): Column =>
  ({ key: `c${n}`, colNo: colNo(n), header, role: 'amount', ...(pane === undefined ? {} : { pane }) });
const LABEL: Column = { key: 'label', colNo: null, header: '项目', role: 'label' };
const CODE: Column = { key: 'code', colNo: null, header: '科目编码', role: 'code' };

function table(kind: TableKind, columns: Column[], rows: [string | null, string, ...string[]][], extra: Partial<Table> = {}): Table {
  const out: Row[] = rows.map(([code, label, ...values]) => ({
    code, label, lineNo: null,
    cells: columns.map((c) => makeCell(c.role === 'code' ? code ?? '' : c.role === 'label' ? label : values.shift() ?? '')),
  }));
  return { id: kind, kind, layout: null, title: kind, unit: '万元', year: 2024, department: null, columns, rows: out, notes: [], ...extra };
}

// 上海市普陀区财政局 2024, typed from corpus/putuo_caizhengju_2024.txt
const T01 = table('T01', [LABEL, amount(1, '决算数')], [
  [null, '本年收入合计', '2,946.25'], [null, '年初结转和结余', '49.14'], [null, '总计', '2,995.39'],
  [null, '本年支出合计', '2,940.05'], [null, '年末结转和结余', '55.34'], [null, '总计', '2,995.39'],
]);
const T04 = table('T04', [LABEL, amount(1, '决算数')], [[null, '本年收入合计', '2,940.05'], [null, '总计', '2,961.68']]);
const T05 = table('T05', [CODE, LABEL, amount(1, '合计'), amount(2, '基本支出'), amount(3, '项目支出')], [
  ['201', '一般公共服务支出', '2,106.66', '1,503.52', '603.14'],
  ['20106', '财政事务', '2,106.66', '1,503.52', '603.14'],
  ['2010601', '行政运行', '1,511.89', '1,503.52', '8.37'],
  ['2010608', '财政委托业务支出', '449.52', '', '449.52'],
  ['208', '社会保障和就业支出', '326.72', '326.72', ''],
  ['20805', '行政事业单位养老支出', '326.72', '326.72', ''],
  ['2080501', '行政单位离退休', '84.65', '84.65', ''],
  [null, '合计', '2,940.05', '2,336.91', '603.14'],
]);
const T06 = table('T06', [LABEL, amount(1, '决算数')], [[null, '人员经费合计', '2,152.26'], [null, '公用经费合计', '184.65']]);

const CAIZHENG = narrativeOf('corpus/putuo_caizhengju_2024.txt');
const SYNTHETIC = narrativeOf('corpus/SYNTHETIC_putuo_caizhengju_2024_injected_errors.txt');

describe('with small tables typed from the 财政局 report', () => {
  const findings = checkNarrative(docOf(CAIZHENG, [T01, T04, T05, T06], 2024));

  test('收入支出总计 2995.39 = T01 总计 holds', () => {
    expect(about(findings, '收入支出总计2995.39万元')).toEqual([]);
  });

  test('财政拨款收入支出总计 0.3 万元 ≠ T04 总计 2,961.68 is an error naming the cell', () => {
    const [f] = about(findings, '财政拨款收入支出总计0.3万元');
    expect(f?.code).toBe('narrative_amount_mismatch');
    expect(f?.severity).toBe('error');
    expect(f?.expected).toBe('2961.68');
    expect(f?.cells[0]).toMatchObject({ table: 'T04', label: '总计' });
  });

  test('项 amounts are found through 类/款/项 names and equal T05 (行政运行 1511.89)', () => {
    expect(about(findings, '年初预算为1560.05万元，支出决算为1511.89万元')).toEqual([]);
  });

  test('基本支出, 人员经费 and 公用经费 equal T05/T06; 机关运行经费 = 公用经费合计', () => {
    expect(about(findings, '人员经费2152.26万元')).toEqual([]);
    expect(about(findings, '机关运行经费支出184.65万元')).toEqual([]);
  });

  test('the SYNTHETIC 收入支出总计 0 万元 contradicts T01 总计', () => {
    const f = checkNarrative(docOf(SYNTHETIC, [T01, T04, T05, T06], 2024));
    const hit = about(f, '收入支出总计0万元').find((x) => x.code === 'narrative_amount_mismatch');
    expect(hit?.expected).toBe('2995.39');
    expect(hit?.cells[0]).toMatchObject({ table: 'T01', label: '总计' });
  });

  test('a 0.01 difference is a rounding residue (info), never an error', () => {
    const t05 = table('T05', T05.columns as Column[], [['208', '社会保障和就业支出', '326.71', '326.71', ''], [null, '合计', '2,940.05', '2,336.91', '603.14']]);
    const f = checkNarrative(docOf(CAIZHENG, [t05], 2024));
    const hit = about(f, '社会保障和就业支出（类）326.72万元').find((x) => x.ruleId === 'N-TOT');
    expect(hit?.code).toBe('rounding_residue');
    expect(hit?.severity).toBe('info');
  });

  test('a label matching two table figures is left to the reviewer (binding_ambiguous)', () => {
    const twice = table('T01', [LABEL, amount(1, '决算数')], [[null, '本年收入合计', '2,946.25'], [null, '本年收入合计', '2,000.00']]);
    const f = checkNarrative(docOf(CAIZHENG, [twice], 2024));
    expect(about(f, '本年收入合计2946.25万元').map((x) => x.code)).toContain('binding_ambiguous');
  });
});

describe('三公 counts against the row-form table (赣州 2023)', () => {
  const T09 = table('T09', [LABEL, amount(1, '年初预算数'), amount(2, '全年预算数'), amount(3, '决算数')], [
    [null, '“三公”经费支出', '134.22', '134.22', '77.71'],
    [null, '公务接待费', '133.32', '133.32', '76.81'],
    [null, '国内公务接待批次（个）', '---', '---', '777'],
    [null, '国内公务接待人次（人）', '---', '---', '6,589'],
  ]);
  const narrative = narrativeOf('seeds/001_c1aab3eb9d979e5d.txt');

  test('777 批 and 6589 人次 equal T09; totals equal the 决算 column', () => {
    const f = checkNarrative(docOf(narrative, [T09], 2023));
    expect(about(f, '全年国内公务接待777批').filter((x) => x.severity !== 'info')).toEqual([]);
    expect(about(f, '决算数77.71万元').filter((x) => x.ruleId === 'N-TOT')).toEqual([]);
  });

  test('a count that differs from T09 is an error', () => {
    const wrong = table('T09', T09.columns as Column[], [[null, '国内公务接待批次（个）', '---', '---', '770']]);
    const f = checkNarrative(docOf(narrative, [wrong], 2023));
    const hit = about(f, '全年国内公务接待777批').find((x) => x.code === 'narrative_count_mismatch');
    expect(hit).toMatchObject({ expected: '770', actual: '777', severity: 'error' });
  });
});

describe('whole reports through parseReportText', () => {
  const check = (file: string) => {
    const r = parseReportText(fixture(file));
    if (!r.ok) throw new Error(`parse failed: ${r.reason.code}`);
    return checkNarrative(r.value);
  };

  test('seed 001: only the listed-project count and a trivial 0/0 are reported', () => {
    const f = check('seeds/001_c1aab3eb9d979e5d.txt');
    expect(f.filter((x) => x.severity !== 'info').map((x) => x.code)).toEqual(['project_count_mismatch']);
  });

  test('putuo 财政局: the 0.3 万元 财政拨款收入支出总计 is caught against T04', () => {
    const f = check('corpus/putuo_caizhengju_2024.txt');
    const hit = about(f, '财政拨款收入支出总计0.3万元').find((x) => x.code === 'narrative_amount_mismatch');
    expect(hit?.cells[0]?.table.startsWith('T04')).toBe(true);
  });

  test('every narrative finding of a whole report carries a span inside the narrative text', () => {
    const r = parseReportText(fixture('seeds/000_6e1f5d09d8ef42dd.txt'));
    if (!r.ok) throw new Error('parse failed');
    const n = r.value.narrative.text.length;
    const f = checkNarrative(r.value);
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) {
      expect(x.span![0]).toBeGreaterThanOrEqual(0);
      expect(x.span![1]).toBeLessThanOrEqual(n);
      expect(x.span![1]).toBeGreaterThan(x.span![0]);
    }
  });
});
