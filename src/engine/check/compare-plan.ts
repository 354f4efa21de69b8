// A compare rule bound to tables. Instance i = (iterated row position, iterated column position);
// binding fills the scratch buffers without allocating, and instancesReading inverts the binding.
import { Decimal, ZERO } from '../decimal.ts';
import { COMPARE_OPS, type CompareOpMeta, type CompareOpName } from '../grammar/operators.ts';
import type { CheckContext, Scratch } from './context.ts';
import type { HotColumns, Plan } from './plan.ts';
import type { BoundRule } from './types.ts';
import { MAX_SAFE } from './fast-path.ts';

export interface PlanOperand {
  readonly sign: 1 | -1;
  readonly left: boolean;
  readonly tab: number;
  /** fixed row, or −1 = the iterated row (via rowMap when in another table) */
  readonly row: number;
  /** fixed column, or −1 = the iterated column (via colMap) */
  readonly col: number;
  readonly rowMap: Int32Array | null;
  readonly colMap: Int32Array | null;
}

export interface ConstTerm {
  readonly sign: 1 | -1;
  readonly left: boolean;
  readonly text: string;
  readonly decimals: number;
}

export interface ComparePlanInit {
  readonly bound: BoundRule;
  readonly ctx: CheckContext;
  readonly homeTab: number;
  readonly op: CompareOpName;
  readonly formula: string;
  readonly operands: readonly PlanOperand[];
  readonly consts: readonly ConstTerm[];
  readonly iterTab: number;
  readonly iterRows: Int32Array | null;
  readonly iterCols: readonly number[] | null;
  readonly iterColTab: number;
}

export class ComparePlan implements Plan {
  readonly bound: BoundRule;
  readonly homeTab: number;
  readonly op: CompareOpMeta;
  readonly failCode: string;
  readonly instanceCount: number;
  readonly constLeft: Decimal;
  readonly constRight: Decimal;
  readonly constScaled: number | null;
  readonly constDecimals: number;
  readonly hasConst: boolean;
  private readonly nCols: number;
  private rowPos: Int32Array | null = null;
  private foreignPos = new Map<number, Map<number, number[]>>();

  constructor(private readonly init: ComparePlanInit) {
    this.bound = init.bound;
    this.homeTab = init.homeTab;
    this.op = COMPARE_OPS[init.op];
    this.failCode = this.op.failCode;
    this.nCols = init.iterCols ? init.iterCols.length : 1;
    this.instanceCount = (init.iterRows ? init.iterRows.length : 1) * this.nCols;
    const sum = (left: boolean) => init.consts.filter((c) => c.left === left)
      .reduce((acc, c) => acc.plus(new Decimal(c.text).times(c.sign)), ZERO);
    this.constLeft = sum(true);
    this.constRight = sum(false);
    this.hasConst = init.consts.length > 0;
    this.constDecimals = Math.max(0, ...init.consts.map((c) => c.decimals));
    const scaled = this.constLeft.minus(this.constRight).times(100000);
    this.constScaled = this.constDecimals <= 4 && scaled.abs().lt(MAX_SAFE) ? scaled.toNumber() : null;
  }

  bind(i: number, out: Scratch): number {
    const ops = this.init.operands;
    const rk = (i / this.nCols) | 0;
    const ck = i - rk * this.nCols;
    const iterRow = this.init.iterRows ? this.init.iterRows[rk]! : -1;
    out.ensure(ops.length);
    for (let k = 0; k < ops.length; k++) {
      const o = ops[k]!;
      out.tab[k] = o.tab;
      out.row[k] = o.row >= 0 ? o.row : o.rowMap ? o.rowMap[rk]! : iterRow;
      out.col[k] = o.col >= 0 ? o.col : o.colMap![ck]!;
      out.sign[k] = o.sign;
      out.left[k] = o.left ? 1 : 0;
    }
    return ops.length;
  }

  instancesReading(tab: number, row: number, col: number): Iterable<number> {
    const found = new Set<number>();
    const nRows = this.init.iterRows ? this.init.iterRows.length : 1;
    for (const o of this.init.operands) {
      if (o.tab !== tab) continue;
      const rows = o.row >= 0 ? (o.row === row ? range(nRows) : [])
        : o.rowMap ? this.foreignPositions(o, row) : this.iterPosition(row);
      if (rows.length === 0) continue;
      const cols = o.col >= 0 ? (o.col === col ? range(this.nCols) : [])
        : range(this.nCols).filter((k) => o.colMap![k] === col);
      for (const rk of rows) for (const ck of cols) found.add(rk * this.nCols + ck);
    }
    return found;
  }

  formula(): string {
    return this.init.formula;
  }

  params(i: number): Readonly<Record<string, string | number>> | undefined {
    const out: Record<string, string | number> = {};
    const { iterRows, iterCols, iterTab, iterColTab, ctx } = this.init;
    const rk = (i / this.nCols) | 0;
    if (iterRows) {
      const row = ctx.tables[iterTab]!.rows[iterRows[rk]!]!;
      out.label = row.label;
      if (row.code) out.code = row.code;
      if (row.lineNo !== null) out.lineNo = row.lineNo;
    }
    if (iterCols) {
      const colNo = ctx.tables[iterColTab]!.columns[iterCols[i - rk * this.nCols]!]!.colNo;
      if (colNo !== null) out.colNo = colNo;
    }
    return Object.keys(out).length ? out : undefined;
  }

  hotColumns(): HotColumns | null {
    const { operands, iterRows, iterTab } = this.init;
    if (!iterRows || this.nCols !== 1 || operands.some((o) => o.row >= 0 || o.rowMap || o.tab !== iterTab)) return null;
    return {
      tab: iterTab,
      rows: iterRows,
      cols: operands.map((o) => (o.col >= 0 ? o.col : o.colMap![0]!)),
      signs: operands.map((o) => (o.left ? o.sign : -o.sign)),
    };
  }

  private iterPosition(row: number): number[] {
    const rows = this.init.iterRows;
    if (!rows) return [];
    if (!this.rowPos) {
      this.rowPos = new Int32Array(this.init.ctx.tables[this.init.iterTab]!.rows.length).fill(-1);
      rows.forEach((r, k) => { this.rowPos![r] = k; });
    }
    const k = this.rowPos[row] ?? -1;
    return k >= 0 ? [k] : [];
  }

  private foreignPositions(o: PlanOperand, row: number): number[] {
    let byRow = this.foreignPos.get(o.tab);
    if (!byRow) {
      byRow = new Map();
      o.rowMap!.forEach((r, k) => {
        const list = byRow!.get(r);
        if (list) list.push(k); else byRow!.set(r, [k]);
      });
      this.foreignPos.set(o.tab, byRow);
    }
    return byRow.get(row) ?? [];
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, k) => k);
}
