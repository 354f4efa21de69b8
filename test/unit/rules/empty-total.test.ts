// total_row_empty: a printed 合计/类/款 row left blank while the rows under it carry amounts (财政局 2024 表3).
import { expect, test } from 'vitest';
import type { Table } from '../../../src/engine/table.ts';
import { checkEmptyTotals } from '../../../src/rules/special/empty-total.ts';
import { describeFinding } from '../../../src/ui/messages/index.ts';
import { CZJ_T03, CZJ_T06, CZJ_TABLES } from './fixtures.ts';
import { doc, withCell } from './helpers.ts';

const blank = (t: Table, key: string, cols: number[]) => cols.reduce((x, c) => withCell(x, key, c, ''), t);
const flag = (t: Table, code: string): Table =>
  ({ ...t, rows: t.rows.map((r) => (r.code === code ? { ...r, flags: ['column_ambiguous' as const] } : r)) });

test('the real report has no blank total rows', () => {
  expect(checkEmptyTotals(doc(CZJ_TABLES))).toEqual([]);
});

test('a 类 row with every amount blank under 款 rows with amounts: an error naming its cells that should hold the sums', () => {
  const f = checkEmptyTotals(doc([blank(CZJ_T03, '201', [1, 2, 3])]));
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ code: 'total_row_empty', severity: 'error', table: 'T03', location: { code: '201', colNo: 1 } });
  expect(f[0]!.cells.filter((c) => c.code === '201').map((c) => c.colNo)).toEqual([1, 2, 3]); // the columns its parts fill
  expect(describeFinding(f[0]!, 'zh')).toBe('「201 一般公共服务支出」行的金额栏为空，但其下 1 行有数：合计数漏填');
});

test('a blank 合计 row with class rows that have amounts', () => {
  const f = checkEmptyTotals(doc([blank(CZJ_T03, '合计', [1, 2, 3])]));
  expect(f.map((x) => [x.code, x.severity, x.location?.label])).toEqual([['total_row_empty', 'error', '合计']]);
  expect(f[0]!.params).toMatchObject({ parts: 4 });
});

test('a row that is partly filled, or whose parts are blank too, is left to the identities', () => {
  expect(checkEmptyTotals(doc([blank(CZJ_T03, '201', [1, 2])]))).toEqual([]); // 3栏 still printed
  const whole = ['201', '20106', '2010601', '2010602', '2010607', '2010608'].reduce((t, k) => blank(t, k, [1, 2, 3]), CZJ_T03);
  expect(checkEmptyTotals(doc([whole])).filter((x) => x.location?.code?.startsWith('201'))).toEqual([]);
});

test('when a part was placed in its columns by inference, the finding is a warning that says so', () => {
  const f = checkEmptyTotals(doc([flag(blank(CZJ_T03, '208', [1, 2]), '20805')]));
  expect(f.map((x) => [x.severity, x.params?.unconfirmed])).toEqual([['warning', 'column_placement']]);
});

test('economic codes (表6): a blank 类 301 over its 款 rows', () => {
  const withData = CZJ_T06.rows.find((r) => r.code === '301');
  if (!withData) throw new Error('fixture has no 301');
  const cols = CZJ_T06.columns.flatMap((c) => (c.role === 'amount' && (c.pane ?? 0) === (withData.pane ?? 0) ? [c.colNo!] : []));
  const f = checkEmptyTotals(doc([blank(CZJ_T06, '301', cols)]));
  expect(f.map((x) => [x.code, x.location?.code])).toEqual([['total_row_empty', '301']]);
});
