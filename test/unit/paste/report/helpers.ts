// Small documents built from verbatim snippets of the seeds (domain §6), and row lookups in reviewer terms.
import type { ParsedDocument } from '../../../../src/engine/document.ts';
import type { Row, Table, TableKind } from '../../../../src/engine/table.ts';
import { columnByColNo } from '../../../../src/engine/table.ts';
import { parseReportText } from '../../../../src/paste/report/index.ts';

export const T = '\t';

export function parseDoc(lines: readonly string[]): ParsedDocument {
  const r = parseReportText(lines.join('\n'));
  if (!r.ok) throw new Error(`not parsed: ${r.reason.code}`);
  return r.value;
}

export function only(doc: ParsedDocument, kind: TableKind): Table {
  const found = doc.tables.filter((t) => t.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, got ${found.length}`);
  return found[0]!;
}

export function row(table: Table, by: { code?: string; label?: string; lineNo?: number; pane?: number }): Row {
  const r = table.rows.find((x) => (by.code === undefined || x.code === by.code)
    && (by.label === undefined || x.label === by.label)
    && (by.lineNo === undefined || x.lineNo === by.lineNo)
    && (by.pane === undefined || x.pane === by.pane));
  if (!r) throw new Error(`no row ${JSON.stringify(by)} in ${table.id}`);
  return r;
}

/** printed texts of 栏 1..n of a row */
export function texts(table: Table, r: Row): string[] {
  return table.columns.filter((c) => c.role === 'amount').map((c) => r.cells[columnByColNo(table, c.colNo!)]!.text);
}
