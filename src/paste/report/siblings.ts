// Bounds from tables already parsed in the same document, used to place lone values in collapsed rows:
// a T02 income column whose source is blank in T01 is zero; T05/T07/T08 expenditure ≤ the same code's T03 column;
// T07 年初/本年收入 ≤ T04's 基金 rows. These are the domain's cross-table identities read as upper bounds.
import { Decimal } from '../../engine/decimal.ts';
import type { Row, Table } from '../../engine/table.ts';
import { columnByColNo } from '../../engine/table.ts';
import { numericOrZero } from '../../engine/amount.ts';

export type Bound = (code: string | null, colNo: number) => Decimal | null;

function cell(table: Table, row: Row | undefined, colNo: number): Decimal | null {
  if (!row) return null;
  const i = columnByColNo(table, colNo);
  return i < 0 ? null : numericOrZero(row.cells[i]!.value);
}

const byLine = (t: Table, pane: number, lineNo: number) => t.rows.find((r) => r.pane === pane && r.lineNo === lineNo);
const byCode = (t: Table, code: string | null) => (code ? t.rows.find((r) => r.code === code) : undefined);

// T02 column ← T01 income 行次 (c2 财政拨款 = r1+r2+r3; c3..c7 = r4..r8).
const T02_FROM_T01: Readonly<Record<number, readonly number[]>> = { 2: [1, 2, 3], 3: [4], 4: [5], 5: [6], 6: [7], 7: [8] };
// expenditure column of a kind → T03 column of the same code (基本 c2, 项目 c3).
const TO_T03: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  T05: { 2: 2, 3: 3 }, T07: { 4: 2, 5: 3 }, 'T08.EXP': { 2: 2, 3: 3 }, 'T08.INOUT': { 4: 2, 5: 3 },
};

export function siblingBound(spec: string, tables: readonly Table[]): Bound | undefined {
  const t01 = tables.find((t) => t.kind === 'T01' && t.layout !== 'T01.C');
  const t03 = tables.find((t) => t.kind === 'T03');
  const t04 = tables.find((t) => t.kind === 'T04' && t.layout !== 'T04.C');
  if (spec === 'T02' && t01) {
    return (_code, colNo) => {
      const lines = T02_FROM_T01[colNo];
      if (!lines) return null;
      let total: Decimal | null = null;
      for (const n of lines) {
        const v = cell(t01, byLine(t01, 0, n), 1);
        if (v) total = (total ?? new Decimal(0)).plus(v);
      }
      return total;
    };
  }
  const map = TO_T03[spec];
  if (!map) return undefined;
  return (code, colNo) => {
    if (spec === 'T07' && t04) {
      if (colNo === 1) return cell(t04, byLine(t04, 0, 30), 1);
      if (colNo === 2) return cell(t04, byLine(t04, 0, 2), 1);
    }
    const c = map[colNo];
    return c && t03 ? cell(t03, byCode(t03, code), c) : null;
  };
}
