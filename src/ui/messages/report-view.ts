// What a reviewer sees a table called — everywhere: sheet tabs, the findings list, the audit report, CSV, the
// annotated workbook, batch views and the CLI's text. A table is named as printed ("公开01表 收入支出决算总表",
// "表1 收入支出决算总表"); a table whose kind is not known and that prints no title is "未识别表格 1（第 77 行起）".
// Table ids ("T01@83", "unknown@77") stay in JSON and data attributes only. All of this topic's wording is here.
import type { Unchecked } from '../../checks/unchecked.ts';
import type { ParseProblem } from '../../engine/document.ts';
import type { Finding } from '../../engine/finding.ts';
import { TABLE_KIND_NAMES, type Table } from '../../engine/table.ts';
import { describeCell } from './engine.ts';
import { defineMessages, type Lang } from './registry.ts';
import { describeUnchecked } from './unchecked.ts';
import { nameTablesIn } from './formula-names.ts';
import { msg, type MessageParams } from '../../messages/index.ts';

/** What names a table: its kind, printed title and number, and where it starts. */
export type NamedTable = Pick<Table, 'id' | 'kind' | 'title' | 'printedNo' | 'sourceLines' | 'pages'>;

/** Places findings belong to that are not tables. */
const PLACES = { N: 'report-view.place.narrative', document: 'report-view.place.document', 'cross-year': 'report-view.place.crossYear' } as const;

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
  if (tb.pages) return msg(lang, 'report-view.startOf', { pages: tb.pages[0] });
  if (tb.sourceLines) return msg(lang, 'report-view.startOf_from_line', { sourceLines: tb.sourceLines[0] });
  return '';
}

/**
 * The display name of one table. `ordinal` numbers the unnamed unknown tables of a document (1, 2, …); `repeat`
 * numbers tables that would otherwise share a name (two 项目支出绩效自评表), 0 when the name is unique.
 */
export function tableDisplayName(tb: NamedTable, lang: Lang, ordinal = 1, repeat = 0): string {
  const title = cleanTitle(tb.title, tb.printedNo);
  const no = tb.printedNo ? `${tb.printedNo} ` : '';
  const again = repeat > 0 ? msg(lang, 'report-view.again', { repeat }) : '';
  if (tb.kind === 'unknown') {
    if (title !== '') return `${no}${title}${msg(lang, 'report-view.tableDisplayName')}${again}`;
    const at = startOf(tb, lang);
    return (at ? msg(lang, 'report-view.tableDisplayName_unrecognised_table', { ordinal, at }) : msg(lang, 'report-view.tableDisplayName_2', { ordinal }));
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
  const place = PLACES[id as keyof typeof PLACES];
  if (place) return msg(lang, place);
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

/** The formula as a reviewer reads it: reviewer notation with its tables named as printed; a concept comparison as "<table> <row> <栏> = <value>". */
export function readableFormula(f: Finding, names: ReadonlyMap<string, string>, lang: Lang): string {
  if (!CONCEPT_FORMULA.test(f.formula)) return nameTablesIn(f.formula, f, names, lang);
  const ref = f.operands[0]?.ref;
  if (!ref || ref.row < 0) return '';
  const col = ref.colNo != null ? msg(lang, 'report-view.col', { colNo: ref.colNo }) : '';
  return `${placeName(ref.table, names, lang)} ${describeCell(ref, lang)}${col} = ${f.actual}`;
}

/** 未能核对 worded for people: tables named, without the list of rule ids (they stay in the JSON). */
export function describeUncheckedForPeople(u: Unchecked, names: ReadonlyMap<string, string>, lang: Lang): string {
  const params = u.params && 'rules' in u.params ? { ...u.params, rules: '' } : u.params;
  return humaniseIds(describeUnchecked(params ? { ...u, params } : u, lang), names);
}

/** A parse note about a table, its table named: "公开01表 收入支出决算总表：…". */
export function tablePrefix(table: string | undefined, names: ReadonlyMap<string, string>, lang: Lang): string {
  return table ? `${placeName(table, names, lang)}${msg(lang, 'report-view.tablePrefix')}` : '';
}

/** The audit report's own words for its summary page and layout: `report-view.audit.*` in src/messages. */
export type AuditKey =
  | 'heading_final'
  | 'heading_budget'
  | 'heading_unknown'
  | 'summary'
  | 'reportKind'
  | 'kind_final'
  | 'kind_budget'
  | 'counts'
  | 'problems'
  | 'findings'
  | 'countsNote'
  | 'tablesFound'
  | 'table'
  | 'where'
  | 'rows'
  | 'tableProblems'
  | 'noTables'
  | 'unchecked'
  | 'uncheckedNone'
  | 'problemsByTable'
  | 'parseNotes'
  | 'lines'
  | 'none';

export function auditText(lang: Lang, key: AuditKey, params: MessageParams = {}): string {
  return msg(lang, `report-view.audit.${key}`, params);
}

/** "第 3–4 页" / "pp. 3–4": the printed page (for the page footer, CSS prints "第 n 页 / 共 m 页"). */
export const PAGE_FOOTER: Readonly<Record<Lang, string>> = {
  zh: '"第 " counter(page) " 页 / 共 " counter(pages) " 页"',
  en: '"Page " counter(page) " of " counter(pages)',
};

/** The findings panel's expert switch: rule ids and finding codes beside each finding (hidden by default). */
export const expertLabel = (lang: Lang): readonly [string, string] => [msg(lang, 'report-view.expert.label'), msg(lang, 'report-view.expert.hint')];

const p = (x: ParseProblem, key: string): string => String(x.params?.[key] ?? '');

const WHY = { no_numbers: 'report-view.not_a_report.no_numbers', numbers_only: 'report-view.not_a_report.numbers_only', no_structure: 'report-view.not_a_report.no_structure' } as const;

export default defineMessages({
  problems: {
    not_a_report: (x, lang) => {
      return msg(lang, WHY[p(x, 'why') as keyof typeof WHY] ?? WHY.no_structure);
    },
  },
});
