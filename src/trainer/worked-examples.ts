// Worked examples: real tables from the documents shipped with the app, shown as correct filling. Every
// table listed here checks without errors or warnings inside its document (rounding residues of 0.01, which
// the real forms note as 尾数误差, stay as info); test/unit/trainer/worked-examples.test.ts proves it.
// Examples are grouped as the template picker is: 部门决算 (T/P tables) and 部门预算 (B tables).
import type { ParsedDocument } from '../engine/document.ts';
import type { TableKind } from '../engine/table.ts';
import { templateGroup, type TemplateGroup } from './templates.ts';
import { parseInput } from '../paste/index.ts';

type SourceId = 'ganzhou-2023' | 'putuo-2024' | 'jiangan-2020' | 'zhengxie-2019';

interface SourceDoc {
  readonly file: string;
  readonly name: string;
  readonly text: () => Promise<string>;
}

// imported, not fetched: the single-file build opened from file:// cannot fetch
const SOURCES: Readonly<Record<SourceId, SourceDoc>> = {
  'ganzhou-2023': {
    file: 'public/sample-report.txt', name: '赣州市医疗保障局 2023 年度部门决算（江西式）',
    text: async () => (await import('../../public/sample-report.txt?raw')).default,
  },
  'putuo-2024': {
    file: 'public/examples/putuo-caizhengju-2024.txt', name: '上海市普陀区财政局 2024 年度部门决算（上海式）',
    text: async () => (await import('../../public/examples/putuo-caizhengju-2024.txt?raw')).default,
  },
  'jiangan-2020': {
    file: 'public/examples/jiangan-yibao-2020.txt', name: '武汉市江岸区医保局 2020 年度部门决算（武汉式，表下印有公式）',
    text: async () => (await import('../../public/examples/jiangan-yibao-2020.txt?raw')).default,
  },
  'zhengxie-2019': {
    file: 'public/examples/jiangsu-zhengxie-2019-budget.txt', name: '江苏省政协办公厅 2019 年部门预算（江苏式）',
    text: async () => (await import('../../public/examples/jiangsu-zhengxie-2019-budget.txt?raw')).default,
  },
};

interface ExampleSpec {
  readonly id: string;
  readonly title: string;
  readonly from: SourceId;
  /** kinds of the tables shown (the first table of each kind in the document) */
  readonly kinds: readonly TableKind[];
}

const EXAMPLES: readonly ExampleSpec[] = [
  // no 江西 set: 赣州's T04 prints 年初 where 年末 belongs and one T05 科目 name differs from the dictionary (warnings)
  { id: 'jiangan-2020-set', title: '武汉式全套（行次公式印在表下）', from: 'jiangan-2020',
    kinds: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T09', 'T07', 'T08'] },
  { id: 'putuo-2024-set', title: '上海式全套（无行次，按项目名称核对）', from: 'putuo-2024',
    kinds: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09'] },
  { id: 'ganzhou-2023-T03', title: '支出决算表（类/款/项三级科目）', from: 'ganzhou-2023', kinds: ['T03'] },
  { id: 'ganzhou-2023-T01', title: '收入支出决算总表（江西式，行次 1–62）', from: 'ganzhou-2023', kinds: ['T01'] },
  { id: 'jiangan-2020-T01', title: '收入支出决算总表（武汉式，行次 1–60）', from: 'jiangan-2020', kinds: ['T01'] },
  { id: 'putuo-2024-T01', title: '收入支出决算总表（上海式，无行次）', from: 'putuo-2024', kinds: ['T01'] },
  { id: 'jiangan-2020-T04', title: '财政拨款收入支出决算总表（武汉式，行次 1–64）', from: 'jiangan-2020', kinds: ['T04'] },
  { id: 'putuo-2024-T04', title: '财政拨款收入支出决算总表（上海式，无行次）', from: 'putuo-2024', kinds: ['T04'] },
  { id: 'ganzhou-2023-T06', title: '基本支出决算表（人员经费、公用经费三栏组）', from: 'ganzhou-2023', kinds: ['T06'] },
  { id: 'putuo-2024-T06', title: '基本支出决算表（人员经费、公用经费两栏组）', from: 'putuo-2024', kinds: ['T06'] },
  // not 赣州's T09.R3: it leaves 公务用车保有量 blank beside a 运行维护费 of 0.90 (sangong_count_missing)
  { id: 'putuo-2024-T09', title: '“三公”经费支出决算表（宽表）', from: 'putuo-2024', kinds: ['T09'] },
  { id: 'ganzhou-2023-T10', title: '国有资产占用情况表（车辆数、大型设备）', from: 'ganzhou-2023', kinds: ['T10'] },
  { id: 'jiangan-2020-P', title: '项目支出绩效自评表', from: 'jiangan-2020', kinds: ['P_PROJECT'] },
  // 部门预算: every table with a pack, so each pack rule and the cross-table budget rules hold on it
  { id: 'zhengxie-2019-budget', title: '部门预算全套（江苏式，收支总表至机关运行经费）', from: 'zhengxie-2019',
    kinds: ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B12'] },
];

export interface WorkedExample {
  readonly id: string;
  readonly title: string;
  /** the shipped document and the tables taken from it */
  readonly source: string;
  readonly kinds: readonly TableKind[];
  /** 部门决算 or 部门预算, by the tables shown */
  readonly group: TemplateGroup;
  load(): Promise<ParsedDocument>;
}

/** Provenance lines (SOURCE:/NOTE:) that head the corpus copies are not part of the report. */
function withoutProvenance(text: string): string {
  return text.replace(/^(?:(?:SOURCE|NOTE):[^\n]*\n)+/, '');
}

async function loadExample(spec: ExampleSpec): Promise<ParsedDocument> {
  const src = SOURCES[spec.from];
  const result = await parseInput({ text: withoutProvenance(await src.text()), fileName: src.file.split('/').pop()! });
  // a shipped file that stops parsing is a bug in this build, not a user-data problem
  if (!result.ok) throw new Error(`worked example ${spec.id}: ${result.reason.code}`);
  const doc = result.value;
  const tables = spec.kinds.map((k) => doc.tables.find((t) => t.kind === k)).filter((t) => t !== undefined);
  // the 说明 is left out: the examples show table filling (their 说明 findings are not about the tables)
  return { ...doc, tables, narrative: { text: '', lineMap: [] }, problems: [] };
}

export function workedExamples(): WorkedExample[] {
  return EXAMPLES.map((spec) => ({
    id: spec.id, title: spec.title, kinds: spec.kinds, group: templateGroup(spec.kinds[0]!),
    source: `${SOURCES[spec.from].name} · ${SOURCES[spec.from].file}`,
    load: () => loadExample(spec),
  }));
}
