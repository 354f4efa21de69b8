// Narrative checks added after the first version: 国资 (T08) amounts, N-EMPTY statements, N-CAR against T10,
// 科目 names of “XX（类）XX（款）XX（项）” items, 三公 item rates on T09's budget, 政府采购 awards ≤ total.
// Sentences are the documents' own (test/fixtures); a failing case changes one number, as the SYNTHETIC file does.
import { describe, expect, test } from 'vitest';
import { checkNarrative } from '../../../src/checks/narrative/index.ts';
import { colNo, makeCell, type Column, type Table, type TableKind } from '../../../src/engine/table.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { about, docOf, fixture } from './helpers.ts';

const LABEL: Column = { key: 'label', colNo: null, header: '项目', role: 'label' };
const CODE: Column = { key: 'code', colNo: null, header: '科目编码', role: 'code' };
const amount = (n: number, header = `${n}`): Column => ({ key: `c${n}`, colNo: colNo(n), header, role: 'amount' });

function table(kind: TableKind, columns: Column[], rows: (string | null)[][]): Table {
  return {
    id: kind, kind, layout: null, title: kind, unit: '万元', year: 2024, department: null, columns, notes: [],
    rows: rows.map(([code, label, ...values]) => ({
      code: code ?? null, label: label!, lineNo: null,
      cells: columns.map((c) => makeCell(c.role === 'code' ? code ?? '' : c.role === 'label' ? label! : values.shift() ?? '')),
    })),
  };
}

const whole = (file: string) => {
  const r = parseReportText(fixture(file));
  if (!r.ok) throw new Error(`parse failed: ${r.reason.code}`);
  return r.value;
};
const FUND_COLS = [CODE, LABEL, amount(1, '年初结转和结余'), amount(2, '本年收入'), amount(3, '本年支出合计'), amount(4, '基本支出'), amount(5, '项目支出'), amount(6, '年末结转和结余')];

describe('国资 (T08) amounts in section 九', () => {
  // the 上海 template's sentence (corpus/template_shanghai_2024_bumen_juesuan_muban.txt) with its XXX filled in
  const text = '九、国有资本经营预算财政拨款收入支出决算情况说明\n国有资本经营预算财政拨款收入 12.00 万元，支出 10.20 万元，支出具体情况如下：\n'
    + '1、其他支出（类）其他政府性基金及对应专项债务收入安排的支出（款）其他政府性基金安排的支出（项）。主要用于：防疫。年初预算为 10.00 万元，支出决算为 10.20 万元。';
  const t08 = (income: string, spent: string, item: string) => table('T08', FUND_COLS, [
    ['229', '其他支出', '', income, spent, '', spent, ''], ['22960', '其他政府性基金及对应专项债务收入安排的支出', '', income, spent, '', spent, ''],
    ['2296002', '其他政府性基金安排的支出', '', income, item, '', item, ''], [null, '合计', '', income, spent, '', spent, '1.80'],
  ]);

  test('收入, 支出 and the 项 决算 equal T08 合计 栏2/栏3 and the 项 row', () => {
    const f = checkNarrative(docOf(text, [t08('12.00', '10.20', '10.20')], 2024)).filter((x) => x.severity !== 'info');
    expect(f).toEqual([]);
  });

  test('a 支出 that differs from T08 is an error naming the 合计 cell', () => {
    const f = checkNarrative(docOf(text, [t08('12.00', '9.20', '10.20')], 2024));
    const hit = f.find((x) => x.code === 'narrative_amount_mismatch' && x.params?.indicator === 'T08.支出');
    expect(hit).toMatchObject({ expected: '9.20', actual: '10.2', severity: 'error' });
    expect(hit?.cells[0]).toMatchObject({ table: 'T08', label: '合计', colNo: 3 });
  });

  test('the 项 决算 is read from the 项 row of T08 (支出 栏)', () => {
    const f = checkNarrative(docOf(text, [t08('12.00', '10.20', '8.20')], 2024));
    expect(f.find((x) => x.code === 'narrative_amount_mismatch')).toMatchObject({ expected: '8.20', actual: '10.2' });
  });

  test('the 支出表 form (江西/武汉: 1栏 合计) gives the 支出 from 栏1', () => {
    const exp = table('T08', [CODE, LABEL, amount(1, '合计'), amount(2, '基本支出'), amount(3, '项目支出')], [[null, '合计', '10.20', '', '10.20']]);
    const f = checkNarrative(docOf(text, [exp], 2024)).filter((x) => x.params?.indicator === 'T08.支出');
    expect(f).toEqual([]);
  });
});

describe('N-EMPTY: the 基金/国资 statement is made exactly when the table is empty', () => {
  const caizheng = whole('corpus/putuo_caizhengju_2024.txt');
  const empty = (f: ReturnType<typeof checkNarrative>) => f.filter((x) => x.ruleId === 'N-EMPTY');

  test('财政局: empty T07/T08 and “…无政府性基金/国有资本经营预算财政拨款收入和支出” → nothing', () => {
    expect(empty(checkNarrative(caizheng))).toEqual([]);
  });

  test('the statement while T07 has data is an error', () => {
    const withData = caizheng.tables.map((t) => (t.kind === 'T07'
      ? { ...t, rows: t.rows.map((r) => (/合计/.test(r.label) ? { ...r, cells: r.cells.map((c, j) => (t.columns[j]!.colNo === 2 ? makeCell('1.00') : c)) } : r)) }
      : t));
    const f = empty(checkNarrative({ ...caizheng, tables: withData }));
    expect(f.map((x) => [x.code, x.severity, x.params?.kind])).toEqual([['narrative_empty_statement_contradicted', 'error', 'T07']]);
    expect(String(f[0]!.params?.sentence)).toContain('无政府性基金预算财政拨款收入和支出');
  });

  test('武汉 2020: the 国资 section says “没有使用国有资本经营预算财政拨款安排的支出” for its empty T08', () => {
    expect(empty(checkNarrative(whole('seeds/002_46e3d4cd55e5664f.txt')))).toEqual([]);
  });

  test('武汉 2020 with its 基金 table emptied: the 基金 section states amounts, not the empty statement → error', () => {
    const doc = whole('seeds/002_46e3d4cd55e5664f.txt');
    const emptied = doc.tables.map((t) => (t.kind === 'T07' ? { ...t, rows: [] } : t));
    const f = empty(checkNarrative({ ...doc, tables: emptied }));
    expect(f.map((x) => [x.code, x.params?.kind])).toEqual([['narrative_empty_statement_missing', 'T07']]);
  });
});

describe('N-CAR: 车辆 by category and against T10 (赣州 2023)', () => {
  const sentence = '八、国有资产占用情况说明\n截止 2023 年 12 月 31 日，本部门共有车辆 1 辆（台），其中：副部（省）级及以上领导用车 0 辆、主要负责人用车 0 辆、机要通信用车 0 辆、应急保障用车 0 辆、执法执勤用车 0 辆、特种专业技术用车 0 辆、离退休干部服务用车 0 辆、其他用车 1 辆，其他用车主要是待处置车辆。';
  const t10 = (n: string) => table('T10', [LABEL, amount(1, '决算数')], [[null, '一、车辆数合计(台、辆)', n], [null, '8. 其他用车', n]]);
  const cars = (f: ReturnType<typeof checkNarrative>) => f.filter((x) => x.ruleId === 'N-CAR');

  test('1 辆 = Σ categories = T10 车辆数合计 1', () => {
    expect(cars(checkNarrative(docOf(sentence, [t10('1')], 2023)))).toEqual([]);
  });

  test('T10 printing 2 辆 is an error naming the T10 cell', () => {
    const [f] = cars(checkNarrative(docOf(sentence, [t10('2')], 2023)));
    expect(f).toMatchObject({ code: 'narrative_count_mismatch', severity: 'error', expected: '2', actual: '1' });
    expect(f!.cells[0]).toMatchObject({ table: 'T10', label: '一、车辆数合计(台、辆)' });
  });

  test('a category list one vehicle off is an error, never a rounding residue', () => {
    const f = cars(checkNarrative(docOf(sentence.replace('共有车辆 1 辆', '共有车辆 2 辆'), [], 2023)));
    expect(f.map((x) => [x.code, x.severity, x.expected, x.actual])).toEqual([['narrative_sum_mismatch', 'error', '1', '2']]);
  });
});

describe('科目 names of the “XX（类）XX（款）XX（项）” items against T05', () => {
  const names = (file: string) => checkNarrative(whole(file)).filter((x) => x.code === 'narrative_subject_name_mismatch');

  test('规划资源局 writes 住房保障支出（款） where T05 prints 22102 住房改革支出 → warning per item', () => {
    const f = names('corpus/putuo_guihuaziyuan_2024.txt');
    expect(f.map((x) => [x.severity, x.params?.level, x.params?.code, x.actual, x.expected])).toEqual([
      ['warning', '款', '22102', '住房保障支出', '住房改革支出'],
      ['warning', '款', '22102', '住房保障支出', '住房改革支出'],
    ]);
    expect(String(f[0]!.params?.sentence)).toContain('住房公积金（项）');
  });

  test('财政局 names every item as T05 does → nothing', () => {
    expect(names('corpus/putuo_caizhengju_2024.txt')).toEqual([]);
  });
});

describe('三公 item rates on the T09 budget when the sentence states none', () => {
  // corpus/putuo_guihuaziyuan_2024.txt 七: items give only 决算 and 完成预算的 P%
  const text = '七、财政拨款“三公”经费支出决算情况说明\n“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元，完成预算的 13.68%，'
    + '其中：因公出国（境）费决算为 0.00 万元，完成预算的 0.00%；公务用车购置及运行维护费支出决算为 0.00 万元，完成预算的 0.00%；'
    + '公务接待费支出决算为 0.39 万元，完成预算的 13.68%。';
  const W = [1, 2, 3, 4, 5, 6].flatMap((k) => [amount(2 * k - 1, `${'合计 出国 小计 购置 运行 接待'.split(' ')[k - 1]}预算数`), amount(2 * k, '决算数')]);
  // the row adds up (合计 = 出国 + 车 + 接待), so the columns read by header are confirmed
  const t09 = (receptionBudget: string) => table('T09', [LABEL, ...W],
    [[null, '合计', receptionBudget, '0.39', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', receptionBudget, '0.39']]);
  const rates = (f: ReturnType<typeof checkNarrative>) => f.filter((x) => x.ruleId === 'N-RATE' && x.severity !== 'info');

  test('公务接待费 0.39 / T09 budget 2.85 = 13.68% holds', () => {
    expect(rates(checkNarrative(docOf(text, [t09('2.85')], 2024)))).toEqual([]);
  });

  test('with a T09 接待费 budget of 2.00 the 13.68% does not recompute (19.50%) → error citing the T09 cell', () => {
    const [f] = rates(checkNarrative(docOf(text, [t09('2.00')], 2024)));
    expect(f).toMatchObject({ code: 'percent_mismatch', severity: 'error', expected: '19.50', actual: '13.68' });
    expect(f!.cells[0]).toMatchObject({ table: 'T09', colNo: 11 });
  });

  test('0.00 on a 0 budget is a trivial 0/0: no finding at all', () => {
    const f = checkNarrative(docOf(text, [t09('2.85')], 2024)).filter((x) => x.code === 'zero_base_percent');
    expect(f).toEqual([]);
  });

  test('a T09 row that does not add up leaves its columns unconfirmed: the rate is a warning with binding position', () => {
    const shifted = table('T09', [LABEL, ...W],
      [[null, '合计', '2.85', '0.39', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '2.00', '0.39']]);
    const [f] = rates(checkNarrative(docOf(text, [shifted], 2024)));
    expect(f).toMatchObject({ code: 'percent_mismatch', severity: 'warning', params: { binding: 'position' } });
  });
});

describe('政府采购 awards never exceed the total', () => {
  test('江西 2020: 授予中型企业 601.84 ≤ 883.05 and 小微 64.68 ≤ 601.84 → nothing', () => {
    const f = checkNarrative(whole('seeds/000_6e1f5d09d8ef42dd.txt'));
    expect(f.filter((x) => x.code === 'award_exceeds_total')).toEqual([]);
  });

  test('江西 2020 with 小微 awards of 701.84 万元 (more than the 中小 601.84) → error', () => {
    const doc = whole('seeds/000_6e1f5d09d8ef42dd.txt');
    const text = doc.narrative.text.replace('小微企业合同金额 64.68 万元', '小微企业合同金额 701.84 万元');
    const f = checkNarrative({ ...doc, narrative: { ...doc.narrative, text } }).filter((x) => x.code === 'award_exceeds_total');
    expect(f.map((x) => [x.severity, x.actual, x.expected])).toEqual([['error', '701.84', '601.84']]);
  });

  test('财政局: reserved 246.47 + other 4.79 against 251.25 is a rounding residue only', () => {
    const f = about(checkNarrative(whole('corpus/putuo_caizhengju_2024.txt')), '在其他政府采购项目中').filter((x) => x.ruleId === 'N-GP');
    expect(f.map((x) => [x.code, x.severity])).toEqual([['rounding_residue', 'info']]);
  });

  test('社会工作部: 21.07 in reserved and 21.07 in other projects exceed the 21.07 total → warning', () => {
    const f = checkNarrative(whole('corpus/putuo_shehuigongzuobu_2024.txt')).filter((x) => x.code === 'award_exceeds_total');
    expect(f.map((x) => [x.severity, x.actual, x.expected])).toEqual([['warning', '42.14', '21.07']]);
  });
});
