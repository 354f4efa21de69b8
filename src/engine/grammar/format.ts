// formatRule: the canonical reviewer notation of a rule (groups flattened, one unit written once when the
// rule uses a single one), and ruleReads: which tables, 栏, 行 and row keys a rule reads.
import type { ConstNode, Dim, RangeNode, RefNode, RuleAst, SideNode } from './ast.ts';
import { flattenSide, ruleRefs, type FlatTerm } from './flatten.ts';
import { COMPARE_OPS } from './operators.ts';

export function formatRule(ast: RuleAst): string {
  if (ast.kind === 'hierarchy') {
    const isDefault = ast.lengths.join(',') === '3,5,7';
    return isDefault ? '层级' : `层级(${ast.lengths.join(',')})`;
  }
  const left = flattenSide(ast.left);
  const right = flattenSide(ast.right);
  const dims = new Set<Dim | 'other'>();
  for (const t of [...left, ...right]) dims.add(plainDim(t.node));
  const single = dims.size === 1 && !dims.has('other') ? [...dims][0] as Dim : null;
  return `${formatSide(left, single)}${COMPARE_OPS[ast.op].canonical}${formatSide(right, single)}`;
}

export function formatSideNode(side: SideNode): string {
  return formatSide(flattenSide(side), null);
}

/** The dimension of a ref or range written with one unit and nothing else, or 'other'. */
function plainDim(n: RefNode | ConstNode | RangeNode): Dim | 'other' {
  const ref = n.kind === 'range' ? n.from : n;
  if (ref.kind !== 'ref' || ref.table !== null) return 'other';
  if (ref.col !== null && ref.row === null) return '栏';
  if (ref.col === null && ref.row?.kind === 'line') return '行';
  return 'other';
}

function formatSide(terms: readonly FlatTerm<RefNode | ConstNode | RangeNode>[], single: Dim | null): string {
  let out = '';
  terms.forEach((t, i) => {
    if (i > 0 || t.sign < 0) out += t.sign < 0 ? '-' : '+';
    out += single ? bareNumber(t.node) : formatTerm(t.node);
  });
  return single ? out + single : out;
}

function bareNumber(n: RefNode | ConstNode | RangeNode): string {
  if (n.kind === 'range') return `${bareNumber(n.from)}+…+${bareNumber(n.to)}`;
  if (n.kind === 'const') return n.text;
  return String(n.col ?? (n.row as { lineNo: number }).lineNo);
}

function formatTerm(n: RefNode | ConstNode | RangeNode): string {
  if (n.kind === 'const') return n.text;
  if (n.kind === 'range') return `${formatRef(n.from)}+…+${formatRef(n.to)}`;
  return formatRef(n);
}

export function formatRef(r: RefNode): string {
  let out = r.table ? `${r.table}.` : '';
  if (r.row?.kind === 'line') out += `${r.row.lineNo}行`;
  else if (r.row?.kind === 'key') out += `[${r.row.after ? `${r.row.after.join('|')}>` : ''}${r.row.keys.join('|')}]`;
  if (r.col !== null) out += `${r.col}栏`;
  return out;
}

export interface RuleReads {
  /** cross-table prefixes named (the home table is implied) */
  readonly tables: readonly string[];
  readonly cols: readonly number[];
  readonly lines: readonly number[];
  readonly keys: readonly string[];
  /** a hierarchy rule reads every coded row of every amount column */
  readonly hierarchy: boolean;
}

export function ruleReads(ast: RuleAst): RuleReads {
  const { left, right } = ruleRefs(ast);
  const tables = new Set<string>();
  const cols = new Set<number>();
  const lines = new Set<number>();
  const keys = new Set<string>();
  for (const r of [...left, ...right]) {
    if (r.table) tables.add(r.table);
    if (r.col !== null) cols.add(r.col);
    if (r.row?.kind === 'line') lines.add(r.row.lineNo);
    if (r.row?.kind === 'key') [...(r.row.after ?? []), ...r.row.keys].forEach((k) => keys.add(k));
  }
  const num = (a: number, b: number) => a - b;
  return {
    tables: [...tables].sort(), cols: [...cols].sort(num), lines: [...lines].sort(num),
    keys: [...keys], hierarchy: ast.kind === 'hierarchy',
  };
}
