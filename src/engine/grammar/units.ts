// Unit resolution: a bare integer takes the unit of its enclosing group, else the single unit used
// elsewhere in the rule; in a rule with no unit at all it is a constant; with both 行 and 栏 it is ambiguous.
import type { ConstNode, Dim, RefNode, RowSel, RuleSyntaxError, SideNode, SignedTerm, TermNode } from './ast.ts';
import type { RawRef, RawSide, RawTerm } from './raw.ts';
import type { TableKind } from '../table.ts';

type Resolved = { ok: true; left: SideNode; right: SideNode } | { ok: false; reason: RuleSyntaxError };

interface Ctx {
  readonly unit: Dim | null;
  readonly fixed: { readonly dim: Dim; readonly n: number } | null;
}

class UnitFailure {
  constructor(readonly reason: RuleSyntaxError) {}
}

export function resolveUnits(left: RawSide, right: RawSide): Resolved {
  const dims = new Set<Dim>();
  collectDims(left, dims);
  collectDims(right, dims);
  const ruleUnit: Dim | 'none' | 'both' = dims.size === 0 ? 'none' : dims.size === 2 ? 'both' : [...dims][0]!;
  const top: Ctx = { unit: null, fixed: null };
  try {
    return { ok: true, left: side(left, top, ruleUnit), right: side(right, top, ruleUnit) };
  } catch (e) {
    if (e instanceof UnitFailure) return { ok: false, reason: e.reason };
    throw e;
  }
}

function collectDims(s: RawSide, out: Set<Dim>): void {
  for (const { node } of s.terms) {
    if (node.kind === 'rref') addRefDims(node, out);
    else if (node.kind === 'rrange') { addRefDims(node.from, out); addRefDims(node.to, out); }
    else if (node.kind === 'rgroup') {
      if (node.unit) out.add(node.unit);
      if (node.fixed) out.add(node.fixed.dim);
      collectDims(node.body, out);
    }
  }
}

function addRefDims(r: RawRef, out: Set<Dim>): void {
  if (r.line !== null) out.add('行');
  if (r.col !== null) out.add('栏');
}

function side(s: RawSide, ctx: Ctx, ruleUnit: Dim | 'none' | 'both'): SideNode {
  const terms: SignedTerm[] = s.terms.map(({ op, node }) => ({ op, node: term(node, ctx, ruleUnit) }));
  return { kind: 'side', terms };
}

function term(node: RawTerm, ctx: Ctx, ruleUnit: Dim | 'none' | 'both'): TermNode {
  switch (node.kind) {
    case 'const': return node;
    case 'rgroup': {
      const inner: Ctx = node.unit ? { unit: node.unit, fixed: node.fixed } : ctx;
      return { kind: 'group', body: side(node.body, inner, ruleUnit), unit: node.unit, pos: node.pos };
    }
    case 'rrange': {
      const from = ref(node.from, ctx, ruleUnit);
      const to = ref(node.to, ctx, ruleUnit);
      if (from.kind !== 'ref' || to.kind !== 'ref') {
        throw new UnitFailure({ code: 'rule_syntax', pos: node.pos, expected: '栏|行', found: String(node.from.bare) });
      }
      const dim = rangeDim(from, to);
      if (!dim) throw new UnitFailure({ code: 'rule_syntax', pos: node.to.numPos, expected: 'range end', found: String(node.to.bare ?? node.to.line ?? node.to.col ?? '') });
      if (rangeLength(from, to, dim) > MAX_RANGE_LENGTH) {
        throw new UnitFailure({ code: 'rule_syntax', pos: node.to.numPos, expected: 'range limit', found: String(node.to.bare ?? node.to.line ?? node.to.col ?? '') });
      }
      return { kind: 'range', from, to, dim, pos: node.pos };
    }
    case 'rref': return ref(node, ctx, ruleUnit);
  }
}

function ref(r: RawRef, ctx: Ctx, ruleUnit: Dim | 'none' | 'both'): RefNode | ConstNode {
  let line = r.line;
  let col = r.col;
  if (r.bare !== null) {
    const unit = ctx.unit ?? (ruleUnit === 'none' || ruleUnit === 'both' ? null : ruleUnit);
    if (unit === null) {
      if (ruleUnit === 'both') {
        throw new UnitFailure({ code: 'ambiguous_unit', pos: r.numPos, expected: '栏|行', found: String(r.bare) });
      }
      if (r.table !== null) {
        throw new UnitFailure({ code: 'rule_syntax', pos: r.numPos, expected: '栏|行', found: String(r.bare) });
      }
      return { kind: 'const', text: String(r.bare), decimals: 0, pos: r.pos };
    }
    if (unit === '行') line = r.bare; else col = r.bare;
    if (ctx.unit && ctx.fixed) {
      if (ctx.fixed.dim === '行') line = ctx.fixed.n; else col = ctx.fixed.n;
    }
  }
  const row: RowSel | null = line !== null ? { kind: 'line', lineNo: line }
    : r.keys !== null ? { kind: 'key', keys: r.keys, ...(r.after !== null ? { after: r.after } : {}) } : null;
  return { kind: 'ref', table: r.table as TableKind | null, row, col, pos: r.pos };
}

/** A range names at most this many 栏/行 (a table has a few hundred 行次): `2+…+99999999栏` is refused, not expanded. */
export const MAX_RANGE_LENGTH = 1000;

function rangeLength(from: RefNode, to: RefNode, dim: Dim): number {
  if (dim === '栏') return to.col! - from.col! + 1;
  const lineOf = (r: RefNode) => (r.row?.kind === 'line' ? r.row.lineNo : 0);
  return lineOf(to) - lineOf(from) + 1;
}

/** The one dimension along which a range runs; null when the ends differ elsewhere or descend. */
function rangeDim(from: RefNode, to: RefNode): Dim | null {
  const fromLine = from.row?.kind === 'line' ? from.row.lineNo : null;
  const toLine = to.row?.kind === 'line' ? to.row.lineNo : null;
  if ((fromLine === null) !== (toLine === null) || (from.col === null) !== (to.col === null)) return null;
  const lineVaries = fromLine !== toLine;
  const colVaries = from.col !== to.col;
  if (lineVaries && colVaries) return null;
  if (lineVaries) return fromLine! < toLine! ? '行' : null;
  if (colVaries) return from.col! < to.col! ? '栏' : null;
  return fromLine !== null ? '行' : '栏';
}
