// What each table kind looks like in the 上海 (layout C) form: its layout id and amount columns with
// the header words that identify them (domain guide §1). Columns are found by header, not position.
import type { TableKind } from '../../engine/table.ts';

export interface AmountColSpec {
  readonly key: string;
  readonly colNo: number;
  /** header as the domain names it */
  readonly header: string;
  /** printed header texts whose fragments (prefixes of ≥ 2 characters) identify the column */
  readonly names: readonly string[];
  readonly pane?: number;
}

export interface KindSpec {
  readonly layout: string | null;
  readonly cols: readonly AmountColSpec[];
}

const col = (n: number, header: string, names: readonly string[] = [header], pane?: number): AmountColSpec =>
  pane === undefined
    ? { key: `c${n}`, colNo: n, header, names }
    : { key: `c${n}`, colNo: n, header, names, pane };

const FUND_COLS = [
  col(1, '年初结转和结余'),
  col(2, '本年收入'),
  col(3, '本年支出小计', ['小计', '合计']),
  col(4, '基本支出'),
  col(5, '项目支出'),
  col(6, '年末结转和结余'),
];

export const KIND_SPECS: Partial<Record<TableKind, KindSpec>> = {
  T01: {
    layout: 'T01.C',
    cols: [col(1, '收入决算数', ['决算数'], 0), col(2, '支出决算数', ['决算数'], 1)],
  },
  T02: {
    layout: 'T02.C',
    cols: [
      col(1, '本年收入合计'),
      col(2, '财政拨款收入'),
      col(3, '上级补助收入'),
      col(4, '事业收入'),
      col(5, '经营收入'),
      col(6, '附属单位上缴收入'),
      col(7, '其他收入'),
    ],
  },
  T03: {
    layout: 'T03.C',
    cols: [
      col(1, '本年支出合计'),
      col(2, '基本支出'),
      col(3, '项目支出'),
      col(4, '上缴上级支出'),
      col(5, '经营支出'),
      col(6, '对附属单位补助支出'),
    ],
  },
  T04: {
    layout: 'T04.C',
    cols: [
      col(1, '收入决算数', ['决算数'], 0),
      col(2, '支出合计', ['合计', '小计'], 1),
      col(3, '一般公共预算财政拨款', ['一般公共预算财政拨款'], 1),
      col(4, '政府性基金预算财政拨款', ['政府性基金预算财政拨款'], 1),
      col(5, '国有资本经营预算财政拨款', ['国有资本经营预算财政拨款'], 1),
    ],
  },
  T05: { layout: 'T05.C', cols: [col(1, '合计', ['合计', '小计']), col(2, '基本支出'), col(3, '项目支出')] },
  T06: { layout: 'T06.P2', cols: [col(1, '决算数')] },
  T07: { layout: 'T07.C', cols: FUND_COLS },
  T08: { layout: 'T08.INOUT', cols: FUND_COLS },
  T09: {
    layout: 'T09.W',
    cols: [
      col(1, '预算数 合计'),
      col(2, '预算数 因公出国（境）费'),
      col(3, '预算数 公务用车购置及运行费 小计'),
      col(4, '预算数 公务用车购置费'),
      col(5, '预算数 公务用车运行费'),
      col(6, '预算数 公务接待费'),
      col(7, '决算数 合计'),
      col(8, '决算数 因公出国（境）费'),
      col(9, '决算数 公务用车购置及运行费 小计'),
      col(10, '决算数 公务用车购置费'),
      col(11, '决算数 公务用车运行费'),
      col(12, '决算数 公务接待费'),
    ],
  },
};

/** Header words of the code/label area: never a column header, never a row label. */
export const LABEL_HEADER_WORDS = new Set([
  '项目', '科目名称', '功能分类', '支出功能分类', '科目编码', '支出功能分类科目编码', '功能分类科目编码',
  '经济分类', '科目编码类', '类', '款', '项', '类款项', '栏次', '行次', '单位：万元', '金额单位：万元',
]);

/** Fragment text identifies a column when it is a prefix (≥ 2 characters) of one of its names. */
export function matchesHeader(text: string, names: readonly string[]): boolean {
  if (LABEL_HEADER_WORDS.has(text)) return false;
  return names.some((n) => text === n || (text.length >= 2 && n.startsWith(text)));
}
