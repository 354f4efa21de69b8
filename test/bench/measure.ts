// Timing helpers for the benchmark (never used by tests).
import { performance } from 'node:perf_hooks';

export function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Median of n timed runs after one warm-up. */
export function median(n: number, fn: () => unknown): number {
  fn();
  const xs = Array.from({ length: n }, () => time(fn)).sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)]!;
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function heapMB(): number {
  return Math.round(process.memoryUsage().heapUsed / 1048576);
}

export const round = (x: number | null, d = 3) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);
