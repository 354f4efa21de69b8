// The pasted-TSV path (rows kept as offsets into the text, amounts scanned and packed from the text itself) against
// the reference path (every row split into strings first, each cell set from its string), on random grids with
// odd cells: quoted cells with tabs, newlines and doubled quotes, CRLF/LF/CR, empty lines, white space around
// cells, placeholders, percentages, thousands separators, negative and bracketed amounts, amounts past 2^53 on the
// 10^5 scale, 5+ decimals, full-width digits, codes and text. Also: the engine arrays equal the ones built from
// the parsed cells (parseAmount), and a table survives the worker message unchanged.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { buildColumnArrays, K_NUM } from '../../../../src/engine/check/fast-path.ts';
import { Decimal } from '../../../../src/engine/decimal.ts';
import { columnarOf, fromTransfer, toTransfer } from '../../../../src/engine/columnar/index.ts';
import { PackedTexts } from '../../../../src/engine/columnar/texts.ts';
import { amountColumns, type Table } from '../../../../src/engine/table.ts';
import { DelimitedReader, readDelimited } from '../../../../src/paste/grid/delimited.ts';
import { documentFromGrids, narrativeOf } from '../../../../src/paste/grid/document.ts';
import { OffsetGrid } from '../../../../src/paste/grid/row-source.ts';
import { recogniseKind } from '../../../../src/paste/report/recognise.ts';

const AMOUNTS = [
  '0', '0.00', '-0.00', '12', '12.5', '1,234.56', '-1,234.56', '12,345,678.90', '(1,234.56)', '1234.5678', '1.23456',
  '90000000000.1234', '90000000001', '12345678901234567890.12', '-9007199254740993', '96.96%', '-3.5%', '１２．３０',
  '−5.00', '1,23.00', '1,2345.00', '.50', '5.', '+3.00', '- 1.00',
];
const ODD = ['-', '—', '－', 'Ā1.00', 'ÿ', '--', '——', '', '', '', '  ', '\u3000', '见说明', 'N/A', '"12.00"', '"1,234.56"', '"a\tb"',
  '"行政\n运行"', '"人大""事务"', '"unclosed', 'x"y', ' 7.00 ', '\u00a012.00', '12.00\u3000', '合计', '合 计', '栏次'];
const LABELS = ['行政运行', '一般公共服务支出', '  其他支出  ', '机关服务', '合计', '总计', '注：本表无数据。', '201', '20101', '2010101',
  '2080505 机关事业单位基本养老保险缴费支出', '类', '小计'];

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...AMOUNTS) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const row = fc.tuple(fc.constantFrom('', '201', '20101', '2010101', '  205 '), fc.constantFrom(...LABELS), fc.array(cell, { minLength: 0, maxLength: 6 }))
  .map(([code, label, rest]) => [code, label, ...rest]);
const HEADERS = [
  ['科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出', '栏次\t\t1\t2\t3'],
  ['类\t款\t项\t科目名称\t合计\t基本支出\t项目支出', '栏次\t\t\t\t1\t2\t3'],
  ['项目\t行次\t金额\t占比'],
  [],
];
const grid = fc.record({
  head: fc.constantFrom(...HEADERS),
  rows: fc.array(fc.oneof({ weight: 8, arbitrary: row }, { weight: 1, arbitrary: fc.constant([] as string[]) }), { minLength: 1, maxLength: 25 }),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  trailing: fc.boolean(),
  // big tables (256 rows and more) keep their amount texts packed: rows repeated past that
  big: fc.boolean(),
}).map(({ head, rows, eol, trailing, big }) => {
  const all = big ? Array.from({ length: Math.ceil(300 / rows.length) }, () => rows).flat() : rows;
  return [...head, ...all.map((r) => r.join('\t'))].join(eol) + (trailing ? eol : '');
});

function bySpans(text: string): readonly Table[] {
  const reader = new DelimitedReader(text, '\t');
  const offsets = new OffsetGrid(text);
  while (offsets.readRow(reader));
  return documentFromGrids([{ rows: offsets }], narrativeOf([]), recogniseKind).tables;
}

function byStrings(text: string): readonly Table[] {
  const g = readDelimited(text, { delimiter: '\t' });
  return documentFromGrids([{ rows: g.rows, lines: g.lines }], narrativeOf([]), recogniseKind).tables;
}

const plain = (t: Table) => ({
  ...t, rows: t.rows.map((r) => ({ ...r, cells: r.cells.map((c) => [c.text, JSON.stringify(c.value), c.placement]) })),
});

test('a TSV read in place gives the same table, cells and engine arrays as its rows read as strings', () => {
  let packed = 0;
  fc.assert(fc.property(grid, (text) => {
    const [a] = bySpans(text);
    const [b] = byStrings(text);
    expect(plain(a!)).toEqual(plain(b!));
    const ct = columnarOf(a!)!;
    const cols = amountColumns(a!);
    buildColumnArrays(a!.rows, cols).forEach((ref, k) => {
      const own = ct.amounts(cols[k]!)!;
      expect([...own.kind]).toEqual([...ref.kind]);
      expect([...own.val]).toEqual([...ref.val]);
      expect([...own.half]).toEqual([...ref.half]);
      expect(own.slow).toBe(ref.slow);
      // and against Decimal: a number on the fast path holds exactly value·10^5
      a!.rows.forEach((row, r) => {
        const v = row.cells[cols[k]!]?.value;
        if (own.kind[r] === K_NUM && v?.kind === 'number') expect(String(own.val[r])).toBe(new Decimal(v.value).times(100000).toFixed());
      });
    });
    if (ct.data.some((d) => d.texts instanceof PackedTexts)) packed++;
    // every amount column's text is one of the pasted cells, trimmed (both paths share the column storage)
    const printed = new Set(['', ...readDelimited(text, { delimiter: '\t' }).rows.flat().map((t) => t.trim())]);
    for (const r of a!.rows) for (const c of cols) expect(printed.has(r.cells[c]?.text ?? '')).toBe(true);
    const { message, transfer } = toTransfer(a!);
    expect(plain(fromTransfer(structuredClone(message, { transfer })).table)).toEqual(plain(b!));
  }), { seed: 20261206, numRuns: 80 });
  // the big tables really kept their amount texts packed
  expect(packed).toBeGreaterThan(20);
});

test('odd cells placed by hand read the same both ways', () => {
  const text = [
    '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出', '栏次\t\t1\t2\t3',
    '\t\t合计\t14.00\t10.00\t4.00',
    '201\t一般公共服务\t"1,234.56"\t 8.00\t\u3000-\u3000',
    '20101\t"人大""事务"\t12345678901234567890.12\t96.96%\t(3.00)',
    '2010101\t"行政\t运行\r\n(续)"\t１２．００\t90000000000.1234\t90000000001',
    '', '\t\t\t\t', '注：本表无其他数据。',
  ].join('\r\n');
  const [a] = bySpans(text);
  expect(plain(a!)).toEqual(plain(byStrings(text)[0]!));
  expect(a!.rows.map((r) => [r.code, r.label, r.cells.map((c) => c.text)])).toEqual([
    [null, '合计', ['', '合计', '14.00', '10.00', '4.00']],
    ['201', '一般公共服务', ['201', '一般公共服务', '1,234.56', '8.00', '-']],
    ['20101', '人大"事务', ['20101', '人大"事务', '12345678901234567890.12', '96.96%', '(3.00)']],
    ['2010101', '行政\t运行(续)', ['2010101', '行政\t运行(续)', '１２．００', '90000000000.1234', '90000000001']],
  ]);
  expect(a!.notes).toEqual(['注：本表无其他数据。']);
  // the shifted 合计 row's values are placed by inference
  expect(a!.rows[0]!.cells.slice(2).map((c) => c.placement)).toEqual(['inferred', 'inferred', 'inferred']);
  const kinds = a!.rows.slice(1).map((r) => r.cells.slice(2).map((c) => c.value.kind));
  expect(kinds).toEqual([['number', 'number', 'placeholder'], ['number', 'percent', 'number'], ['number', 'number', 'number']]);
});
