// Reads the 三公 table (T09) in either shape: row form (江西: items as rows, 年初预算/全年预算/决算 columns, counts
// in rows r11–r20) or the 12-column form (武汉 budget c1–c6 then 决算 c7–c12; 上海 预算/决算 pairs per item).
import type { ParsedDocument } from '../../engine/document.ts';
import { ZERO } from '../../engine/decimal.ts';
import type { Table } from '../../engine/table.ts';
import { findRows, normLabel, rowValue, tablesOf, type Figure, type Lookup } from './lookup.ts';

export type SangongItem = 'total' | 'abroad' | 'car' | 'carBuy' | 'carRun' | 'reception';
export type SangongBasis = 'final' | 'initial' | 'full' | 'any';

const ROW_RE: Readonly<Record<SangongItem, RegExp>> = {
  total: /^(?:“?三公”?经费(?:支出)?|合计)$/,
  abroad: /^因公出国（境）费/,
  car: /^公务用车购置及运行(?:维护)?费/,
  carBuy: /^公务用车购置费?$/,
  carRun: /^公务用车运行(?:维护)?费/,
  reception: /^公务接待费/,
};
const HEADER_ITEM_RE: Readonly<Record<SangongItem, RegExp>> = {
  total: /合计/,
  abroad: /出国/,
  car: /小计|购置及运行/,
  carBuy: /购置费/,
  carRun: /运行(?:维护)?费/,
  reception: /接待/,
};
const ITEM_ORDER: readonly SangongItem[] = ['total', 'abroad', 'car', 'carBuy', 'carRun', 'reception'];

/** The 三公 item a subject names (“公务接待费支出” → reception); null for 外事/国内/国（境）外 sub-items. */
export function sangongItemOf(subj: string): SangongItem | null {
  if (/外事|外宾|国内接待|国（境）外接待/.test(subj)) return null;
  return /因公出国/.test(subj) ? 'abroad' : /购置及运行/.test(subj) ? 'car'
    : /公务用车购置/.test(subj) ? 'carBuy' : /公务用车运行/.test(subj) ? 'carRun' : /接待/.test(subj) ? 'reception'
      : /三公/.test(subj) ? 'total' : null;
}

const basisHeader = (b: SangongBasis) => (b === 'final' ? /决算/ : b === 'initial' ? /年初/ : b === 'full' ? /全年/ : /预算/);

export function sangongFigure(doc: ParsedDocument, item: SangongItem, basis: SangongBasis): Lookup {
  for (const t of tablesOf(doc, 'T09')) {
    const amountCols = t.columns.filter((c) => c.role === 'amount').length;
    const f = amountCols >= 10 ? confirmedWide(t, item, basis) : rowForm(t, item, basis);
    if (f) return f;
  }
  return null;
}

function rowForm(t: Table, item: SangongItem, basis: SangongBasis): Figure | null {
  const rows = findRows(t, ROW_RE[item]);
  if (rows.length === 0) return null;
  const header = basis === 'any' ? /预算/ : basisHeader(basis);
  return rowValue(t, rows[0]!, { header });
}

/** A wide-table figure is trusted only when the columns it read add up: 合计 = 出国 + 车 + 接待 in the same basis.
 *  Headers collapsed by the extraction shift columns by one, and then this identity fails. */
function confirmedWide(t: Table, item: SangongItem, basis: SangongBasis): Figure | null {
  const f = wide(t, item, basis);
  if (!f || f.binding) return f;
  const parts = (['total', 'abroad', 'car', 'reception'] as const).map((k) => wide(t, k, basis));
  const [total, ...rest] = parts;
  const sum = rest.reduce((acc, x) => (acc && x ? acc.plus(x.value) : null), total ? ZERO : null);
  const slack = parts.reduce((acc, x) => acc.plus(x?.half ?? ZERO), ZERO);
  const adds = total && sum && !parts.some((x) => x?.binding) && total.value.minus(sum).abs().lte(slack);
  return adds ? f : { ...f, binding: 'position' };
}

function wide(t: Table, item: SangongItem, basis: SangongBasis): Figure | null {
  const dataRows = t.rows.map((r, i) => ({ r, i })).filter(({ r }) => !r.flags?.includes('header')
    && r.cells.some((c) => c.value.kind === 'number'));
  const row = dataRows.find(({ r }) => /合计/.test(normLabel(r.label))) ?? dataRows[0];
  if (!row) return null;
  const wantBudget = basis !== 'final';
  const byHeader = t.columns.findIndex((c) => c.role === 'amount' && HEADER_ITEM_RE[item].test(c.header.replace(/\s/g, ''))
    && (wantBudget ? /预算/ : /决算/).test(c.header) && !(item === 'carBuy' && /运行/.test(c.header))
    && !(item === 'carRun' && /购置及/.test(c.header)));
  if (byHeader >= 0) return rowValue(t, row.i, { index: byHeader });
  // no item words in the headers: position. 上海 pairs 预算/决算 per item; 武汉 prints 预算 c1–c6 then 决算 c7–c12
  const k = ITEM_ORDER.indexOf(item);
  const amounts = t.columns.flatMap((c, i) => (c.role === 'amount' ? [{ c, i }] : []));
  const paired = /预算/.test(amounts[0]?.c.header ?? '') && /决算/.test(amounts[1]?.c.header ?? '');
  const pos = paired ? k * 2 + (wantBudget ? 0 : 1) : k + (wantBudget ? 0 : 6);
  const col = amounts[pos];
  const f = col ? rowValue(t, row.i, { index: col.i }) : null;
  return f ? { ...f, binding: 'position' } : null;
}

export type SangongCount = 'groups' | 'groupPersons' | 'carsBought' | 'carsHeld' | 'receptions' | 'receptionPersons'
  | 'foreignReceptions' | 'foreignPersons';

const COUNT_RE: Readonly<Record<SangongCount, RegExp>> = {
  groups: /^因公出国（境）团组数/,
  groupPersons: /^因公出国（境）人次数/,
  carsBought: /^公务用车购置数/,
  carsHeld: /^公务用车保有量/,
  receptions: /^国内公务接待批次/,
  receptionPersons: /^国内公务接待人次/,
  foreignReceptions: /^外事接待批次/,
  foreignPersons: /^外事接待人次/,
};

/** A count of the row-form table (决算 column). */
export function sangongCount(doc: ParsedDocument, key: SangongCount): Lookup {
  for (const t of tablesOf(doc, 'T09')) {
    const rows = findRows(t, COUNT_RE[key]);
    if (rows.length !== 1) continue;
    const byHeader = rowValue(t, rows[0]!, { header: /决算/ });
    if (byHeader) return byHeader;
    // no 决算 header: the row's first amount, a column chosen by order
    const first = rowValue(t, rows[0]!);
    return first ? { ...first, binding: 'position' } : null;
  }
  return null;
}
