// The tables one check run sees, with their caches, and how a rule's table names reach them:
// the home table by id, `T01.` prefixes by the first table of that kind.
import type { Table } from '../table.ts';
import { tableCache, type TableCache } from './table-cache.ts';

export class CheckContext {
  readonly caches: TableCache[];

  constructor(readonly tables: readonly Table[]) {
    this.caches = tables.map(tableCache);
  }

  indexOfId(id: string): number {
    return this.tables.findIndex((t) => t.id === id);
  }

  /** A prefixed ref: the home table when it is of that kind, else the first table of the kind. */
  indexOfKind(kind: string, home: number): number {
    if (this.tables[home]?.kind === kind) return home;
    return this.tables.findIndex((t) => t.kind === kind);
  }
}

/** Reused operand buffers: binding an instance allocates nothing. */
export class Scratch {
  tab = new Int32Array(64);
  row = new Int32Array(64);
  col = new Int32Array(64);
  /** term sign (+1 / −1) within its side */
  sign = new Int8Array(64);
  /** 1 = left side, 0 = right side */
  left = new Uint8Array(64);

  ensure(n: number): void {
    if (n <= this.tab.length) return;
    const size = Math.max(n, this.tab.length * 2);
    const grow = <A extends Int32Array | Int8Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.tab = grow(this.tab, (k) => new Int32Array(k));
    this.row = grow(this.row, (k) => new Int32Array(k));
    this.col = grow(this.col, (k) => new Int32Array(k));
    this.sign = grow(this.sign, (k) => new Int8Array(k));
    this.left = grow(this.left, (k) => new Uint8Array(k));
  }
}
