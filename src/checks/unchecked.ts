// "未能核对": what could not be checked at all, as data (table, rule, stable reason code, params), so the report and
// the UI list it instead of silently passing it. Also the one document-level calibration the engine cannot make
// per instance: a table whose row identities fail on most rows was read with its columns out of place (a
// scrambled or shifted table), so its failures are unconfirmed warnings and the table is listed, not an error storm.
import type { ParsedDocument } from '../engine/document.ts';
import type { Finding } from '../engine/finding.ts';
import type { RuleStatus } from '../engine/index.ts';
import type { TableKind } from '../engine/table.ts';
import { documentKind, familyOfKind, tableFitsDocument } from '../engine/doc-kind.ts';
import { hasNumber, rowsWithNumbers } from './number-rows.ts';

export type UncheckedReason =
  | 'no_tables'           // the document has a narrative but no table was recognised
  | 'no_narrative'        // tables without a 情况说明: the narrative checks did not run
  | 'unrecognised_table'  // a table of unknown kind: only 层级 and its printed formulas were checked
  | 'no_data'             // a table without a single number
  | 'scrambled_columns'   // row identities fail on most rows: columns read out of place
  | 'amounts_unplaced'    // printed amounts of the table the parser could not place in cells (params.count)
  | 'duplicate_table'     // a second table of a kind: cross-table rules read the first one only
  | 'rule_not_applicable' // pack rules that could not be applied (params.cause: the ApplyReason)
  | 'insufficient_data'   // rules whose every instance lacked data (ambiguous rows, missing values)
  | 'placement_cap'       // ambiguous rows with more admissible placements than the enumeration cap
  | 'rule_failed'         // a rule that could not be parsed or run
  | 'kind_ambiguous'      // the document reads as both 部门预算 and 部门决算: only tables whose title says which were checked
  | 'kind_conflict';      // a table of the other family (a 决算 kind in a budget, or untold in an ambiguous document): no rules

export interface Unchecked {
  /** table id, or 'document' */
  readonly table: string;
  readonly kind: TableKind | 'document';
  readonly reason: UncheckedReason;
  /** rule ids concerned (comma-separated in params.rules when several) */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Special checks that read their table kind in one layout only (src/rules/special). */
const LAYOUT_SPECIALS: Partial<Record<TableKind, { layout: string; rule: string }>> = {
  B13: { layout: 'B13.JS', rule: 'S.procurement-tree' },
  B14: { layout: 'B14.1', rule: 'S.project-total' },
};

/** Row identity failures on at least this many rows and this share of the rows checked mark a table scrambled. */
const SCRAMBLED_MIN_ROWS = 3;
const SCRAMBLED_SHARE = 0.5;
const IDENTITY_CODES = new Set(['sum_mismatch', 'hierarchy_mismatch', 'inequality_violated', 'hierarchy_duplicate_child']);

/**
 * Tables whose own row identities (a 栏 rule checked on every row) fail on at least 3 rows and at least half of the
 * rows that print two or more numbers: one wrong cell fails its own row only, a table read with its columns out of
 * place fails nearly everywhere.
 */
export function scrambledTables(doc: ParsedDocument, findings: readonly Finding[]): Set<string> {
  const rowsFailing = new Map<string, Set<number>>();
  for (const f of findings) {
    if ((f.code !== 'sum_mismatch' && f.code !== 'unconfirmed_sum_mismatch') || !f.location || f.location.table !== f.table) continue;
    const key = `${f.ruleId}|${f.table}`;
    const set = rowsFailing.get(key) ?? new Set<number>();
    set.add(f.location.row);
    rowsFailing.set(key, set);
  }
  const out = new Set<string>();
  const filled = new Map<string, number>();
  for (const [key, rows] of rowsFailing) {
    const table = key.slice(key.indexOf('|') + 1);
    if (rows.size < SCRAMBLED_MIN_ROWS || out.has(table)) continue;
    if (!filled.has(table)) {
      const t = doc.tables.find((x) => x.id === table);
      filled.set(table, t ? rowsWithNumbers(t) : 0);
    }
    if (rows.size >= SCRAMBLED_SHARE * filled.get(table)!) out.add(table);
  }
  return out;
}

/**
 * An error that touches a scrambled table becomes a warning: an identity becomes `unconfirmed_*` (the code says
 * what it was), any other check (a narrative amount compared with such a cell) keeps its code with
 * params.unconfirmed = 'columns_unconfirmed'.
 */
export function demoteScrambled(
  findings: readonly Finding[], scrambled: ReadonlySet<string>, why: 'columns_unconfirmed' | 'amounts_unplaced' = 'columns_unconfirmed',
): Finding[] {
  if (scrambled.size === 0) return [...findings];
  return findings.map((f) => {
    if (f.severity !== 'error') return f;
    if (!scrambled.has(f.table) && !f.cells.some((c) => scrambled.has(c.table))) return f;
    if (!IDENTITY_CODES.has(f.code)) return { ...f, severity: 'warning', params: { ...(f.params ?? {}), unconfirmed: why } };
    const code = f.code === 'hierarchy_duplicate_child' ? 'unconfirmed_hierarchy_mismatch' : `unconfirmed_${f.code}`;
    return { ...f, code, severity: 'warning', params: { ...(f.params ?? {}), reason: why } };
  });
}

/** Tables whose parser could not place every printed amount (Table.unplacedAmounts): read out of shape. */
export function unplacedTables(doc: ParsedDocument): Set<string> {
  return new Set(doc.tables.filter((t) => (t.unplacedAmounts ?? 0) > 0).map((t) => t.id));
}

/** T01–T10 appear once in a report (绩效 tables repeat per project). */
const ONE_PER_REPORT = /^T\d\d$/;
const RULE_LEVEL = new Set(['unknown_column', 'unknown_row', 'unknown_table', 'not_applicable']);

/** The 未能核对 list of one checked document. */
export function uncheckedItems(
  doc: ParsedDocument, findings: readonly Finding[], statuses: readonly RuleStatus[], scrambled: ReadonlySet<string>,
): Unchecked[] {
  const out: Unchecked[] = [];
  const doc1 = (reason: UncheckedReason): Unchecked => ({ table: 'document', kind: 'document', reason });
  if (doc.tables.length === 0 && doc.narrative.text.trim() !== '') out.push(doc1('no_tables'));
  if (doc.tables.length > 0 && doc.narrative.text.trim() === '') out.push(doc1('no_narrative'));
  const dk = documentKind(doc);
  if (dk.kind === 'ambiguous') out.push({ ...doc1('kind_ambiguous'), params: { final: dk.evidence.final, budget: dk.evidence.budget } });
  const firstOfKind = new Map<TableKind, string>();
  for (const t of doc.tables) {
    const item = (reason: UncheckedReason, params?: Unchecked['params']): Unchecked => ({ table: t.id, kind: t.kind, reason, ...(params ? { params } : {}) });
    if (tableFitsDocument(t, dk.kind) === 'conflict') out.push(item('kind_conflict', { docKind: dk.kind, family: familyOfKind(t.kind) ?? '', title: t.title }));
    if (t.kind === 'unknown') out.push(item('unrecognised_table', { title: t.title }));
    else if (ONE_PER_REPORT.test(t.kind) && firstOfKind.has(t.kind)) out.push(item('duplicate_table', { of: firstOfKind.get(t.kind)! }));
    else firstOfKind.set(t.kind, t.id);
    if (!hasNumber(t)) out.push(item('no_data'));
    // special checks that read one layout only: a table of their kind in another form is not checked by them
    const special = LAYOUT_SPECIALS[t.kind];
    if (special && t.layout !== special.layout && hasNumber(t)) out.push(item('rule_not_applicable', { cause: 'layout_unrecognised', count: 1, rules: special.rule }));
    if (scrambled.has(t.id)) out.push(item('scrambled_columns'));
    if ((t.unplacedAmounts ?? 0) > 0) out.push(item('amounts_unplaced', { count: t.unplacedAmounts! }));
    const capped = findings.filter((f) => f.table === t.id && f.code === 'insufficient_data' && f.params?.['reason'] === 'enumeration_cap');
    if (capped.length > 0) out.push(item('placement_cap', { count: capped.length, rules: unique(capped.map((f) => f.ruleId)) }));
  }
  const kindOf = new Map(doc.tables.map((t) => [t.id, t.kind] as const));
  // why a rule the engine could not bind was not applicable: its rule-level finding's code
  const bindCause = new Map<string, string>();
  for (const f of findings) if (!f.location && RULE_LEVEL.has(f.code)) bindCause.set(`${f.ruleId}|${f.table}`, f.code);
  const groups = new Map<string, { table: string; reason: UncheckedReason; cause: string; rules: string[] }>();
  const empty = new Set(out.filter((u) => u.reason === 'no_data').map((u) => u.table));
  for (const s of statuses) {
    // an empty table's rules have nothing to read: its no_data item says so
    if (s.status === 'not_applicable' && empty.has(s.tableId)) continue;
    const reason: UncheckedReason | null = s.status === 'not_applicable' ? 'rule_not_applicable'
      : s.status === 'insufficient_data' ? 'insufficient_data'
        : s.status === 'parse_error' || s.status === 'execution_error' ? 'rule_failed' : null;
    if (!reason) continue;
    const cause = reason === 'rule_not_applicable' ? s.reason ?? bindCause.get(`${s.ruleId}|${s.tableId}`) ?? 'no_instances' : s.status;
    const key = `${s.tableId}|${reason}|${cause}`;
    const g = groups.get(key) ?? { table: s.tableId, reason, cause, rules: [] };
    g.rules.push(s.ruleId);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    out.push({
      table: g.table, kind: kindOf.get(g.table) ?? 'document', reason: g.reason,
      params: { ...(g.cause ? { cause: g.cause } : {}), count: g.rules.length, rules: unique(g.rules) },
    });
  }
  return out;
}

function unique(ids: readonly string[]): string {
  return [...new Set(ids)].join(',');
}

/** Findings calibrated for scrambled tables, and the 未能核对 list. */
export function calibrate(
  doc: ParsedDocument, findings: readonly Finding[], statuses: readonly RuleStatus[],
): { readonly findings: Finding[]; readonly unchecked: Unchecked[] } {
  const scrambled = scrambledTables(doc, findings);
  const calibrated = demoteScrambled(demoteScrambled(findings, unplacedTables(doc), 'amounts_unplaced'), scrambled);
  return { findings: calibrated, unchecked: uncheckedItems(doc, calibrated, statuses, scrambled) };
}
