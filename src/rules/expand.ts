// Pack macros, expanded against the home table before the engine parses a rule:
// `{类}` / `{类}N栏` = the class rows the table actually lists (24 or 26 classes in T01/T04);
// `{有:[a]+[b]}` = only the listed rows the table has; `forEach` instantiates `{code}`/`{names}`.
import type { Table } from '../engine/table.ts';
import { classByLabel, FUNCTIONAL, allNames } from './dictionary.ts';
import { findRowByKeys, normaliseLabel, paneOfColumn } from './labels.ts';
import type { ForEach } from './types.ts';

const CLASS_MACRO = /\{类\}(?:(\d+)栏)?/g;
const PRESENT_MACRO = /\{有:([^}]*)\}/g;
const PRESENT_TERM = /([+\-－]?)(\[[^\]]+\])(\d+栏)?/g;

/** Expands the macros of one rule; null when a macro selects no row (nothing to check). */
export function expandMacros(expr: string, table: Table): string | null {
  let empty = false;
  let out = expr.replace(CLASS_MACRO, (_m, col: string | undefined) => {
    const pane = col === undefined ? undefined : paneOfColumn(table, Number(col));
    const labels = table.rows
      .filter((r) => (pane === undefined || r.pane === undefined || r.pane === pane) && classByLabel(r.label))
      .map((r) => normaliseLabel(r.label));
    if (labels.length === 0) empty = true;
    return labels.map((l) => `[${l}]${col ? `${col}栏` : ''}`).join('+');
  });
  out = out.replace(PRESENT_MACRO, (_m, body: string) => {
    const kept: string[] = [];
    for (const t of body.matchAll(PRESENT_TERM)) {
      const keys = t[2]!.slice(1, -1).split('|');
      if (findRowByKeys(table, keys)) kept.push(`${kept.length === 0 ? '' : t[1] || '+'}${t[2]}${t[3] ?? ''}`);
    }
    if (kept.length === 0) empty = true;
    return kept.join('');
  });
  return empty ? null : out;
}

export interface Instance {
  readonly code: string;
  /** `a|b` alternatives: dictionary names of the code (current and former), else the printed label */
  readonly names: string;
}

const hasAmount = (t: Table, i: number) =>
  t.rows[i]!.cells.some((c, j) => t.columns[j]?.role === 'amount' && (c.value.kind === 'number' && !c.value.value.isZero()));

/** The rows `forEach` walks in its source table (rows without any non-zero amount are skipped). */
export function forEachInstances(source: Table, spec: ForEach): Instance[] {
  const out = new Map<string, Instance>();
  source.rows.forEach((r, i) => {
    if (!hasAmount(source, i)) return;
    if ('codesOf' in spec) {
      if (r.code) out.set(r.code, { code: r.code, names: r.label });
      return;
    }
    const entry = r.code?.length === 3 ? FUNCTIONAL.get(r.code) : r.code ? undefined : classByLabel(r.label);
    const code = r.code?.length === 3 ? r.code : entry?.code;
    if (!code) return;
    const names = entry ? allNames(entry).join('|') : normaliseLabel(r.label);
    out.set(code, { code, names });
  });
  return [...out.values()];
}

export function instantiate(expr: string, inst: Instance): string {
  return expr.replaceAll('{code}', inst.code).replaceAll('{names}', inst.names);
}
