// Formulas printed under a table (`注：1栏各行=（2+3+4+5+6+7）栏各行`, `27行=（1+2+…+8）行`): extracted
// from table.notes, parsed with the engine grammar, and compared with the pack rules of that table.
import { expandSide, parseRule, type CompareRule } from '../engine/index.ts';
import type { Table } from '../engine/table.ts';

export interface PrintedFormula {
  /** the segment exactly as printed */
  readonly text: string;
  /** null: the formula exceeds the grammar's limits (nesting, range size); it is run so its rule_syntax shows */
  readonly ast: CompareRule | null;
}

/** Parse failures that mean "a formula, but too big to check" rather than "prose that merely looks like one". */
const LIMIT_FAILURES: ReadonlySet<string> = new Set(['nesting limit', 'range limit']);

const SEGMENT_SPLIT = /[；;。\n]+|\s{2,}/;
const LEAD = /^(?:注|说明)?[:：]?\s*(?:\d+[.、．](?!\d))?\s*/;
const LOOKS_LIKE_FORMULA = /\d\s*[行栏][^=＝]*[=＝]/;

/** Every segment of the table's notes that parses as a same-table 行/栏 identity. */
export function extractPrinted(table: Table): PrintedFormula[] {
  const out: PrintedFormula[] = [];
  for (const line of table.notes) {
    for (const raw of line.split(SEGMENT_SPLIT)) {
      const text = raw.replace(LEAD, '').trim();
      if (!LOOKS_LIKE_FORMULA.test(text)) continue;
      const r = parseRule(text);
      if (r.ok && r.value.kind === 'compare' && isPositional(r.value)) out.push({ text, ast: r.value });
      else if (!r.ok && LIMIT_FAILURES.has(r.reason.expected)) out.push({ text, ast: null });
    }
  }
  return out;
}

/** Only refs by printed 行/栏 numbers in the home table: the shape of every printed formula. */
function isPositional(ast: CompareRule): boolean {
  return [...expandSide(ast.left), ...expandSide(ast.right)].every(
    (t) => t.node.kind === 'ref' && t.node.table === null && (t.node.row === null || t.node.row.kind === 'line'));
}

/** Canonical signed terms of one side, e.g. ["+行27"] or ["+栏2", "+栏3", "-栏3"] (sorted). */
function sideKey(ast: CompareRule, which: 'left' | 'right'): string {
  return expandSide(ast[which])
    .map((t) => {
      const n = t.node;
      if (n.kind !== 'ref') return `${t.sign > 0 ? '+' : '-'}${n.text}`;
      const row = n.row?.kind === 'line' ? `行${n.row.lineNo}` : '';
      const col = n.col !== null ? `栏${n.col}` : '';
      return `${t.sign > 0 ? '+' : '-'}${row}${col}`;
    })
    .sort()
    .join(',');
}

export type Comparison = 'same' | 'differs' | 'unrelated';

/** Same rule, a conflicting version of it (one side equal, the other not), or unrelated. */
export function comparePrinted(printed: CompareRule, packExpr: string): Comparison {
  const r = parseRule(packExpr);
  if (!r.ok || r.value.kind !== 'compare' || !isPositional(r.value)) return 'unrelated';
  const pack = r.value;
  const sameLeft = sideKey(printed, 'left') === sideKey(pack, 'left');
  const sameRight = sideKey(printed, 'right') === sideKey(pack, 'right');
  if (sameLeft && sameRight && printed.op === pack.op) return 'same';
  return sameLeft || sameRight ? 'differs' : 'unrelated';
}
