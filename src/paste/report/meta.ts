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

/** Document heading such as “赣州市医疗保障局 2023 年度部门决算”, “2020 年度江岸区医保局部门决算”, a budget's
 *  “江苏省政协办公厅 2018 年度部门预算公开” (单位决算/单位预算 too) or a 绩效
 *  report's “2021 年度绩效自评报告”; `title` is the heading with its spaces removed. */
export function readDocumentHeading(text: string): (Meta & { title: string }) | null {
  const t = text.replace(/[\s\u3000]+/g, '');
  const a = /^(.{2,30}?)(20\d{2})年度?(?:部门|单位)(?:决算|预算)(?:公开)?$/.exec(t);
  if (a) return { unit: null, year: Number.parseInt(a[2]!, 10), department: a[1]!, title: t };
  const b = /^(20\d{2})年度?(.{2,30}?)(?:部门|单位)(?:决算|预算)(?:公开)?$/.exec(t);
  if (b) return { unit: null, year: Number.parseInt(b[1]!, 10), department: b[2]!, title: t };
  const c = /^(20\d{2})年度?(.{0,30}?)(?:部门整体)?(?:支出)?绩效自评(?:价)?报告$/.exec(t);
  if (c) return { unit: null, year: Number.parseInt(c[1]!, 10), department: c[2] || null, title: t };
  return null;
}

// provenance lines of copied documents (test/fixtures/corpus) and the lines a title never spans
const PROVENANCE_RE = /^\s*(?:SOURCE|NOTE)[:：]/;
const NOT_TITLE_RE = /^\s*(?:目\s*录|第[一二三四五六七八九十]+部分)/;
const MAX_TITLE_LINES = 6; // vertical cover text: “2021 年度绩效 / 自 / 评 / 报 / 告”

/** The heading in the first lines: a title printed over several lines (“上海市普陀区财政局⏎2024年度部门决算”) is joined. */
export function findDocumentHeading(lines: readonly string[]): (Meta & { title: string }) | null {
  const text = lines.filter((l) => l.trim() !== '' && !PROVENANCE_RE.test(l));
  for (let i = 0; i < text.length; i++) {
    if (NOT_TITLE_RE.test(text[i]!)) continue;
    let joined = '';
    for (let k = i; k < Math.min(text.length, i + MAX_TITLE_LINES) && !NOT_TITLE_RE.test(text[k]!); k++) {
      joined += text[k]!;
      const h = readDocumentHeading(joined);
      if (h) return h;
    }
  }
  return null;
}

const PART_ONE_RE = /^第一部分(.{2,40}?)(?:部门)?概况$/;
const PART_YEAR_RE = /^\s*第[一二三四五六七八九十]+部分.{0,30}?(20\d{2})\s*年度/;

/** “第二部分 2021 年度市本级部门决算表”: the year the part headings name (the first one). */
export function yearOfPartHeadings(lines: readonly string[]): number | null {
  for (const l of lines) {
    const m = PART_YEAR_RE.exec(l);
    if (m) return Number.parseInt(m[1]!, 10);
  }
  return null;
}

/** “第一部分 上海市普陀区财政局概况” (possibly wrapped over 3 lines) names the department when no heading does. */
export function departmentOfPartOne(lines: readonly string[]): string | null {
  const text = lines.filter((l) => l.trim() !== '').map((l) => l.replace(/[\s\u3000]+/g, ''));
  for (let i = 0; i < text.length; i++) {
    if (!text[i]!.startsWith('第一部分')) continue;
    const m = PART_ONE_RE.exec(text.slice(i, i + 3).join('').replace(/概况.*$/, '概况'));
    if (m && !/^(?:部门|单位)$/.test(m[1]!)) return m[1]!;
  }
  return null;
}

/** A budget 说明 without a cover heading names its department where it states the totals (“填列。江苏省政协办公厅
 *  2019 年度收入、支出预算总计…”): the words after the sentence before, up to the year. */
export function departmentOfBudgetTotal(text: string): string | null {
  const t = text.replace(/[\s\u3000]+/g, '');
  const m = /[。：:]([^。：:，,；;、\d（）()]{2,30}?)20\d{2}年度?(?:部门)?收入、?支出预算总计/.exec(t);
  return m ? m[1]! : null;
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
