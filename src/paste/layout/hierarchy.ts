// Scores a placement of amounts by the arithmetic it makes true: row identities (identity.ts) and the
// code hierarchy (合计 = Σ类, 类 = Σ款, 款 = Σ项 per column). Used only to choose between column
// mappings that the geometry of a headerless page cannot tell apart.
import { Decimal } from '../../engine/decimal.ts';
import type { TableKind } from '../../engine/table.ts';
import type { RowDraft } from './block.ts';
import { amountValue, rowIdentityHolds } from './identity.ts';

const ZERO = new Decimal(0);

function num(text: string | undefined): Decimal {
  return amountValue(text)?.v ?? ZERO;
}

/** Number of row identities and hierarchy sums (per column) that fail. */
export function identityFailures(kind: TableKind, drafts: readonly RowDraft[], columns: number): number {
  let fails = 0;
  for (const d of drafts) if (rowIdentityHolds(kind, d.cells) === false) fails++;
  const coded = drafts.filter((d) => d.code !== null && /^\d+$/.test(d.code));
  const parents: { parent: RowDraft; children: RowDraft[] }[] = [];
  const total = drafts.find((d) => d.flags.has('total'));
  if (total) parents.push({ parent: total, children: coded.filter((d) => d.code!.length === 3) });
  for (const p of coded) {
    const kids = coded.filter((d) => d.code!.length === p.code!.length + 2 && d.code!.startsWith(p.code!));
    if (kids.length) parents.push({ parent: p, children: kids });
  }
  for (const { parent, children } of parents) {
    if (children.length === 0) continue;
    for (let c = 0; c < columns; c++) {
      const sum = children.reduce((s, d) => s.plus(num(d.cells.get(c))), new Decimal(0));
      const tol = Decimal.max(new Decimal('0.01'), new Decimal('0.005').times(children.length + 1));
      if (sum.minus(num(parent.cells.get(c))).abs().greaterThan(tol)) fails++;
    }
  }
  return fails;
}
