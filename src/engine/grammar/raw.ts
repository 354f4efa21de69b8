// The parse tree before unit resolution: a bare integer may still be a 栏, a 行 or a constant.
import type { ConstNode, Dim } from './ast.ts';
import type { AddOpName } from './operators.ts';

export interface RawRef {
  readonly kind: 'rref';
  readonly table: string | null;
  readonly line: number | null;
  readonly col: number | null;
  readonly keys: readonly string[] | null;
  /** `[a>b]`: the anchor keys (a) */
  readonly after: readonly string[] | null;
  /** a number written without a unit */
  readonly bare: number | null;
  /** offset of the number itself (after any table prefix) */
  readonly numPos: number;
  readonly pos: number;
}

export interface RawRange {
  readonly kind: 'rrange';
  readonly from: RawRef;
  readonly to: RawRef;
  readonly pos: number;
}

export interface RawGroup {
  readonly kind: 'rgroup';
  readonly body: RawSide;
  readonly unit: Dim | null;
  /** `（1+2）行1栏`: the other dimension, fixed for the bare numbers inside */
  readonly fixed: { readonly dim: Dim; readonly n: number } | null;
  readonly pos: number;
}

export type RawTerm = RawRef | RawRange | RawGroup | ConstNode;

export interface RawSide {
  readonly terms: readonly { readonly op: AddOpName; readonly node: RawTerm }[];
}
