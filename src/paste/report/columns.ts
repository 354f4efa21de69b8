// Amount columns of each table kind (domain §1: c-numbers follow the printed 栏次) and the row identities that
// tell where a lone value belongs when blank cells collapsed in space-separated text.
import type { Column } from '../../engine/table.ts';
import { colNo } from '../../engine/table.ts';

/** lhs = Σ sign·rhs, by printed 栏 number. */
export interface Identity {
  readonly lhs: number;
  readonly rhs: readonly (readonly [number, 1 | -1])[];
}

const sum = (lhs: number, ...rhs: number[]): Identity => ({ lhs, rhs: rhs.map((c) => [c, 1] as const) });

export const AMOUNT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  T01: ['收入决算数', '支出决算数'],
  T02: ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
  T03: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
  T04: ['收入决算数', '支出小计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
  T05: ['本年支出合计', '基本支出', '项目支出'],
  T06: ['决算数'],
  T07: ['年初结转和结余', '本年收入', '本年支出小计', '基本支出', '项目支出', '年末结转和结余'],
  'T08.EXP': ['合计', '基本支出', '项目支出'],
  'T08.INOUT': ['年初结转和结余', '本年收入', '本年支出小计', '基本支出', '项目支出', '年末结转和结余'],
  'T09.R2': ['年初预算数', '决算数'],
  'T09.R3': ['年初预算数', '全年预算数', '决算数'],
  'T09.W': [
    '预算数合计', '预算数因公出国（境）费', '预算数公务用车购置及运行费小计', '预算数公务用车购置费',
    '预算数公务用车运行费', '预算数公务接待费', '决算数合计', '决算数因公出国（境）费',
    '决算数公务用车购置及运行费小计', '决算数公务用车购置费', '决算数公务用车运行费', '决算数公务接待费',
  ],
  T10: ['决算数'],
};

export const ROW_IDENTITIES: Readonly<Record<string, readonly Identity[]>> = {
  T02: [sum(1, 2, 3, 4, 5, 6, 7)],
  T03: [sum(1, 2, 3, 4, 5, 6)],
  T04: [sum(2, 3, 4, 5)],
  T05: [sum(1, 2, 3)],
  T07: [{ lhs: 6, rhs: [[1, 1], [2, 1], [3, -1]] }, sum(3, 4, 5)],
  'T08.EXP': [sum(1, 2, 3)],
  'T08.INOUT': [{ lhs: 6, rhs: [[1, 1], [2, 1], [3, -1]] }, sum(3, 4, 5)],
  'T09.W': [sum(1, 2, 3, 6), sum(3, 4, 5), sum(7, 8, 9, 12), sum(9, 10, 11)],
};

/** Header for amount column n of a spec: the printed header when there is one, else the domain's name. */
export function amountColumnSpecs(spec: string, count: number, printed: readonly string[] = [], pane?: number): Column[] {
  const names = AMOUNT_HEADERS[spec] ?? [];
  const out: Column[] = [];
  for (let i = 0; i < count; i++) {
    const header = printed[i] || names[i] || `${i + 1}栏`;
    out.push(pane === undefined
      ? { key: `c${i + 1}`, colNo: colNo(i + 1), header, role: 'amount' }
      : { key: `c${i + 1}`, colNo: colNo(i + 1), header, role: 'amount', pane });
  }
  return out;
}

export const CODE_COLUMN: Column = { key: 'code', colNo: null, header: '科目编码', role: 'code' };
export const LABEL_COLUMN: Column = { key: 'label', colNo: null, header: '科目名称', role: 'label' };
export const LINE_NO_COLUMN: Column = { key: 'lineNo', colNo: null, header: '行次', role: 'lineNo' };

/**
 * The 栏次 row: after dropping 类/款/项/栏次/行次 words, the tokens are exactly 1..N.
 * Returns N and, for tab lines, the cell index of "1" (the first amount column).
 */
export function readColumnNumbers(cells: readonly string[]): { count: number; firstIndex: number } | null {
  let expect = 1;
  let firstIndex = -1;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!.replace(/\s+/g, '');
    if (c === '' || /^(类|款|项|栏次|行次|栏|次|项目)$/.test(c)) continue;
    if (c !== String(expect)) return null;
    if (expect === 1) firstIndex = i;
    expect++;
  }
  return expect > 1 ? { count: expect - 1, firstIndex } : null;
}
