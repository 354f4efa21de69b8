// A 绩效 row while it is being read (cells by key), and the step that turns the drafts into a `Table`
// whose columns are only the keys some row uses, in PERF_KEYS order.
import { parseAmount } from '../../engine/amount.ts';
import type { Cell, Column, Row, RowFlag, Table, TableKind } from '../../engine/table.ts';
import { AMOUNT_KEYS, PERF_KEYS, type PerfKey } from './vocabulary.ts';

export type PerfBlock =
  | 'header' | 'info' | 'funds' | 'goals' | 'indicator' | 'criteria' | 'group' | 'total' | 'grade' | 'item' | 'footer';

export interface Draft {
  block: PerfBlock;
  label: string;
  cells: Map<PerfKey, string>;
  group?: string[];
  flags: RowFlag[];
  line: number;
}

export function newDraft(block: PerfBlock, label: string, line: number): Draft {
  return { block, label, cells: new Map(), flags: [], line };
}

export function setCell(d: Draft, key: PerfKey, text: string): void {
  const t = text.trim();
  if (t === '') return;
  const prev = d.cells.get(key);
  d.cells.set(key, prev ? `${prev} | ${t}` : t);
}

const DEFAULT_HEADERS: Readonly<Record<PerfKey, string>> = {
  seq: '序号', unitName: '预算单位', label: '项目/指标', l1: '一级指标', l1w: '一级分值', l2: '二级指标',
  l2w: '二级分值', info: '内容', initial: '年初预算数', adjust: '年中追加数', budget: '全年预算数',
  executed: '全年执行数', rate: '执行率', target: '年度指标值', actual: '实际完成值', explain: '指标解释',
  desc: '指标说明', weight: '分值', score: '得分', execScore: '执行率得分', costScore: '成本指标得分',
  outputScore: '产出指标得分', benefitScore: '效益指标得分', satisfactionScore: '满意度指标得分',
  reason: '偏差原因分析及改进措施', extra: '其他',
};

/** Amount cells keep their printed text; the value is read with a trailing unit (万元, 分, 个) dropped. */
function perfCell(key: PerfKey, text: string): Cell {
  const t = text.trim();
  return { text: t, value: parseAmount(AMOUNT_KEYS.has(key) ? t.replace(/\s*(万元|元|分|个)$/, '') : t) };
}

export interface BuildInput {
  readonly id: string;
  readonly kind: TableKind;
  readonly title: string;
  readonly drafts: readonly Draft[];
  readonly headers: ReadonlyMap<PerfKey, string>;
  readonly notes: readonly string[];
  readonly year: number | null;
  readonly sourceLines?: readonly [number, number];
}

export function buildTable(input: BuildInput): Table {
  const used = new Set<PerfKey>();
  for (const d of input.drafts) for (const k of d.cells.keys()) used.add(k);
  used.add('label');
  const keys = PERF_KEYS.filter((k) => used.has(k));
  const columns: Column[] = keys.map((key) => ({
    key,
    colNo: null,
    header: input.headers.get(key) ?? DEFAULT_HEADERS[key],
    role: key === 'label' ? 'label' : AMOUNT_KEYS.has(key) ? 'amount' : 'text',
  }));
  const rows: Row[] = input.drafts.map((d) => {
    const cells = keys.map((k) => perfCell(k, k === 'label' ? d.label : d.cells.get(k) ?? ''));
    const flags: RowFlag[] = [...d.flags];
    if (d.block === 'header' && !flags.includes('header')) flags.push('header');
    if (d.block === 'total' && !flags.includes('total')) flags.push('total');
    return {
      code: null,
      label: d.label,
      lineNo: null,
      cells,
      ...(flags.length ? { flags } : {}),
      sourceLine: d.line,
      block: d.block,
      ...(d.group ? { group: d.group } : {}),
    };
  });
  return {
    id: input.id,
    kind: input.kind,
    layout: null,
    title: input.title,
    unit: '万元',
    year: input.year,
    department: null,
    columns,
    rows,
    notes: input.notes,
    ...(input.sourceLines ? { sourceLines: input.sourceLines } : {}),
  };
}
