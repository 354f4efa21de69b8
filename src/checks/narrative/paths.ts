// 科目 paths stated in the 说明 (“一般公共服务支出（类）财政事务（款）行政运行（项）”, “人大事务（款）行政运行（项）”,
// a 7-digit code) and the table row they name. The key is the path as stated, so two different paths are two
// indicators and never compared with each other; the binding says whether the table confirms the whole path.
import type { ParsedDocument } from '../../engine/document.ts';
import type { Table } from '../../engine/table.ts';
import { normLabel, rowTrusted, rowValue, tablesOf, type ColumnPick, type Lookup } from './lookup.ts';
import type { Binding } from './model.ts';

export interface StatedPath {
  readonly cls?: string;
  readonly kuan?: string;
  readonly xiang?: string;
  /** a 科目 code printed with the names (3, 5 or 7 digits) */
  readonly code?: string;
}

const LEVEL_RE = /([^（）：，。；、“”"]+?)（(类|款|项)）/g;
const CODE_RE = /(?:^|[^\d])(\d{3}(?:\d{2}){0,2})(?![\d.])/;

/** The path named in a text (a clause or a paragraph heading), or null when it names no 类/款/项. */
export function parsePath(text: string): StatedPath | null {
  const t = normLabel(text).replace(/\(/g, '（').replace(/\)/g, '）');
  const out: { cls?: string; kuan?: string; xiang?: string } = {};
  for (const m of t.matchAll(LEVEL_RE)) {
    const name = m[1]!.replace(/^(?:其中|主要用于|主要是)[：]?/, '');
    if (m[2] === '类') out.cls ??= name; else if (m[2] === '款') out.kuan ??= name; else out.xiang ??= name;
  }
  if (!out.cls && !out.kuan && !out.xiang) return null;
  const code = CODE_RE.exec(t)?.[1];
  return code ? { ...out, code } : out;
}

const keyName = (n: string | undefined) => (n ?? '').replace(/支出$/, '');
/** The indicator key of a path: the code, else the names as stated (“支出” endings ignored). */
/** The path's last （类/款/项） is followed by nothing but 支出/决算/为 up to the number or the clause's end: no
 *  further, unmarked level (“…（款）机关事业单位基本养老 161.62”) hides between the path and the number. */
export function pathIsClosed(text: string): boolean {
  const rest = text.slice(text.lastIndexOf('）') + 1).split(/[。，；：]/)[0]!.replace(/\s/g, '');
  return /^(?:支出)?(?:决算数?|合计|共计|累计)?(?:为|是|达)?$/.test(rest);
}

export const pathKey = (p: StatedPath): string => p.code ?? `${keyName(p.cls)}/${keyName(p.kuan)}/${keyName(p.xiang)}`;

/** Same name, or one a prefix of the other (a wrapped or truncated cell, or “卫生健康” for “卫生健康支出”). */
export function sameName(printed: string, stated: string): boolean {
  const a = normLabel(printed).replace(/（.*?）$/, '');
  const b = normLabel(stated);
  return a === b || (a.length >= 4 && b.startsWith(a)) || (b.length >= 4 && a.startsWith(b));
}

const depth = (p: StatedPath): 3 | 5 | 7 => (p.xiang ? 7 : p.kuan ? 5 : 3);

/** Table rows at the path's deepest level whose names agree with every level the path states. */
function matchRows(t: Table, p: StatedPath): { rows: number[]; full: boolean } {
  const len = depth(p);
  const byCode = new Map(t.rows.map((r) => [r.code ?? '', r.label]));
  const deepest = (p.xiang ?? p.kuan ?? p.cls)!;
  // 类 rows of a table printed without codes (上海 T04 “一、一般公共服务支出”) match by name
  const atLevel = (code: string | null | undefined) => (code ?? '').length === len || (len === 3 && !code);
  const named = t.rows.flatMap((r, i) => (atLevel(r.code) && !r.flags?.includes('header') && r.label.trim() !== ''
    && sameName(r.label, deepest) ? [i] : []));
  const agrees = (i: number, n: number, name: string | undefined) =>
    name === undefined || sameName(byCode.get(t.rows[i]!.code!.slice(0, n)) ?? '', name);
  const chained = named.filter((i) => agrees(i, 3, len > 3 ? p.cls : undefined) && agrees(i, 5, len > 5 ? p.kuan : undefined));
  return chained.length > 0 ? { rows: chained, full: true } : { rows: named, full: false };
}

/** The figure of a stated path in the first table of the kinds that has it, with how the row was bound. */
export function pathFigure(d: ParsedDocument, kinds: readonly string[], p: StatedPath, pick?: ColumnPick): { fig: Lookup; binding: Binding } {
  for (const kind of kinds) {
    for (const table of tablesOf(d, kind as never)) {
      if (p.code) {
        const rows = table.rows.flatMap((r, i) => (r.code === p.code && rowTrusted(table, i) ? [i] : []));
        if (rows.length === 1) return { fig: rowValue(table, rows[0]!, pick), binding: 'code' };
      }
      const { rows, full } = matchRows(table, p);
      const trusted = rows.filter((i) => rowTrusted(table, i));
      if (trusted.length > 1) return { fig: 'ambiguous', binding: 'position' };
      if (trusted.length === 1) {
        // the whole path stated and confirmed by the table's code chain; a lone name or a chain the table
        // contradicts (“行政事业单位离退休（类）” for a 款) is only a guess
        const complete = depth(p) === 3 || (depth(p) === 5 ? p.cls !== undefined : p.cls !== undefined && p.kuan !== undefined);
        return { fig: rowValue(table, trusted[0]!, pick), binding: full && complete ? 'path' : 'position' };
      }
    }
  }
  return { fig: null, binding: 'position' };
}
