// 部门预算 tables B05–B14 in layout text and PDF lines: the coded tables go through the coded-table parser
// with the variant read from their header; 三公 (B09) and 政府采购 (B13) have their own readers.
import type { ParseProblem } from '../../engine/document.ts';
import type { BudgetKind, Table } from '../../engine/table.ts';
import type { PreparedBlock } from './block.ts';
import { budgetCodedSpec } from './budget-specs.ts';
import { FURNITURE, withoutFurniture } from './budget-furniture.ts';
import { parseCodedBlock } from './coded.ts';
import { headerCenters } from './columns.ts';
import { genericSpec } from './generic.ts';
import { compactLabel, type LayoutLine } from './frags.ts';
import { isSangongColumnForm, parseSangongBlock } from './budget-sangong.ts';
import { isProjectList, isSangongRowForm, parseItemRowsBlock } from './budget-item-rows.ts';
import { isProcurementTable, parseProcurementBlock } from './budget-procurement.ts';

const OPTIONS = { labelBeforeAmounts: true } as const;

// a statement standing in the body of an empty table: “(无政府性基金支出）”
const STATEMENT = /^[（(].*(无|没有).*[）)]$|^本(部门|单位).*(无|没有)/;

/** Furniture lines emptied, and an empty table's statement lines moved to its notes. */
function tidy(kind: BudgetKind, block: PreparedBlock): PreparedBlock {
  const notes: string[] = [];
  const body = block.body.map((l) => {
    if (l.frags.some((f) => f.kind === 'amount')) return l;
    const text = compactLabel(l.frags.map((f) => f.text));
    if (FURNITURE.test(text)) return { ...l, frags: [] };
    if ((kind === 'B10' || kind === 'B11') && STATEMENT.test(text)) {
      notes.push(text);
      return { ...l, frags: [] };
    }
    return l;
  });
  return { ...block, body, notes: [...notes, ...block.notes.map(withoutFurniture)] };
}


export function parseBudgetCodedBlock(
  kind: BudgetKind, title: string, raw: PreparedBlock,
): { table: Table; problems: ParseProblem[] } | null {
  const block = tidy(kind, raw);
  if (kind === 'B09') {
    if (isSangongColumnForm(block.body)) return parseSangongBlock(kind, title, block);
    return isSangongRowForm(block.body) ? parseItemRowsBlock(kind, title, block) : null;
  }
  if (kind === 'B14') return isProjectList(block.body) ? parseItemRowsBlock(kind, title, block) : null;
  if (kind === 'B13') return isProcurementTable(block.body) ? parseProcurementBlock(kind, title, block) : null;
  const spec = budgetCodedSpec(kind, block.body);
  if (!spec) return null;
  const firstData = block.body.findIndex((l) => l.frags.some((f) => f.kind === 'amount' || f.kind === 'code'));
  const header = block.body.slice(0, firstData < 0 ? block.body.length : firstData);
  const printed = headerCenters(header, spec.cols);
  let centres: readonly number[] | undefined;
  if (spec.cols.length === 1 && printed[0] === null) {
    // the one amount column's header typeset with spaces (“金    额”), or not printed: where the amounts stand
    const spaced = spacedCentre(header, spec.cols[0]!.names);
    const generic = genericSpec(block);
    centres = spaced !== null ? [spaced] : generic.centers.length === 1 ? generic.centers : undefined;
  }
  const parsed = parseCodedBlock(kind, spec, title, block, centres, OPTIONS);
  return { ...parsed, table: { ...parsed.table, columns: printedKeyHeaders(parsed.table.columns, header) } };
}

/** The code and name columns under their printed headers (功能科目编码, 科目代码, 功能科目名称 …). */
function printedKeyHeaders(columns: Table['columns'], header: readonly LayoutLine[]): Table['columns'] {
  const words = header.flatMap((l) => l.frags.filter((f) => f.kind === 'text').map((f) => compactLabel([f.text])));
  const code = words.find((w) => /^(功能|经济)?科目(编码|代码)$/.test(w));
  const name = words.find((w) => /^(功能|经济)?科目名称$/.test(w));
  return columns.map((c) => (c.role === 'code' && code ? { ...c, header: code } : c.role === 'label' && name ? { ...c, header: name } : c));
}

/** Centre of a header printed one character per fragment (“金    额”), or null. */
function spacedCentre(header: readonly LayoutLine[], names: readonly string[]): number | null {
  for (const l of header) {
    const fs = l.frags.filter((f) => f.kind === 'text');
    for (let i = 0; i + 1 < fs.length; i++) {
      for (let j = i + 1; j < Math.min(fs.length, i + 4); j++) {
        if (names.includes(compactLabel(fs.slice(i, j + 1).map((f) => f.text)))) return (fs[i]!.x0 + fs[j]!.x1) / 2;
      }
    }
  }
  return null;
}
