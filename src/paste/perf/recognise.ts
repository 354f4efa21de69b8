// Which 绩效 table a title (or, for untitled blocks, a header row) announces, and the project a table is
// about (from its 项目名称 row or its title), so summaries can be matched with their 自评表.
import type { Table, TableKind } from '../../engine/table.ts';
import { headerKey } from './vocabulary.ts';

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

export function recognisePerfTitle(title: string): TableKind | null {
  const t = squash(title).replace(/^[《〈]|[》〉]$/g, '');
  if (t.length > 60 || /[。；]/.test(t)) return null;
  if (/自评(情况)?汇总表$/.test(t)) return 'P_SUMMARY';
  if (/(部门|单位)(（单位）)?整体(支出)?绩效(自评|评价)(自评)?表/.test(t)) return 'P_DEPT';
  if (/项目(支出)?绩效自评表$/.test(t)) return 'P_PROJECT';
  if (/(部门评价|第三方评价|绩效评价|评价指标体系)表$/.test(t)) return 'P_EVAL';
  return null;
}

/** Untitled summary tables (seed 001 prints one inside the 自评总报告 text) are known by their header. */
export function recognisePerfHeader(cells: readonly string[]): TableKind | null {
  const keys = new Set(cells.map(headerKey));
  const hasProject = cells.some((c) => /项目名称/.test(c));
  if (hasProject && keys.has('score') && (keys.has('execScore') || keys.has('budget') || keys.has('initial'))) {
    return 'P_SUMMARY';
  }
  return null;
}

/** Year prefix and form words stripped: “2023年医疗保险事业发展经费项目部门评价表” → “医疗保险事业发展经费”. */
export function projectNameFromTitle(title: string): string | null {
  const t = squash(title)
    .replace(/^\d{4}年(度)?/, '')
    .replace(/(项目)?(支出)?(部门评价|第三方评价|绩效评价|绩效自评)(报告|表)$/, '');
  return t === '' || /^项目/.test(t) ? null : t;
}

/** The project a P_PROJECT/P_EVAL table is about: its 项目名称 row, else its title. */
export function projectNameOf(table: Table): string | null {
  const labelCol = table.columns.findIndex((c) => c.key === 'info');
  for (const row of table.rows) {
    if (row.block !== 'info' || !/^项目名称/.test(squash(row.label))) continue;
    const text = labelCol >= 0 ? row.cells[labelCol]?.text ?? '' : '';
    const name = text.split(' | ')[0]?.trim();
    if (name) return name;
  }
  return projectNameFromTitle(table.title);
}

/** Loose project-name equality: spaces, quotes and trailing 项目/经费/资金 ignored; one may contain the other. */
export function sameProject(a: string, b: string): boolean {
  const norm = (s: string) =>
    squash(s).replace(/[“”"'‘’《》（）()]/g, '').replace(/^\d{4}年(度)?/, '').replace(/(项目|经费|资金)+$/, '');
  const x = norm(a);
  const y = norm(b);
  if (x === '' || y === '') return false;
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x)));
}
