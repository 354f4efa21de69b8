// Where the workbench keeps its incremental checker (CheckSession). After a full check made off the page the slot
// is empty: the checker is built while the page is idle for an ordinary workbook, or on the first edit of a very
// big one (building it is a full check: one long task the page should not pay when it merely opens the workbook).
import type { ParsedDocument } from '../../engine/document.ts';
import type { BoundRule } from '../../engine/index.ts';
import { CheckSession } from './check-session.ts';

/** Up to this many cells, the checker of a workbook checked off the page is built while the page is idle. */
export const IDLE_SESSION_CELLS = 200_000;

type Pending = { readonly idle: number } | { readonly timer: ReturnType<typeof setTimeout> };

export class SessionSlot {
  current: CheckSession | null = null;
  private pending: Pending | null = null;

  constructor(private readonly rules: () => { custom: readonly BoundRule[]; disabled: ReadonlySet<string> }) {}

  /** A fresh checker over `doc` (a full check), kept in the slot. */
  fill(doc: ParsedDocument): CheckSession {
    this.cancelPending();
    const { custom, disabled } = this.rules();
    this.current = new CheckSession(doc, custom, disabled);
    return this.current;
  }

  /** Empties the slot; the checker of `doc` is built when the page is idle if `doc` is not too big. */
  empty(doc: ParsedDocument, stillCurrent: () => boolean): void {
    this.cancelPending();
    this.current = null;
    const cells = doc.tables.reduce((n, tb) => n + tb.rows.length * tb.columns.length, 0);
    if (cells > IDLE_SESSION_CELLS) return;
    const build = () => {
      this.pending = null;
      if (!this.current && stillCurrent()) this.fill(doc);
    };
    this.pending = typeof requestIdleCallback === 'function'
      ? { idle: requestIdleCallback(build, { timeout: 2_000 }) }
      : { timer: setTimeout(build, 0) };
  }

  private cancelPending(): void {
    const p = this.pending;
    if (p && 'idle' in p) cancelIdleCallback(p.idle);
    else if (p) clearTimeout(p.timer);
    this.pending = null;
  }
}
