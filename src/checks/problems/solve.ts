// The smallest set of cells whose correction satisfies every failing identity of one group: a single cell
// first (it must read every failing identity of the group, give one consistent value across them and break
// no identity that passes), then a pair (bounded). Each correction is verified by re-evaluation (Trials).
import { Decimal, type CellRef, type Finding } from '../../engine/index.ts';
import { cellKey, instanceKey } from './identity.ts';
import type { Change, Trials } from './trials.ts';

export interface Correction {
  readonly ref: CellRef;
  readonly suggested: string;
}

export type Solution =
  | { readonly kind: 'single'; readonly fix: Correction }
  | { readonly kind: 'pair'; readonly fixes: readonly [Correction, Correction] }
  /** `fixes`: for several single cells that each explain the group, their corrections (empty for pairs) */
  | { readonly kind: 'ambiguous'; readonly candidates: readonly CellRef[]; readonly fixes: readonly Correction[] }
  | { readonly kind: 'unexplained' }
  | { readonly kind: 'too_large' };

/** Beyond this many failing identities a group is not searched (a scrambled table, not a slip). */
export const MAX_GROUP = 40;
const MAX_PARTIAL_CELLS = 40;
const MAX_PAIR_FIRSTS = 10;
const MAX_TRIALS = 4000;

export function solveGroup(group: readonly Finding[], trials: Trials): Solution {
  if (group.length > MAX_GROUP) return { kind: 'too_large' };
  const asked = new Map(group.map((f) => [instanceKey(f), f] as const));
  const cells = cellsByUse(group);
  const start = trials.count;
  const budget = () => trials.count - start < MAX_TRIALS;

  const full: Correction[] = [];
  const partial: { fix: Correction; cleared: number }[] = [];
  for (const { ref, uses } of cells.slice(0, MAX_PARTIAL_CELLS)) {
    if (!budget()) break;
    for (const text of correctionsOf(ref, group, trials)) {
      trials.apply({ ref, text });
      const s = trials.state(asked);
      trials.undo();
      if (s.broken > 0 || s.cleared.size === 0) continue;
      if (s.cleared.size === asked.size && uses === group.length) full.push({ ref, suggested: text });
      else partial.push({ fix: { ref, suggested: text }, cleared: s.cleared.size });
    }
  }
  const fullCells = distinctCells(full);
  if (fullCells.length === 1) return { kind: 'single', fix: closest(full, trials) };
  if (fullCells.length > 1) return { kind: 'ambiguous', candidates: fullCells, fixes: full };

  partial.sort((a, b) => b.cleared - a.cleared);
  const pairs: [Correction, Correction][] = [];
  const seen = new Set<string>();
  for (const first of firstPerCell(partial).slice(0, MAX_PAIR_FIRSTS)) {
    if (!budget()) break;
    trials.apply(toChange(first));
    const rest = [...trials.state(asked).failing.values()];
    for (const { ref } of cellsByUse(rest)) {
      if (cellKey(ref) === cellKey(first.ref) || !budget()) continue;
      for (const text of correctionsOf(ref, rest, trials)) {
        trials.apply({ ref, text });
        const s = trials.state(asked);
        trials.undo();
        if (s.broken > 0 || s.cleared.size !== asked.size) continue;
        const key = [cellKey(first.ref), cellKey(ref)].sort().join('|');
        if (!seen.has(key)) { seen.add(key); pairs.push([first, { ref, suggested: text }]); }
      }
    }
    trials.undo();
  }
  if (pairs.length === 1) return { kind: 'pair', fixes: pairs[0]! };
  if (pairs.length > 1) return { kind: 'ambiguous', candidates: distinctCells(pairs.flat()), fixes: [] };
  return { kind: 'unexplained' };
}

/** The group's cells, the ones read by the most failing identities first. */
function cellsByUse(group: readonly Finding[]): { ref: CellRef; uses: number }[] {
  const by = new Map<string, { ref: CellRef; uses: number }>();
  for (const f of group) {
    const mine = new Set<string>();
    for (const o of f.operands) {
      const k = cellKey(o.ref);
      if (mine.has(k)) continue;
      mine.add(k);
      const e = by.get(k);
      if (e) e.uses++; else by.set(k, { ref: o.ref, uses: 1 });
    }
  }
  return [...by.values()].sort((a, b) => b.uses - a.uses);
}

/**
 * Values that would make one of the cell's failing identities hold: the identity reads the cell with sign ±1,
 * so the cell moves by ∓difference; both are tried and re-evaluation keeps what works.
 */
function correctionsOf(ref: CellRef, group: readonly Finding[], trials: Trials): string[] {
  const cell = trials.originalCell(ref);
  if (!cell || (cell.value.kind !== 'number' && cell.value.kind !== 'empty' && cell.value.kind !== 'placeholder')) return [];
  const value = cell.value.kind === 'number' ? cell.value.value : new Decimal(0);
  const printed = cell.value.kind === 'number' ? cell.value.decimals : 0;
  const out = new Set<string>();
  for (const f of group) {
    if (!f.operands.some((o) => cellKey(o.ref) === cellKey(ref)) || f.difference === '') continue;
    const diff = new Decimal(f.difference);
    for (const v of [value.minus(diff), value.plus(diff)]) {
      if (v.eq(value)) continue;
      const text = v.toFixed(Math.max(printed, v.decimalPlaces()));
      out.add(/^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text);
    }
  }
  return [...out];
}

function distinctCells(fixes: readonly Correction[]): CellRef[] {
  const by = new Map<string, CellRef>();
  for (const f of fixes) if (!by.has(cellKey(f.ref))) by.set(cellKey(f.ref), f.ref);
  return [...by.values()];
}

function firstPerCell(list: readonly { fix: Correction }[]): Correction[] {
  const seen = new Set<string>();
  const out: Correction[] = [];
  for (const { fix } of list) if (!seen.has(cellKey(fix.ref))) { seen.add(cellKey(fix.ref)); out.push(fix); }
  return out;
}

/** Several values of one cell that all work (within rounding): the one nearest the printed value. */
function closest(fixes: readonly Correction[], trials: Trials): Correction {
  const cell = trials.originalCell(fixes[0]!.ref);
  const base = cell?.value.kind === 'number' ? cell.value.value : new Decimal(0);
  return [...fixes].sort((a, b) => new Decimal(a.suggested).minus(base).abs().cmp(new Decimal(b.suggested).minus(base).abs()))[0]!;
}

function toChange(fix: Correction): Change {
  return { ref: fix.ref, text: fix.suggested };
}
