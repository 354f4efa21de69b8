// Long work on the main thread in slices: a loop asks `due()` now and then and, once its slice has run for
// SLICE_MS, awaits `pause()`, which gives the page a turn (input, rendering) before the next slice. Small work
// never pauses. The pause is a task, not a timer: timers in a hidden tab are throttled to seconds.

/** How long one slice may run before the page gets a turn. */
export const SLICE_MS = 12;

export interface Slices {
  /** the current slice has used its time */
  due(): boolean;
  /** ends the slice: resolves after the page had a turn */
  pause(): Promise<void>;
}

const clock = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function slices(budgetMs = SLICE_MS, now: () => number = clock): Slices {
  let start = now();
  return {
    due: () => now() - start >= budgetMs,
    async pause() {
      await nextTurn();
      start = now();
    },
  };
}

/** Never pauses: for callers that must finish in one go (tests, the synchronous journal). */
export const NO_SLICES: Slices = { due: () => false, pause: () => Promise.resolve() };

/** A new task: scheduler.yield where the browser has it, else a message to ourselves, else a timer. */
export function nextTurn(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  if (typeof MessageChannel !== 'undefined') {
    return new Promise((resolve) => {
      const c = new MessageChannel();
      c.port1.onmessage = () => {
        c.port1.close();
        resolve();
      };
      c.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
