// Groups distribute their sign; ranges expand to refs. The evaluator and the formatter both read a rule
// side as a flat signed list.
import type { ConstNode, RangeNode, RefNode, RuleAst, SideNode } from './ast.ts';
import { ADD_OPS } from './operators.ts';

export interface FlatTerm<N> {
  readonly sign: 1 | -1;
  readonly node: N;
}

/** Side → signed refs, constants and (unexpanded) ranges. */
export function flattenSide(side: SideNode, sign: 1 | -1 = 1): FlatTerm<RefNode | ConstNode | RangeNode>[] {
  const out: FlatTerm<RefNode | ConstNode | RangeNode>[] = [];
  for (const { op, node } of side.terms) {
    const s = (sign * ADD_OPS[op].sign) as 1 | -1;
    if (node.kind === 'group') out.push(...flattenSide(node.body, s));
    else out.push({ sign: s, node });
  }
  return out;
}

/** Every ref of a range, in order. */
export function expandRange(r: RangeNode): RefNode[] {
  const out: RefNode[] = [];
  const varyCol = r.dim === '栏';
  const from = varyCol ? r.from.col! : (r.from.row as { lineNo: number }).lineNo;
  const to = varyCol ? r.to.col! : (r.to.row as { lineNo: number }).lineNo;
  for (let n = from; n <= to; n++) {
    out.push(varyCol ? { ...r.from, col: n } : { ...r.from, row: { kind: 'line', lineNo: n } });
  }
  return out;
}

/** Side → signed refs and constants, ranges expanded. */
export function expandSide(side: SideNode): FlatTerm<RefNode | ConstNode>[] {
  return flattenSide(side).flatMap((t) =>
    t.node.kind === 'range' ? expandRange(t.node).map((node) => ({ sign: t.sign, node })) : [{ sign: t.sign, node: t.node }]);
}

/** Every ref of a compare rule (left side first), ranges expanded. */
export function ruleRefs(ast: RuleAst): { left: RefNode[]; right: RefNode[] } {
  if (ast.kind !== 'compare') return { left: [], right: [] };
  const refs = (s: SideNode) => expandSide(s).flatMap((t) => (t.node.kind === 'ref' ? [t.node] : []));
  return { left: refs(ast.left), right: refs(ast.right) };
}
