// Generated tables shaped like a real 支出决算表 (T03): 类/款/项 code hierarchy, 1栏 = 2+3+4+5+6 on every row,
// parents = Σ children in every column, two-decimal amounts. Deterministic (seeded PRNG).
import { ColumnarBuilder } from '../../src/engine/columnar/index.ts';
import { type Column, type Row, type Table, colNo } from '../../src/engine/table.ts';

export const AMOUNT_COLS = 6;

function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** 123456789 → "1,234,567.89" (toLocaleString is far slower at a million cells). */
function cents(n: number): string {
  const int = String(Math.floor(n / 100));
  let out = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = out.length; i < int.length; i += 3) out += ',' + int.slice(i, i + 3);
  return `${out}.${String(n % 100).padStart(2, '0')}`;
}

export interface GeneratedTable {
  table: Table;
  /** cents by row and column, the same numbers the texts print */
  values: Float64Array;
  /** the one wrong cell: row, column index in the table, and its printed text */
  wrong: { row: number; col: number; text: string };
  /** for each parent row: its child row indices (hierarchy), flattened with offsets */
  parents: Int32Array;
  childStart: Int32Array;
  children: Int32Array;
}

/** About `cells` amount cells (rows × 6). */
export function generateT03(cells: number, seed = 7): GeneratedTable {
  const rand = prng(seed);
  const leafTarget = Math.max(1, Math.round(cells / AMOUNT_COLS / 1.06));
  const perKuan = 20; // 项 per 款 (a real 款 has at most 99)
  const perLei = 20; // 款 per 类
  type Node = { code: string; children: Node[]; v: number[] };
  const leis: Node[] = [];
  let leaves = 0;
  for (let l = 0; leaves < leafTarget; l++) {
    const lei: Node = { code: String(201 + l), children: [], v: [] };
    for (let k = 0; k < perLei && leaves < leafTarget; k++) {
      // codes as flat strings, as a parser slices them from the pasted text (not concatenations)
      const kuan: Node = { code: String(Number(lei.code) * 100 + k + 1), children: [], v: [] };
      for (let x = 0; x < perKuan && leaves < leafTarget; x++, leaves++) {
        const parts = [0, 0, 0, 0, 0].map(() => (rand() < 0.4 ? 0 : Math.floor(rand() * 5_000_000)));
        kuan.children.push({ code: String(Number(kuan.code) * 100 + x + 1), children: [], v: [parts.reduce((a, b) => a + b, 0), ...parts] });
      }
      lei.children.push(kuan);
    }
    leis.push(lei);
  }
  const sum = (n: Node): number[] => {
    if (n.children.length) n.v = n.children.map(sum).reduce((a, b) => a.map((x, i) => x + b[i]!));
    return n.v;
  };
  const total = leis.map(sum).reduce((a, b) => a.map((x, i) => x + b[i]!));
  const order: Node[] = [];
  const walk = (n: Node) => { order.push(n); n.children.forEach(walk); };
  leis.forEach(walk);
  const columns: Column[] = [
    { key: 'code', colNo: null, header: '科目编码', role: 'code' },
    { key: 'label', colNo: null, header: '科目名称', role: 'label' },
    ...Array.from({ length: AMOUNT_COLS }, (_, i) => ({ key: `c${i + 1}`, colNo: colNo(i + 1), header: `${i + 1}栏`, role: 'amount' as const })),
  ];
  // built as the grid parser builds a pasted table: texts straight into columns, no Cell per amount
  const builder = new ColumnarBuilder(columns, order.length + 1);
  let count = 0;
  const values = new Float64Array((order.length + 1) * AMOUNT_COLS);
  const pushRow = (code: string | null, label: string, v: number[], flags?: Row['flags']) => {
    const r = count++;
    v.forEach((x, c) => { values[r * AMOUNT_COLS + c] = x; });
    builder.set(r, 0, code ?? '');
    builder.set(r, 1, label);
    v.forEach((x, c) => builder.set(r, c + 2, x === 0 ? '' : cents(x)));
    builder.row(r, code, label, null, undefined, flags);
  };
  pushRow(null, '合计', total, ['total']);
  const index = new Map<Node, number>();
  for (const n of order) { index.set(n, count); pushRow(n.code, `科目${n.code}`, n.v); }
  const parentList = order.filter((n) => n.children.length);
  const parents = new Int32Array(parentList.length + 1);
  const childStart = new Int32Array(parentList.length + 2);
  const kids: number[] = [];
  parents[0] = 0; childStart[0] = 0;
  leis.forEach((l) => kids.push(index.get(l)!));
  parentList.forEach((p, i) => {
    parents[i + 1] = index.get(p)!;
    childStart[i + 1] = kids.length;
    p.children.forEach((c) => kids.push(index.get(c)!));
  });
  childStart[parentList.length + 1] = kids.length;
  // one wrong cell (a 项 amount in 3栏 off by 1.00), so both rules have something to report
  const wrongRow = index.get(leis[0]!.children[0]!.children[0]!)!;
  const wrongText = cents(values[wrongRow * AMOUNT_COLS + 2]! + 100);
  builder.set(wrongRow, 4, wrongText);
  values[wrongRow * AMOUNT_COLS + 2]! += 100;
  const { table } = builder.finish({ id: 't03', kind: 'T03', layout: null, title: '支出决算表', unit: '万元', year: 2024, department: 'bench', notes: [] });
  return { table, values, parents, childStart, children: Int32Array.from(kids), wrong: { row: wrongRow, col: 4, text: wrongText } };
}
