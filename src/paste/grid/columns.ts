// Classifies the columns of a raw grid by 栏次, header words and content (code / name / 行次 / amount / text) and
// groups them into panes: a two-pane 收入|支出 table or the three-pane 基本支出表 repeats name→amount runs.
import { parseAmount } from '../../engine/amount.ts';
import { isCodeText, splitCodeName } from './codes.ts';

export type GridColumnRole = 'desc' | 'lineNo' | 'amount' | 'text' | 'skip';

export interface GridColumn {
  /** index in the raw grid row */
  readonly index: number;
  readonly role: GridColumnRole;
  readonly header: string;
  readonly colNo: number | null;
  readonly pane: number;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
const CODE_HEADER = /编码|代码|^类$|^款$|^项$|科目|分类|经济分/;

interface Stats { nonEmpty: number; code: number; numeric: number; decimal: number }

// a column's role shows in its first few thousand rows; reading all of a 50 MB paste twice would not pay
export const STATS_ROWS = 4000;

function columnStats(rows: readonly (readonly string[])[], j: number): Stats {
  const s: Stats = { nonEmpty: 0, code: 0, numeric: 0, decimal: 0 };
  const n = Math.min(rows.length, STATS_ROWS);
  for (let i = 0; i < n; i++) {
    const t = (rows[i]![j] ?? '').trim();
    if (t === '') continue;
    s.nonEmpty++;
    if (isCodeText(t) || splitCodeName(t)) s.code++;
    const v = parseAmount(t);
    if (v.kind === 'number' || v.kind === 'percent' || v.kind === 'placeholder') s.numeric++;
    if ((v.kind === 'number' || v.kind === 'percent') && (v.decimals > 0 || t.includes(','))) s.decimal++;
  }
  return s;
}

function isTextColumn(s: Stats): boolean {
  return s.nonEmpty > 0 && s.numeric + s.code < 0.5 * s.nonEmpty;
}

function baseRole(header: string, colNo: number | null, s: Stats, amountSeen: boolean, next: Stats | null): GridColumnRole {
  if (colNo !== null) return 'amount';
  const h = squash(header);
  // “栏次” over the 行次 column (printed so in some 三公 tables, with 行次 under it in the 栏次 row)
  if (/行次/.test(h) || h === '栏次') return 'lineNo';
  if (/^(?:类|款|项)$/.test(h) && s.decimal === 0) return 'desc'; // 款/项 parts ("05") are numbers to parseAmount
  if (s.nonEmpty === 0) {
    if (h === '') return 'skip';
    return amountSeen && !CODE_HEADER.test(h) ? 'amount' : 'desc';
  }
  // codes are integers too: a code column is told apart by its header, its place, or the name column beside it
  if (s.code >= 0.5 * s.nonEmpty && s.decimal === 0 && (CODE_HEADER.test(h) || !amountSeen || (next !== null && isTextColumn(next)))) return 'desc';
  if (s.numeric >= 0.5 * s.nonEmpty) return 'amount';
  return 'desc';
}

export function classifyColumns(
  headers: readonly string[],
  colNos: readonly (number | null)[],
  dataRows: readonly (readonly string[])[],
): GridColumn[] {
  const width = headers.length;
  const roles: GridColumnRole[] = [];
  let amountSeen = false;
  const stats = Array.from({ length: width }, (_, j) => columnStats(dataRows, j));
  for (let j = 0; j < width; j++) {
    const role = baseRole(headers[j] ?? '', colNos[j] ?? null, stats[j]!, amountSeen, stats[j + 1] ?? null);
    if (role === 'amount') amountSeen = true;
    roles.push(role);
  }
  // a table without amounts (a 单位 list, a text 指标 table): its first name column is the label and every
  // later column keeps its own header and cells instead of being glued into that label
  if (!roles.some((r) => r === 'amount' || r === 'lineNo')) {
    let named = false;
    roles.forEach((r, j) => {
      if (r !== 'desc') return;
      if (named) roles[j] = 'text';
      else if (stats[j]!.code < 0.5 * stats[j]!.nonEmpty) named = true;
    });
  }
  // a descriptor after amounts starts a new pane only when amounts follow it; otherwise it is a trailing text column
  const out: GridColumn[] = [];
  let pane = 0;
  let valueSeen = false;
  for (let j = 0; j < width; j++) {
    let role = roles[j]!;
    if (role === 'desc' && valueSeen) {
      const moreValues = roles.slice(j + 1).some((r) => r === 'amount');
      if (moreValues && roles[j - 1] !== 'desc') { pane++; valueSeen = false; }
      else if (!moreValues) role = 'text';
    }
    if (role === 'amount' || role === 'lineNo') valueSeen = true;
    out.push({ index: j, role, header: headers[j] ?? '', colNo: colNos[j] ?? null, pane });
  }
  return out;
}
