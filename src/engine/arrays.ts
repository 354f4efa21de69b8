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

/** Every k-element subset of 0…n−1 as ascending index lists, in lexicographic order. */
export function combinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const rec = (start: number) => {
    if (pick.length === k) { out.push(pick.slice()); return; }
    for (let i = start; i <= n - (k - pick.length); i++) { pick.push(i); rec(i + 1); pick.pop(); }
  };
  rec(0);
  return out;
}
