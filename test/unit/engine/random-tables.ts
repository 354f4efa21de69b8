// Seeded random tables for the randomised proofs (fast path ≡ Decimal path, columnar ≡ row tables): exact sums,
// rounding-boundary differences, blanks, placeholders, text, 5+ decimals, values around 2^53 / 10^5 and beyond;
// optionally only clean numbers (the nominal loops) and placements (inferred cells, column_ambiguous rows).
import { Decimal } from '../../../src/engine/decimal.ts';
import type { Table } from '../../../src/engine/table.ts';
import { table } from './helpers.ts';

export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BOUNDARY = ['90,071,992,547.40', '90,071,992,547.41', '-90,071,992,547.40', '45,035,996,273.70', '123,456,789,012.34'];
/** plain exact amounts whose sums pass 2^53 on the 10^5 scale */
const HUGE = ['45,035,996,273.70', '45,035,996,273.71', '-45,035,996,273.70', '30,000,000,000.00'];
const ODD = ['', '', '-', '—', '---', '0', '0.00', '（12.00）', '１２．５０', '见说明', '12.5%', '0.123456', '1.00001', '+3.0'];

function formatDecimal(v: Decimal, d: number, commas: boolean): string {
  const s = v.toFixed(d);
  if (!commas) return s;
  const [int, frac] = s.split('.');
  const neg = int!.startsWith('-');
  const digits = (neg ? int!.slice(1) : int!).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + digits + (frac !== undefined ? '.' + frac : '');
}

export interface RandomOptions {
  /** odd cells (blanks, placeholders, text, percentages, 5+ decimals, boundary values); default true */
  readonly odd?: boolean;
  /** rows flagged column_ambiguous and cells placed by inference; default false */
  readonly placements?: boolean;
  /** clean values near 2^53 / 10^5 so sums leave the exact range; default false */
  readonly huge?: boolean;
}

export function randomTable(rand: () => number, rows: number, opts: RandomOptions = {}): Table {
  const odd = opts.odd ?? true;
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const num = (): [Decimal, string] => {
    const d = pick([0, 1, 2, 2, 2, 3, 4]);
    const v = new Decimal(Math.floor(rand() * 2e8) - 1e7).div(10 ** pick([2, 2, 4])).toDecimalPlaces(d);
    return [v, formatDecimal(v, d, rand() < 0.5)];
  };
  const body: string[][] = [];
  const codes = ['201', '20101', '2010101', '2010102', '20102', '208', '20805', '2080501', '2080502', '210'];
  for (let r = 0; r < rows; r++) {
    const addends = [num(), num(), num(), num()];
    const cells = addends.map(([, s]) => s);
    for (let k = 0; k < cells.length; k++) {
      if (odd && rand() < 0.12) cells[k] = pick(ODD);
      else if ((odd || opts.huge) && rand() < 0.03) cells[k] = pick(odd ? BOUNDARY : HUGE);
    }
    // 1栏 = Σ the others, nudged onto and around the rounding envelope
    const sum = addends.slice(1).reduce((acc, [v], k) => (cells[k + 1] === addends[k + 1]![1] ? acc.plus(v) : acc), new Decimal(0));
    const nudge = new Decimal(pick(['0', '0', '0.005', '-0.01', '0.015', '0.02', '0.03', '-0.025', '1', '0.5']));
    const d = pick([0, 1, 2, 2, 3]);
    cells[0] = odd && rand() < 0.1 ? pick(ODD) : formatDecimal(sum.plus(nudge).toDecimalPlaces(d), d, rand() < 0.5);
    body.push([codes[r % codes.length]!, `r${r}`, String(r + 1), ...cells, rand() < 0.3 ? '' : num()[1]]);
  }
  const header = ['code', 'label', 'line', '1', '2', '3', '4', '5'];
  const t = table(header, body);
  return opts.placements ? withPlacements(rand, t) : t;
}

/** Some rows flagged column_ambiguous (their amount cells marked ambiguous), some amount cells inferred. */
function withPlacements(rand: () => number, t: Table): Table {
  const rows = t.rows.map((row) => {
    const u = rand();
    if (u < 0.1) {
      const cells = row.cells.map((c, k) => (t.columns[k]!.role === 'amount' ? { ...c, placement: 'ambiguous' as const } : c));
      return { ...row, cells, flags: [...(row.flags ?? []), 'column_ambiguous' as const] };
    }
    if (u < 0.25) {
      const k = 3 + Math.floor(rand() * 5);
      return { ...row, cells: row.cells.map((c, i) => (i === k ? { ...c, placement: 'inferred' as const } : c)) };
    }
    return row;
  });
  return { ...t, rows };
}

