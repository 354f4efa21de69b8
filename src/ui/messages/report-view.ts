// What a reviewer sees a table called — everywhere: sheet tabs, the findings list, the audit report, CSV, the
// annotated workbook, batch views and the CLI's text. A table is named as printed ("公开01表 收入支出决算总表",
// "表1 收入支出决算总表"); a table whose kind is not known and that prints no title is "未识别表格 1（第 77 行起）".
// Table ids ("T01@83", "unknown@77") stay in JSON and data attributes only. All of this topic's wording is here.
import type { Unchecked } from '../../checks/unchecked.ts';
import type { ParseProblem } from '../../engine/document.ts';
import type { Finding } from '../../engine/finding.ts';
import { TABLE_KIND_NAMES, type Table } from '../../engine/table.ts';
import { describeCell } from './engine.ts';
import { defineMessages, t, type Lang } from './registry.ts';
import { describeUnchecked } from './unchecked.ts';

/** What names a table: its kind, printed title and number, and where it starts. */
export type NamedTable = Pick<Table, 'id' | 'kind' | 'title' | 'printedNo' | 'sourceLines' | 'pages'>;

/** Places findings belong to that are not tables. */
const PLACES: Readonly<Record<string, readonly [string, string]>> = {
  N: ['情况说明', 'Narrative'],
  document: ['全文', 'Document'],
  'cross-year': ['跨年度（与上年报告）', 'Against last year'],
};

/** "2020年度收入支出决算总表（表1）" → "收入支出决算总表": the title without its number, year prefix and wrap spaces. */
export function cleanTitle(title: string, printedNo?: string): string {
  let s = title.replace(/[\s\u3000]+/g, ' ').trim().replace(/^《(.*)》$/, '$1');
  if (printedNo) {
    const spaced = printedNo.split('').map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
    s = s.replace(new RegExp(`^(附表)?\\s*[:：]?\\s*${spaced}\\s*[:：、]?\\s*|[（(]\\s*${spaced}\\s*[)）]$|\\s+${spaced}$`), '').trim();
  }
  s = s.replace(/^\d{4}\s*年度\s*/, '').replace(/[（(]\d{4}\s*年度?[)）]$/, '');
  // a line wrap inside a Chinese title leaves a space between two Han characters
  return s.replace(/(?<=[\u4e00-\u9fff）)”])\s+(?=[\u4e00-\u9fff（(“])/g, '').trim();
}

/** Where an unnamed table starts: its first page for a PDF, else its first source line. */
function startOf(tb: NamedTable, lang: Lang): string {
  if (tb.pages) return t(lang, `第 ${tb.pages[0]} 页`, `p. ${tb.pages[0]}`);
  if (tb.sourceLines) return t(lang, `第 ${tb.sourceLines[0]} 行起`, `from line ${tb.sourceLines[0]}`);
  return '';
}

/**
 * The display name of one table. `ordinal` numbers the unnamed unknown tables of a document (1, 2, …); `repeat`
 * numbers tables that would otherwise share a name (two 项目支出绩效自评表), 0 when the name is unique.
 */
export function tableDisplayName(tb: NamedTable, lang: Lang, ordinal = 1, repeat = 0): string {
  const title = cleanTitle(tb.title, tb.printedNo);
  const no = tb.printedNo ? `${tb.printedNo} ` : '';
  const again = repeat > 0 ? t(lang, `（${repeat}）`, ` (${repeat})`) : '';
  if (tb.kind === 'unknown') {
    if (title !== '') return `${no}${title}${t(lang, '（未识别）', ' (unrecognised)')}${again}`;
    const at = startOf(tb, lang);
    return t(lang, `未识别表格 ${ordinal}${at ? `（${at}）` : ''}`, `Unrecognised table ${ordinal}${at ? ` (${at})` : ''}`);
  }
  return `${no}${title || TABLE_KIND_NAMES[tb.kind]}${again}`;
}

/** Display names of all of a document's tables, keyed by table id: unknown tables numbered, repeated names told apart. */
export function tableNames(tables: readonly NamedTable[], lang: Lang): Map<string, string> {
  let unknown = 0;
  const ordinals = tables.map((tb) => (tb.kind === 'unknown' && cleanTitle(tb.title) === '' ? ++unknown : 1));
  const base = tables.map((tb, i) => tableDisplayName(tb, lang, ordinals[i]));
  const total = new Map<string, number>();
  for (const n of base) total.set(n, (total.get(n) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out = new Map<string, string>();
  tables.forEach((tb, i) => {
    const n = base[i]!;
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    out.set(tb.id, (total.get(n) ?? 0) > 1 ? tableDisplayName(tb, lang, ordinals[i], k) : n);
  });
  return out;
}

/** The name of any place a finding can belong to: a table (by `names`), the narrative, the document, last year. */
export function placeName(id: string, names: ReadonlyMap<string, string>, lang: Lang): string {
  const named = names.get(id);
  if (named !== undefined) return named;
  const place = PLACES[id];
  if (place) return t(lang, place[0], place[1]);
  return humaniseIds(id, names);
}

const TABLE_ID = /\b(?:T\d{2}|B\d{2}|P_[A-Z]+|unknown|table|t\d+)@\d+(?:[#-]\d+)?\b/g;

/**
 * Replaces every table id inside a text ("与 T01@83 不一致") by the table's display name, so wording written with
 * ids (rule messages, parse notes) reads with names. An id not in `names` is named by its kind alone.
 */
export function humaniseIds(text: string, names: ReadonlyMap<string, string>): string {
  return text.replace(TABLE_ID, (id) => names.get(id) ?? kindName(id));
}

function kindName(id: string): string {
  const kind = id.split('@')[0]! as keyof typeof TABLE_KIND_NAMES;
  return TABLE_KIND_NAMES[kind] ?? id;
}

/** A narrative check's formula names an internal concept ("T09.total.initial = 3.5"): shown as the table cell. */
const CONCEPT_FORMULA = /^(?:T\d{2}|B\d{2}|P_[A-Z]+)\.[\w.\u4e00-\u9fff]+\s*=/;

/** The formula as a reviewer reads it: reviewer notation as is; a concept comparison as "<table> <row> <栏> = <value>". */
export function readableFormula(f: Finding, names: ReadonlyMap<string, string>, lang: Lang): string {
  if (!CONCEPT_FORMULA.test(f.formula)) return f.formula;
  const ref = f.operands[0]?.ref;
  if (!ref || ref.row < 0) return '';
  const col = ref.colNo != null ? t(lang, ` ${ref.colNo}栏`, ` col. ${ref.colNo}`) : '';
  return `${placeName(ref.table, names, lang)} ${describeCell(ref, lang)}${col} = ${f.actual}`;
}

/** 未能核对 worded for people: tables named, without the list of rule ids (they stay in the JSON). */
export function describeUncheckedForPeople(u: Unchecked, names: ReadonlyMap<string, string>, lang: Lang): string {
  const params = u.params && 'rules' in u.params ? { ...u.params, rules: '' } : u.params;
  return humaniseIds(describeUnchecked(params ? { ...u, params } : u, lang), names);
}

/** A parse note about a table, its table named: "公开01表 收入支出决算总表：…". */
export function tablePrefix(table: string | undefined, names: ReadonlyMap<string, string>, lang: Lang): string {
  return table ? `${placeName(table, names, lang)}${t(lang, '：', ': ')}` : '';
}

/** The audit report's own wording for its summary page and layout (the rest of its chrome: src/report/labels.ts). */
const AUDIT = {
  heading_final: ['部门决算勾稽审核报告', 'Final-accounts reconciliation audit report'],
  heading_budget: ['部门预算勾稽审核报告', 'Budget reconciliation audit report'],
  heading_unknown: ['勾稽审核报告', 'Reconciliation audit report'],
  summary: ['审核摘要', 'Summary'],
  reportKind: ['报告类型', 'Kind of report'],
  kind_final: ['部门决算', 'Final accounts (部门决算)'],
  kind_budget: ['部门预算', 'Budget (部门预算)'],
  counts: ['问题统计', 'Problems found'],
  problems: ['问题', 'Problems'],
  findings: ['核对发现', 'Findings'],
  countsNote: ['一个问题可由多条核对发现佐证（同一单元格出错会使多个勾稽关系不成立）；尾数误差等说明级发现另列，不是问题。',
    'One problem may rest on several findings (one wrong cell breaks several identities); rounding residue and other info findings are listed apart and are not problems.'],
  tablesFound: ['识别的表格', 'Tables recognised'],
  table: ['表格', 'Table'],
  where: ['位置', 'Where'],
  rows: ['行数', 'Rows'],
  tableProblems: ['问题', 'Problems'],
  noTables: ['未识别出任何表格。', 'No table was recognised.'],
  unchecked: ['未能核对', 'Not checked'],
  uncheckedNone: ['所有识别出的表格和规则均已核对。', 'Every recognised table and rule was checked.'],
  problemsByTable: ['问题（按表格）', 'Problems by table'],
  parseNotes: ['解析提示', 'Parse notes'],
  lines: ['源文件第 {0} 行', 'source lines {0}'],
  none: ['—', '—'],
} as const;

export type AuditKey = keyof typeof AUDIT;

export function auditText(lang: Lang, key: AuditKey, ...args: readonly (string | number)[]): string {
  const [zh, en] = AUDIT[key];
  return t(lang, zh, en).replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** "第 3–4 页" / "pp. 3–4": the printed page (for the page footer, CSS prints "第 n 页 / 共 m 页"). */
export const PAGE_FOOTER: Readonly<Record<Lang, string>> = {
  zh: '"第 " counter(page) " 页 / 共 " counter(pages) " 页"',
  en: '"Page " counter(page) " of " counter(pages)',
};

/** The findings panel's expert switch: rule ids and finding codes beside each finding (hidden by default). */
export const EXPERT_LABEL: Readonly<Record<Lang, readonly [string, string]>> = {
  zh: ['显示规则代码', '在每条核对结果旁显示规则编号和结果代码（供规则维护人员使用；导出的 JSON 中也有）'],
  en: ['Show rule codes', 'Show each finding\'s rule id and finding code (for rule maintainers; also in the JSON export)'],
};

const p = (x: ParseProblem, key: string): string => String(x.params?.[key] ?? '');

const WHY: Readonly<Record<string, readonly [string, string]>> = {
  no_numbers: ['没有任何数字', 'there are no numbers'],
  numbers_only: ['只有数字，没有表名、科目或项目名称', 'only numbers, without table titles, subjects or item names'],
  no_structure: ['既没有成形的表格（有名称的行和金额），也没有决算或预算报告的标题和文字', 'there is neither a table (named rows with amounts) nor the title or text of a 决算/预算 report'],
};

export default defineMessages({
  problems: {
    not_a_report: (x, lang) => {
      const [zh, en] = WHY[p(x, 'why')] ?? WHY['no_structure']!;
      return t(lang, `这段内容不是决算或预算报告，也不是表格：${zh}。未导入任何内容，工作簿保持原样；请粘贴报告全文或表格，或打开报告文件`,
        `this is not a report or a table: ${en}. Nothing was imported and the workbook is unchanged; paste a whole report or a table, or open a report file`);
    },
  },
});
