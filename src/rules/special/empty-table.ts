// 基金 (T07), 国资 (T08) and “三公” (T09) tables may be empty but must say so (“…故本表无数据”);
// a “no data” statement on a table that has data, or that T04 contradicts, is an error too.
import type { Finding } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import { columnByColNo, type Table, type TableKind } from '../../engine/table.ts';
import { findRowByKeys } from '../labels.ts';
import { hasData, specialFinding } from './finding.ts';

export const EMPTY_TABLE_RULE = 'S.empty-table';

const STRONG = /本表无数据|(?:无|没有)(?:使用)?[^，。；]{0,12}(?:政府性基金|国有资本经营|三公)/;
const CONDITIONAL = /当(?:此|本)表数据为(?:空|零)/;
/** 说明 sentences that may stand in for the table note (domain §1.7/§1.8; T09 needs the table note). */
const NARRATIVE: Partial<Record<TableKind, RegExp>> = {
  T07: /(?:无|没有)(?:使用)?政府性基金预算财政拨款/,
  T08: /(?:无|没有)(?:使用)?国有资本经营预算财政拨款/,
};
/** T04 支出 column that must be zero when the table says it has no data. */
const T04_COLUMN: Partial<Record<TableKind, number>> = { T07: 4, T08: 5 };

function statementText(t: Table): string {
  const rowText = t.rows.flatMap((r) => [r.label, ...r.cells.filter((c) => c.value.kind === 'text').map((c) => c.text)]);
  return [...t.notes, ...rowText].map((x) => x.replace(/\s+/g, '')).join('\n');
}

export function checkEmptyTables(doc: ParsedDocument): Finding[] {
  const out: Finding[] = [];
  const t04 = doc.tables.find((t) => t.kind === 'T04');
  for (const t of doc.tables.filter((x) => x.kind === 'T07' || x.kind === 'T08' || x.kind === 'T09')) {
    const sentences = statementText(t).split(/[。\n]/);
    // the 江西 standing note “当此表数据为空时，即本部门无…” is conditional: it states nothing when data exist
    const strong = sentences.some((s) => !CONDITIONAL.test(s) && STRONG.test(s));
    const stated = strong || sentences.some((s) => CONDITIONAL.test(s));
    const data = hasData(t);
    const narrative = NARRATIVE[t.kind]?.test(doc.narrative.text.replace(/\s+/g, '')) ?? false;
    if (!data && !stated && !narrative) {
      out.push(specialFinding(EMPTY_TABLE_RULE, 'empty_table_statement_missing', 'warning', t.id, null, { kind: t.kind }));
    }
    if (data && strong) {
      out.push(specialFinding(EMPTY_TABLE_RULE, 'empty_statement_contradicted', 'warning', t.id, null, { kind: t.kind, against: t.id }));
    }
    const col = T04_COLUMN[t.kind];
    if (strong && !data && t04 && col !== undefined && t04Spends(t04, col)) {
      out.push(specialFinding(EMPTY_TABLE_RULE, 'empty_statement_contradicted', 'warning', t.id, null, { kind: t.kind, against: t04.id, colNo: col }));
    }
  }
  return out;
}

function t04Spends(t04: Table, colNo: number): boolean {
  const row = findRowByKeys(t04, ['本年支出合计']);
  const j = columnByColNo(t04, colNo);
  const v = row && j >= 0 ? row.cells[j]?.value : undefined;
  return v !== undefined && v.kind === 'number' && !v.value.isZero();
}
