// Unit, year and department printed around a table (金额单位：万元, 编制单位：…, 部门：…, 2023 年度) and for the
// whole document (its first heading, or what most tables say).
import type { Table, Unit } from '../../engine/table.ts';
import type { ParseProblem } from '../../engine/document.ts';

export interface Meta {
  unit: Unit | null;
  year: number | null;
  department: string | null;
}

const UNIT_RE = /(?:金额)?单位[:：]\s*(万元|亿元|元)(?![^\s，,。]*[台辆套])/;
const DEPT_RE = /(?:编制单位|部门|单位名称|主管部门)[:：]\s*([^\s:：\t]{2,40}?)(?=\s|\t|$|\d{4}\s*年)/;
const YEAR_RE = /(20\d{2})\s*年度/;

export function emptyMeta(): Meta {
  return { unit: null, year: null, department: null };
}

/** Fill what a header line says into meta (first value wins). */
export function readMetaLine(meta: Meta, text: string): void {
  const t = text.replace(/[\u3000\u00a0]/g, ' ');
  if (meta.unit === null) {
    const u = UNIT_RE.exec(t);
    if (u) meta.unit = u[1] as Unit;
  }
  if (meta.department === null) {
    const d = DEPT_RE.exec(t);
    if (d && !/^(万元|元|亿元)$/.test(d[1]!)) meta.department = d[1]!;
  }
  if (meta.year === null) {
    const y = YEAR_RE.exec(t);
    if (y) meta.year = Number.parseInt(y[1]!, 10);
  }
}

/** Document heading such as “赣州市医疗保障局 2023 年度部门决算” or “2020 年度江岸区医保局部门决算”. */
export function readDocumentHeading(text: string): Meta | null {
  const t = text.replace(/[\s\u3000]+/g, '');
  const a = /^(.{2,30}?)(20\d{2})年度?部门决算$/.exec(t);
  if (a) return { unit: null, year: Number.parseInt(a[2]!, 10), department: a[1]! };
  const b = /^(20\d{2})年度?(.{2,30}?)部门决算$/.exec(t);
  if (b) return { unit: null, year: Number.parseInt(b[1]!, 10), department: b[2]! };
  return null;
}

function mostCommon<T>(values: readonly (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) { best = v; n = c; }
  return best;
}

const FISCAL = /^T(0[1-9]|10)$/;

/** Document meta from its heading and tables; `mixed_units` when the money tables disagree. */
export function documentMeta(heading: Meta | null, tables: readonly Table[]): { meta: Meta; problems: ParseProblem[] } {
  const fiscal = tables.filter((t) => FISCAL.test(t.kind));
  const units = fiscal.map((t) => t.unit).filter((u): u is Unit => u !== null);
  const problems: ParseProblem[] = [];
  const distinct = [...new Set(units)];
  if (distinct.length > 1) {
    problems.push({ code: 'mixed_units', severity: 'warning', params: { units: distinct.join('/') } });
  }
  return {
    meta: {
      unit: mostCommon(units),
      year: heading?.year ?? mostCommon(fiscal.map((t) => t.year)) ?? mostCommon(tables.map((t) => t.year)),
      department: heading?.department ?? mostCommon(fiscal.map((t) => t.department)) ?? mostCommon(tables.map((t) => t.department)),
    },
    problems,
  };
}
