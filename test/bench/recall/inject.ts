// Putting one mutation into a document — into its parsed tables, or into its source text (then re-parsed, so
// the parser is exercised too) — and judging the checker's answer against the unmutated run.
// Caught: a NEW `error` or `warning` finding (one the unmutated run does not have with the same rule, code,
// location, expected and actual) names the changed cell as its location or among its cells.
// Unrelated: a new `error` finding that does not name the changed cell.
import { checkDocument } from '../../../src/checks/check-document.ts';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import { makeCell, type Table } from '../../../src/engine/table.ts';
import { parseInput } from '../../../src/paste/index.ts';

export interface CellAt { readonly table: string; readonly row: number; readonly col: number }

/** unchecked: not caught, but the cell is on the checker's “未能核对” list (an info finding naming it says it
 *  could not be checked) — not silent, still a miss */
export type Verdict = 'error' | 'warning' | 'info_only' | 'unchecked' | 'silent' | 'lost_in_parsing';

const NOT_CHECKED = /^(insufficient_data|group_membership_unclear|subject_code_unlisted)$|^unconfirmed|unchecked|not_checked/;

export interface Outcome {
  readonly verdict: Verdict;
  /** codes of the findings that named the cell (new ones), or of the info findings for info_only */
  readonly codes: string[];
  readonly unrelatedErrors: Finding[];
}

/** A narrative finding's column is a text offset, which a longer or shorter number before it moves: its sentence
 *  (index and text) places it instead. */
const place = (f: Finding) => !f.location ? f.table
  : f.location.table === 'N' ? `N:${f.location.row}:${String(f.params?.sentence ?? '')}` : `${f.location.table}:${f.location.row}:${f.location.col}`;

export const signature = (f: Finding) => `${f.ruleId}|${f.code}|${place(f)}|${f.expected}|${f.actual}`;

export function findingsOf(doc: ParsedDocument): Finding[] {
  return checkDocument(doc).findings;
}

export function withCell(doc: ParsedDocument, at: CellAt, text: string): ParsedDocument {
  const tables = doc.tables.map((t): Table => {
    if (t.id !== at.table) return t;
    const rows = t.rows.slice();
    const row = rows[at.row]!;
    const cells = row.cells.slice();
    cells[at.col] = makeCell(text);
    rows[at.row] = { ...row, cells };
    return { ...t, rows };
  });
  return { ...doc, tables };
}

/** In a row whose blanks collapsed the checker names cells by the shown placement, which may not be the value's
 *  true column: there (`rowWide`) a finding naming any cell of the row is about the change. */
const namesCell = (f: Finding, at: CellAt, rowWide: boolean) =>
  [f.location, ...f.cells].some((c) => c && c.table === at.table && c.row === at.row && (rowWide || c.col === at.col));

export function judge(baseline: ReadonlySet<string>, findings: readonly Finding[], at: CellAt | null, rowWide = false): Outcome {
  const names = (f: Finding, c: CellAt) => namesCell(f, c, rowWide);
  const fresh = findings.filter((f) => !baseline.has(signature(f)));
  const unrelatedErrors = fresh.filter((f) => f.severity === 'error' && (!at || !names(f, at)));
  if (!at) return { verdict: 'lost_in_parsing', codes: [], unrelatedErrors };
  const about = fresh.filter((f) => names(f, at));
  const errors = about.filter((f) => f.severity === 'error');
  const warnings = about.filter((f) => f.severity === 'warning');
  const infos = about.filter((f) => f.severity === 'info');
  const listed = () => findings.some((f) => f.severity === 'info' && NOT_CHECKED.test(f.code) && names(f, at));
  const verdict: Verdict = errors.length ? 'error' : warnings.length ? 'warning' : listed() ? 'unchecked' : infos.length ? 'info_only' : 'silent';
  const codes = [...new Set((errors.length ? errors : warnings.length ? warnings : infos).map((f) => f.code))];
  return { verdict, codes, unrelatedErrors };
}

/**
 * Replace the cell's printed text on its source line. When the line holds the text several times, `nth` (0-based:
 * how many cells before it in its row print the same text) picks the occurrence — only when the row accounts for
 * every occurrence (`ofRow`); otherwise null (another pane or a wrapped row shares the line).
 */
export function editSource(lines: readonly string[], line: number, from: string, to: string, nth = 0, ofRow = 1): string[] | null {
  const src = lines[line - 1];
  if (src === undefined) return null;
  const esc = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\d.,])${esc}(?![\\d.,]*\\d)`, 'g');
  const hits = [...src.matchAll(re)];
  if (hits.length !== ofRow || nth >= hits.length) return null;
  const at = hits[nth]!.index!;
  const next = lines.slice();
  next[line - 1] = src.slice(0, at) + to + src.slice(at + from.length);
  return next;
}

/**
 * Re-parse edited source text and find the mutated cell: on a row from that line, holding the new text — the one
 * at the cell's old place when several cells of the line hold that text.
 */
export async function reparse(text: string, fileName: string, line: number, to: string, was: CellAt):
  Promise<{ doc: ParsedDocument; at: CellAt | null } | null> {
  const parsed = await parseInput({ bytes: new TextEncoder().encode(text), fileName });
  if (!parsed.ok) return null;
  const doc = parsed.value;
  const hits: CellAt[] = [];
  for (const t of doc.tables) {
    t.rows.forEach((r, row) => {
      if (r.sourceLine !== line) return;
      r.cells.forEach((c, col) => { if (c.text === to) hits.push({ table: t.id, row, col }); });
    });
  }
  const same = hits.find((h) => h.table === was.table && h.row === was.row && h.col === was.col);
  return { doc, at: same ?? (hits.length === 1 ? hits[0]! : null) };
}
