// Which cells take part in an identity, found without asking the checker's verdicts:
// - standard tables (T01–T10, unknown): every cell an `=` rule of severity error reads — the rule packs chosen for
//   the document, cross-table rules included — bound exactly as the engine binds them. For each cell the tightest
//   rounding envelope (Σ half-units of the instance's operands) says which changes rounding alone could explain.
// - 绩效 tables: the domain identities (domain guide §4): 分值 and 得分 of indicator, criteria, funds and 总分 rows
//   (Σ分值 = 100, 总分 = Σ得分, 执行率得分), the funds block (年度资金总额 = parts, 执行率 = 执行数/预算数), and the
//   汇总表's amounts and scores. Read from the parser's column keys, not from what the 绩效 checks look at.
import { compileRule } from '../../../src/engine/check/compile.ts';
import { CheckContext, Scratch } from '../../../src/engine/check/context.ts';
import { halfWidth } from '../../../src/engine/check/tolerance.ts';
import { Decimal, halfUnit } from '../../../src/engine/decimal.ts';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import type { Table } from '../../../src/engine/table.ts';
import { selectRules } from '../../../src/rules/index.ts';

/** One identity instance a cell takes part in: its printed difference (left − right), the cell's sign in it, its envelope. */
export interface Instance {
  readonly diff: Decimal;
  readonly sign: 1 | -1;
  readonly envelope: Decimal;
}

export interface IdentityCell {
  readonly table: string;
  readonly kind: string;
  readonly row: number;
  readonly col: number;
  /** the identities it is in (perf: one, with the rounding allowance of its column); a change δ is detectable when
   *  some instance's |diff + sign·δ| leaves its envelope (rounding alone cannot explain it) */
  readonly instances: readonly Instance[];
  /** the row is flagged column_ambiguous: the cell's column was inferred */
  readonly ambiguous: boolean;
}

const PERF_KEYS = new Set([
  'weight', 'score', 'initial', 'budget', 'executed', 'rate', 'l1w', 'l2w', 'adjust',
  'execScore', 'costScore', 'outputScore', 'benefitScore', 'satisfactionScore',
]);
const PERF_BLOCKS = new Set(['funds', 'indicator', 'criteria', 'total', 'item', 'footer']);

export const isPerfKind = (kind: string) => kind.startsWith('P_');

function isNumeric(t: Table, row: number, col: number): boolean {
  const v = t.rows[row]?.cells[col]?.value;
  return v !== undefined && (v.kind === 'number' || v.kind === 'percent');
}

function standardCells(doc: ParsedDocument, out: Map<string, IdentityCell>): void {
  const ctx = new CheckContext(doc.tables);
  const scratch = new Scratch();
  for (const bound of selectRules(doc).rules) {
    if (bound.def.severity !== 'error') continue;
    const plan = compileRule(bound, ctx).plan;
    if (!plan || plan.op.name !== 'eq') continue;
    for (let i = 0; i < plan.instanceCount; i++) {
      const n = plan.bind(i, scratch);
      let diff = plan.constLeft.minus(plan.constRight);
      let env = new Decimal(0);
      const refs: [number, number, number, 1 | -1][] = [];
      for (let k = 0; k < n; k++) {
        const tab = scratch.tab[k]!;
        const row = scratch.row[k]!;
        const col = scratch.col[k]!;
        if (row < 0) continue;
        const v = doc.tables[tab]!.rows[row]!.cells[col]!.value;
        const sign = (scratch.sign[k]! * (scratch.left[k] ? 1 : -1)) as 1 | -1;
        if (v.kind === 'number') diff = diff.plus(v.value.times(sign));
        if (!bound.def.exact || v.kind !== 'number' || v.decimals > 0) env = env.plus(halfWidth(v));
        refs.push([tab, row, col, sign]);
      }
      // a row whose blanks collapsed: the shown placement's difference says nothing (the unmutated document passes
      // under some placement, or is flagged already); the change alone must leave the envelope
      if (refs.some(([tab, row]) => doc.tables[tab]!.rows[row]!.flags?.includes('column_ambiguous'))) diff = new Decimal(0);
      for (const [tab, row, col, sign] of refs) {
        const t = doc.tables[tab]!;
        if (isPerfKind(t.kind) || !isNumeric(t, row, col)) continue;
        const key = `${t.id}:${row}:${col}`;
        const seen = out.get(key);
        const instance: Instance = { diff, sign, envelope: env };
        if (seen) (seen.instances as Instance[]).push(instance);
        else out.set(key, { table: t.id, kind: t.kind, row, col, instances: [instance],
          ambiguous: t.rows[row]!.flags?.includes('column_ambiguous') ?? false });
      }
    }
  }
}

/**
 * 分值/得分 columns whose identity is printed complete: every indicator row prints a number in the column (or has
 * its numbers placed by inference). Where the indicators print no 得分 at all (武汉 form: only 总分 and the group
 * labels), Σ得分 = 总分 cannot be formed by anyone: those cells are not counted.
 */
function completeColumns(t: Table): Set<string> {
  const ok = new Set<string>();
  const indicators = t.rows.map((r, i) => [r, i] as const).filter(([r]) => r.block === 'indicator');
  for (const key of ['weight', 'score']) {
    const col = t.columns.findIndex((c) => c.key === key);
    if (col < 0 || indicators.length === 0) continue;
    if (indicators.every(([r, i]) => isNumeric(t, i, col) || r.flags?.includes('column_ambiguous'))) ok.add(key);
  }
  return ok;
}

function perfCells(t: Table, out: Map<string, IdentityCell>): void {
  const complete = completeColumns(t);
  t.rows.forEach((r, row) => {
    if (!r.block || !PERF_BLOCKS.has(r.block)) return;
    t.columns.forEach((c, col) => {
      if (!PERF_KEYS.has(c.key) || !isNumeric(t, row, col)) return;
      if ((c.key === 'weight' || c.key === 'score') && r.block !== 'funds' && t.kind !== 'P_SUMMARY' && !complete.has(c.key)) return;
      const v = r.cells[col]!.value as { kind: string; decimals: number };
      // scores printed as integers are assigned, not rounded; other values may round within a few half-units
      const scoreLike = c.key === 'weight' || c.key === 'score' || c.key.endsWith('Score') || c.key.endsWith('w');
      const envelope = scoreLike && v.decimals === 0 ? new Decimal(0)
        : v.kind === 'percent' ? new Decimal('0.5') : halfUnit(v.decimals).times(6);
      out.set(`${t.id}:${row}:${col}`, { table: t.id, kind: t.kind, row, col, instances: [{ diff: new Decimal(0), sign: 1, envelope }],
        ambiguous: r.flags?.includes('column_ambiguous') ?? false });
    });
  });
}

/** Identity cells of a document in table order, each once. */
export function identityCells(doc: ParsedDocument): IdentityCell[] {
  const found = new Map<string, IdentityCell>();
  standardCells(doc, found);
  for (const t of doc.tables) if (isPerfKind(t.kind)) perfCells(t, found);
  const order = new Map(doc.tables.map((t, i) => [t.id, i]));
  return [...found.values()].sort((a, b) => order.get(a.table)! - order.get(b.table)! || a.row - b.row || a.col - b.col);
}
