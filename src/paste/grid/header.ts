// Finds the parts of a raw grid above the data: title/unit/department/year lines, the header rows and the
// 栏次 row (`栏次 1 2 3`, `类 款 项 1 2 … 7`, `栏 次 ⇥⇥ 1 ⇥ 栏 次 ⇥⇥ 2`) that numbers the amount columns.
import type { Unit } from '../../engine/table.ts';
import { parseAmount } from '../../engine/amount.ts';
import { isCodeText, splitCodeName } from './codes.ts';

const HEADER_WORD = /^(?:栏次|行次|类|款|项|类款项|项目|科目编码|科目名称|编码|名称|功能分类科目编码|支出功能分类科目编码|经济分类科目编码)$/;
const META_LINE = /^(?:(?:金额)?单位|部门|编制单位|填报单位|单位名称)[:：]|^\d{4}\s*年度?$|^(?:公开\s*\d+\s*表|表\s*\d+|附表\s*\d+)$|表[)）]?$/;
const TABLE_NO = /^(?:公开\d+表|表\d+|附表\d+|[(（]表\d+[)）])$/;
export const MAX_HEADER_ROWS = 8;

export interface HeaderInfo {
  /** context lines above the header (title, 公开NN表, 部门, 单位, 年度) */
  readonly metaLines: string[];
  /** grid row indices of the header rows (including the 栏次 row) */
  readonly headerRows: number[];
  /** index of the 栏次 row, or -1 */
  readonly colNoRow: number;
  /** printed 栏 number per grid column (from the 栏次 row), or null */
  readonly colNos: (number | null)[];
  /** first data row */
  readonly dataStart: number;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

function nonEmpty(row: readonly string[]): string[] {
  return row.filter((c) => c.trim() !== '');
}

function hasNumber(row: readonly string[]): boolean {
  return row.some((c) => {
    const v = parseAmount(c);
    return v.kind === 'number' || v.kind === 'percent';
  });
}

function isMetaRow(row: readonly string[]): boolean {
  const cells = nonEmpty(row);
  if (cells.length === 0) return true;
  if (hasNumber(cells)) return false;
  if (cells.length === 1) return !HEADER_WORD.test(squash(cells[0]!)) && !isCodeText(cells[0]!.trim());
  return cells.every((c) => META_LINE.test(c.trim()));
}

/** Printed 栏 numbers of a 栏次 row (consecutive from 1, left to right, besides header words), or null. */
export function readColNoRow(row: readonly string[]): (number | null)[] | null {
  const out: (number | null)[] = row.map(() => null);
  let expected = 1;
  let words = 0;
  for (let j = 0; j < row.length; j++) {
    const t = squash(row[j]!);
    if (t === '') continue;
    if (/^\d{1,2}$/.test(t)) {
      if (Number.parseInt(t, 10) !== expected) return null; // a small printed index, not an amount
      out[j] = expected++;
    } else if (HEADER_WORD.test(t)) words++;
    else return null;
  }
  const count = expected - 1;
  return count >= 2 || (count === 1 && words > 0) ? out : null;
}

function isDataRow(row: readonly string[]): boolean {
  return hasNumber(row) || row.some((c) => isCodeText(c.trim()) || splitCodeName(c.trim()) !== null);
}

export function findHeader(rows: readonly (readonly string[])[]): HeaderInfo {
  const metaLines: string[] = [];
  let i = 0;
  while (i < rows.length && isMetaRow(rows[i]!)) {
    for (const c of nonEmpty(rows[i]!)) metaLines.push(c.trim());
    i++;
  }
  const headerRows: number[] = [];
  let colNoRow = -1;
  let colNos: (number | null)[] = [];
  for (let k = i; k < rows.length && k < i + MAX_HEADER_ROWS; k++) {
    const nums = readColNoRow(rows[k]!);
    if (nums) {
      for (let h = i; h <= k; h++) headerRows.push(h);
      colNoRow = k;
      colNos = nums;
      break;
    }
  }
  let dataStart: number;
  if (colNoRow >= 0) dataStart = colNoRow + 1;
  else {
    let k = i;
    while (k < rows.length && k < i + MAX_HEADER_ROWS && !isDataRow(rows[k]!)) headerRows.push(k++);
    // no numbers or codes anywhere (a text table): only its first row is the header
    if (k >= rows.length || k === i + MAX_HEADER_ROWS) {
      headerRows.length = 0;
      k = i;
      if (rows.length - i > 1) headerRows.push(k++);
    }
    dataStart = k;
  }
  return { metaLines, headerRows, colNoRow, colNos, dataStart };
}

export interface TableMeta {
  readonly title: string;
  /** printed table number line such as "公开 02 表" or "表2", or null */
  readonly tableNo: string | null;
  readonly unit: Unit | null;
  readonly year: number | null;
  readonly department: string | null;
}

export function readMeta(lines: readonly string[]): TableMeta {
  let title = '';
  let tableNo: string | null = null;
  let unit: Unit | null = null;
  let year: number | null = null;
  let department: string | null = null;
  for (const raw of lines) {
    const l = raw.trim();
    const u = /单位[:：]\s*(万元|亿元|元)/.exec(l);
    if (u && !unit) unit = u[1] as Unit;
    const d = /(?:^部门|编制单位|填报单位|单位名称)[:：]\s*([^\s:：]+)/.exec(l);
    if (d && !department) department = d[1]!;
    const y = /(20\d{2}|19\d{2})\s*年/.exec(l);
    if (y && year === null) year = Number.parseInt(y[1]!, 10); // a four-digit year, not an amount
    if (TABLE_NO.test(squash(l))) tableNo ??= l;
    else if (!u && !d && /表/.test(l) && l.length <= 60 && squash(l).length > squash(title).length) title = l;
  }
  return { title: title || tableNo || '', tableNo, unit, year, department };
}

/** The header found in the first rows: as many as findHeader can look at from where it stops (all rows at most). */
export function headerOf(rowAt: (i: number) => readonly string[], n: number): HeaderInfo {
  for (let p = Math.min(n, 64); ; p = Math.min(n, p * 4)) {
    const head = findHeader(Array.from({ length: p }, (_, i) => rowAt(i)));
    // every row findHeader read lies below dataStart + MAX_HEADER_ROWS: more rows would not change its answer
    if (p === n || head.dataStart + MAX_HEADER_ROWS < p) return head;
  }
}
