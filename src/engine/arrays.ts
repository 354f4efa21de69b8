// Array helpers that stay safe on user-sized data: `Math.max(...xs)` and `out.push(...xs)` pass every element as a
// function argument and overflow the stack past about 100,000 elements (a 1 MB tab-separated row has 200,000 cells).

/** Largest element; `empty` when there is none. */
export function maxOf(xs: readonly number[], empty = -Infinity): number {
  return xs.length === 0 ? empty : xs.reduce((a, b) => (b > a ? b : a), xs[0]!);
}

/** Smallest element; `empty` when there is none. */
export function minOf(xs: readonly number[], empty = Infinity): number {
  return xs.length === 0 ? empty : xs.reduce((a, b) => (b < a ? b : a), xs[0]!);
}

/** Appends every element of `items` to `out` without spreading them into one call. */
export function pushAll<T>(out: T[], items: readonly T[]): T[] {
  for (const x of items) out.push(x);
  return out;
}
