// A cross-table rule names its tables by kind ("T01.[本年收入合计]1栏=T02.[合计]1栏"); a reviewer reads them as
// printed: "《公开01表 收入支出决算总表》[本年收入合计]1栏=《公开02表 收入决算表》[合计]1栏". A kind prefix means
// what the engine binds it to (src/engine/check/context.ts): the finding's home table when it is of that kind, else
// the first table of the kind — here, the table of that kind the finding's operands were read from, when there is one.
import type { Finding } from '../../engine/finding.ts';
import { TABLE_KIND_NAMES, type TableKind } from '../../engine/table.ts';
import { msg, type Lang } from '../../messages/index.ts';
import { describeCell } from './engine.ts';

/** "T02." before a row reference ("[合计]", "27行", "3栏"): the kind prefix of a cross-table formula. */
const KIND_PREFIX = /\b(T(?:0[1-9]|10)|B(?:0[1-9]|1[0-4])|P_[A-Z]+)\.(?=[[\d（(])/g;

/** "T05.卫生健康//", "T09.total.initial": a narrative check's concept key, read from the table of that kind. */
const CONCEPT = /\b(T(?:0[1-9]|10)|B(?:0[1-9]|1[0-4])|P_[A-Z]+)\.(?![[\d（(])[^\s=≈≠<>≤≥(（]+/g;

const kindOfId = (id: string): string => id.split('@')[0]!;

/** The id of the table a kind prefix of `f`'s formula stands for, or undefined when the document has none. */
export function tableOfKind(kind: string, f: Pick<Finding, 'table' | 'operands' | 'cells'>, names: ReadonlyMap<string, string>): string | undefined {
  if (kindOfId(f.table) === kind) return f.table;
  const read = [...f.operands.map((o) => o.ref.table), ...f.cells.map((c) => c.table)].find((id) => kindOfId(id) === kind);
  if (read !== undefined) return read;
  for (const id of names.keys()) if (kindOfId(id) === kind) return id;
  return undefined;
}

/** A pack's title without the parenthesis that lists kind codes: "表间勾稽（T01↔T02/T03…）" → "表间勾稽". */
export function withoutKindCodes(title: string): string {
  return title.replace(/\s*[（(][^（()）]*\b(?:T\d{2}|B\d{2})\b[^（()）]*[)）]/g, '').trim();
}

/** `text` (a formula, or a sentence quoting one) with every kind prefix replaced by that table's printed name. */
export function nameTablesIn(text: string, f: Pick<Finding, 'table' | 'operands' | 'cells'>, names: ReadonlyMap<string, string>, lang: Lang): string {
  if (!text.includes('.')) return text;
  const nameOf = (kind: string, id: string | undefined) => (id !== undefined ? names.get(id) : undefined) ?? TABLE_KIND_NAMES[kind as TableKind] ?? kind;
  return text
    .replace(KIND_PREFIX, (_, kind: string) => msg(lang, 'report-view.tableInFormula', { name: nameOf(kind, tableOfKind(kind, f, names)) }))
    // a concept key names the cell it was read from: the table, the row and the 栏 of the operand in that table
    .replace(CONCEPT, (_, kind: string) => {
      const id = tableOfKind(kind, f, names);
      const ref = f.operands.find((o) => o.ref.table === id && o.ref.row >= 0)?.ref;
      if (!ref) return nameOf(kind, id);
      const col = ref.colNo != null ? msg(lang, 'report-view.col', { colNo: ref.colNo }) : '';
      return `${nameOf(kind, id)} ${describeCell(ref, lang)}${col}`;
    });
}
