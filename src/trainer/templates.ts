// Blank standard tables for trainer mode: every table kind and layout variant, built from templates.json
// (labels, 科目 codes, 行次 and the form's fixed marks filled in, amounts empty).
import { colNo, makeCell, TABLE_KIND_NAMES, type Column, type Row, type Table, type TableKind } from '../engine/table.ts';
import data from './templates.json';
import type { ColumnSpec, RowDirective, TemplateCheck, TemplateFile, TemplateSpec } from './template-data.ts';

const FILE = data as unknown as TemplateFile;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The picker's groups: 部门决算 tables (T01–T10), 部门预算 tables (B01–B14) and 绩效 tables (P_*). */
export type TemplateGroup = 'final' | 'budget' | 'perf';

export const TEMPLATE_GROUPS: readonly TemplateGroup[] = ['final', 'budget', 'perf'];

export function templateGroup(kind: TableKind): TemplateGroup {
  if (kind.startsWith('P_')) return 'perf';
  return kind.startsWith('B') ? 'budget' : 'final';
}

export interface TemplateInfo {
  readonly id: string;
  readonly kind: TableKind;
  readonly group: TemplateGroup;
  readonly layout: string | null;
  /** the table's standard name (收入支出决算总表) */
  readonly title: string;
  /** what this template shows of the kind: its layout variant, 行次 and column groups */
  readonly variant: string;
}

/** Template ids in catalogue order (T01.A … P_PROJECT). */
export const TEMPLATE_IDS: readonly string[] = FILE.templates.map((t) => t.id);

export function listTemplates(): TemplateInfo[] {
  return FILE.templates.map((t) => ({
    id: t.id, kind: t.kind, group: templateGroup(t.kind), layout: t.layout, title: TABLE_KIND_NAMES[t.kind], variant: t.variant,
  }));
}

/** 一、二、… 二十六、 as printed before the class names of T01/T04. */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return NUMERALS[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : NUMERALS[tens - 1]!) + '十' + (ones ? NUMERALS[ones - 1]! : '');
}

function specOf(kind: TableKind, layout?: string | null): TemplateSpec {
  const byLayout = FILE.templates.filter((t) => t.kind === kind && (layout == null || t.layout === layout || t.id === layout));
  const spec = byLayout.length === 1 ? byLayout[0] : byLayout.find((t) => t.id === layout);
  if (!spec) throw new Error(`no template for ${kind} ${layout ?? ''}: one of ${TEMPLATE_IDS.join(', ')}`);
  return spec;
}

function columnsOf(spec: TemplateSpec): Column[] {
  const parts = typeof spec.columns === 'string' ? [spec.columns] : spec.columns;
  const specs: ColumnSpec[] = parts.flatMap((p) => (typeof p === 'string' ? FILE.columns[p] ?? [] : [p]));
  return specs.map((c) => ({
    key: c.key, header: c.header, role: c.role, colNo: c.colNo === undefined ? null : colNo(c.colNo),
    ...(c.pane === undefined ? {} : { pane: c.pane }),
  }));
}

/** Template row before 行次 are assigned; `aliases` lets fillTemplate match a province's wording. */
export interface TemplateRow extends Row {
  readonly aliases?: readonly string[];
}

function expand(d: RowDirective, columns: readonly Column[], pane: number | undefined, prev: { group: readonly string[] }): TemplateRow[] {
  const cells = (fixed?: Readonly<Record<string, string>>, label = '', code = '') => columns.map((c) => {
    if (c.role === 'label') return makeCell(label);
    if (c.role === 'code') return makeCell(code);
    return makeCell(fixed?.[c.key] ?? '');
  });
  const base = { lineNo: null, ...(pane === undefined ? {} : { pane }), ...(d.block ? { block: d.block } : {}) };
  if ('list' in d) {
    const list = FILE.lists[d.list];
    if (!list) throw new Error(`templates.json: unknown list ${d.list}`);
    return list.map(([code, name], i) => {
      const label = d.style === 'numbered' ? `${chineseOrdinal(i + 1)}、${name}` : name;
      const coded = d.style === 'coded' ? code : '';
      return { ...base, code: coded || null, label, cells: cells(d.cells, label, coded) };
    });
  }
  if ('blank' in d) return Array.from({ length: d.blank }, () => ({ ...base, code: null, label: '', cells: cells(d.cells) }));
  if ('slot' in d) {
    return Array.from({ length: d.slot }, (_, i) => {
      // 一级/二级 labels are printed on a group's first row only, as on the paper form
      const fixed: Record<string, string> = { ...d.cells };
      if (i === 0 && prev.group[0] !== d.group[0]) fixed['l1'] = d.group[0] ?? '';
      if (i === 0 && prev.group[1] !== d.group[1]) fixed['l2'] = d.group[1] ?? '';
      if (i === d.slot - 1) prev.group = d.group;
      return { ...base, code: null, label: '', group: d.group, cells: cells(fixed) };
    });
  }
  const code = d.code ?? '';
  return [{
    ...base, code: code || null, label: d.label, cells: cells(d.cells, d.label, code),
    ...(d.flag ? { flags: [d.flag] } : {}), ...(d.aliases ? { aliases: d.aliases } : {}),
  }];
}

function rowsOf(spec: TemplateSpec, columns: readonly Column[]): TemplateRow[] {
  const prev = { group: [] as readonly string[] };
  const rows = spec.panes
    ? spec.panes.flatMap((pane, p) => pane.flatMap((d) => expand(d, columns, p, prev)))
    : (spec.rows ?? []).flatMap((d) => expand(d, columns, undefined, prev));
  if (!spec.lineNumbers) return rows;
  const at = columns.findIndex((c) => c.role === 'lineNo');
  return rows.map((r, i) => {
    const cells = r.cells.slice();
    if (at >= 0) cells[at] = makeCell(String(i + 1));
    return { ...r, lineNo: i + 1, cells };
  });
}

/** A blank standard table of `kind`; `layout` picks the variant (e.g. "T01.A", "T09.W") where a kind has several. */
export function blankTemplate(kind: TableKind, layout?: string | null): Table {
  const spec = specOf(kind, layout);
  const columns = columnsOf(spec);
  return {
    id: spec.id, kind: spec.kind, layout: spec.layout, title: TABLE_KIND_NAMES[spec.kind], unit: '万元', year: null,
    department: null, columns, rows: rowsOf(spec, columns), notes: spec.notes ?? [],
  };
}

/** The blank template with this id (one of TEMPLATE_IDS). */
export function templateById(id: string): Table {
  const spec = FILE.templates.find((t) => t.id === id);
  if (!spec) throw new Error(`no template ${id}`);
  return blankTemplate(spec.kind, spec.id);
}

/** Checks a kind runs outside the rule packs (绩效), as listed in templates.json. */
export function templateChecks(kind: TableKind): readonly TemplateCheck[] {
  return FILE.templates.find((t) => t.kind === kind && t.checks)?.checks ?? [];
}
