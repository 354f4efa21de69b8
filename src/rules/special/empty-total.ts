// A printed total row whose amount cells are all empty while its parts carry amounts (domain §1.6: a 合计, 类 or 款
// row is never left blank when rows under it have numbers): `total_row_empty`. Error when the row and its parts were
// read with certainty; a warning when any of them had its numbers placed by inference (collapsed blanks). A blank
// cell reads as zero in the identities, so the same cells also fail 层级; this finding names the cause.
import { isTotalLabel } from '../../engine/check/labels.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import type { CellRef, Finding } from '../../engine/finding.ts';
import type { Row, Table, TableKind } from '../../engine/table.ts';

export const EMPTY_TOTAL_RULE = 'S.empty-total';
const CODED: ReadonlySet<TableKind> = new Set(['T02', 'T03', 'T05', 'T06', 'T07', 'T08', 'B05', 'B06', 'B07', 'B08', 'B10', 'B11', 'B12']);

const isData = (r: Row) => !r.flags?.some((f) => f === 'header' || f === 'note');
const inferred = (r: Row) => r.flags?.includes('column_ambiguous') ?? false;

function amountCols(t: Table): number[] {
  return t.columns.flatMap((c, j) => (c.role === 'amount' ? [j] : []));
}

function allEmpty(r: Row, cols: readonly number[]): boolean {
  return cols.every((j) => r.cells[j]?.value.kind === 'empty');
}

function hasAmount(r: Row, cols: readonly number[]): boolean {
  return cols.some((j) => {
    const v = r.cells[j]?.value;
    return v !== undefined && v.kind === 'number' && !v.value.isZero();
  });
}

/** The rows a total row stands for: the 类 rows of its pane for 合计/总计, the next code level for a coded row. */
function partsOf(t: Table, i: number): number[] {
  const r = t.rows[i]!;
  const coded = t.rows.flatMap((x, k) => (x.code && isData(x) && (x.pane ?? 0) === (r.pane ?? 0) ? [k] : []));
  if (r.code) {
    const code = r.code;
    return coded.filter((k) => t.rows[k]!.code!.length === code.length + 2 && t.rows[k]!.code!.startsWith(code));
  }
  if (!isTotalLabel(r.label) || coded.length === 0) return [];
  const top = Math.min(...coded.map((k) => t.rows[k]!.code!.length));
  return coded.filter((k) => t.rows[k]!.code!.length === top);
}

export function checkEmptyTotals(doc: ParsedDocument): Finding[] {
  const out: Finding[] = [];
  for (const t of doc.tables) {
    if (!CODED.has(t.kind)) continue;
    const cols = amountCols(t);
    if (cols.length === 0) continue;
    t.rows.forEach((r, i) => {
      if (!isData(r) || !allEmpty(r, cols)) return;
      const parts = partsOf(t, i).filter((k) => hasAmount(t.rows[k]!, cols));
      if (parts.length === 0) return;
      const unsure = inferred(r) || parts.some((k) => inferred(t.rows[k]!));
      const cell = (row: number, col: number): CellRef => {
        const x = t.rows[row]!;
        return { table: t.id, row, col, lineNo: x.lineNo, code: x.code, label: x.label, colNo: t.columns[col]!.colNo, text: x.cells[col]!.text };
      };
      const filled = cols.filter((j) => parts.some((k) => hasAmount(t.rows[k]!, [j])));
      const cells = filled.map((j) => cell(i, j));
      const unconfirmed: Record<string, string> = unsure ? { unconfirmed: 'column_placement' } : {};
      out.push({
        ruleId: EMPTY_TOTAL_RULE, code: 'total_row_empty', severity: unsure ? 'warning' : 'error', table: t.id,
        location: cells[0]!, cells: [...cells, ...parts.flatMap((k) => filled.map((j) => cell(k, j)))],
        formula: r.code ? `[${r.code}]=Σ下级科目` : `[${r.label}]=Σ类`, operands: [], expected: '', actual: '', difference: '', tolerance: '',
        params: { label: r.code ? `${r.code} ${r.label}` : r.label, parts: parts.length, ...unconfirmed },
      });
    });
  }
  return out;
}
