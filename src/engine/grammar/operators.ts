// Operator metadata: the lexer reads the symbol aliases, the evaluator reads arity, sign and which
// orderings a comparison accepts. Nothing else branches on operator names.
export type AddOpName = 'plus' | 'minus';
export type CompareOpName = 'eq' | 'ne' | 'le' | 'ge' | 'lt' | 'gt';

export interface AddOpMeta {
  readonly name: AddOpName;
  readonly arity: 2;
  readonly symbols: readonly string[];
  /** symbol used by formatRule */
  readonly canonical: string;
  readonly sign: 1 | -1;
}

/** Which orderings of left − right make the comparison true. */
export interface Accepts {
  readonly lt: boolean;
  readonly eq: boolean;
  readonly gt: boolean;
}

export interface CompareOpMeta {
  readonly name: CompareOpName;
  readonly arity: 2;
  readonly symbols: readonly string[];
  readonly canonical: string;
  readonly accepts: Accepts;
  /** finding code when the comparison fails beyond the rounding envelope */
  readonly failCode: 'sum_mismatch' | 'inequality_violated';
}

export const ADD_OPS: Readonly<Record<AddOpName, AddOpMeta>> = {
  plus: { name: 'plus', arity: 2, symbols: ['+', '＋'], canonical: '+', sign: 1 },
  minus: { name: 'minus', arity: 2, symbols: ['-', '－', '−'], canonical: '-', sign: -1 },
};

export const COMPARE_OPS: Readonly<Record<CompareOpName, CompareOpMeta>> = {
  eq: { name: 'eq', arity: 2, symbols: ['==', '=', '＝'], canonical: '=',
    accepts: { lt: false, eq: true, gt: false }, failCode: 'sum_mismatch' },
  ne: { name: 'ne', arity: 2, symbols: ['!=', '≠'], canonical: '≠',
    accepts: { lt: true, eq: false, gt: true }, failCode: 'inequality_violated' },
  le: { name: 'le', arity: 2, symbols: ['<=', '≤', '≦'], canonical: '≤',
    accepts: { lt: true, eq: true, gt: false }, failCode: 'inequality_violated' },
  ge: { name: 'ge', arity: 2, symbols: ['>=', '≥', '≧'], canonical: '≥',
    accepts: { lt: false, eq: true, gt: true }, failCode: 'inequality_violated' },
  lt: { name: 'lt', arity: 2, symbols: ['<', '＜'], canonical: '<',
    accepts: { lt: true, eq: false, gt: false }, failCode: 'inequality_violated' },
  gt: { name: 'gt', arity: 2, symbols: ['>', '＞'], canonical: '>',
    accepts: { lt: false, eq: false, gt: true }, failCode: 'inequality_violated' },
};

/** Every operator symbol with what it means, longest first so `<=` wins over `<`. */
export const OPERATOR_SYMBOLS: readonly { readonly symbol: string; readonly add?: AddOpName; readonly cmp?: CompareOpName }[] = [
  ...Object.values(ADD_OPS).flatMap((m) => m.symbols.map((symbol) => ({ symbol, add: m.name }))),
  ...Object.values(COMPARE_OPS).flatMap((m) => m.symbols.map((symbol) => ({ symbol, cmp: m.name }))),
].sort((a, b) => b.symbol.length - a.symbol.length);
