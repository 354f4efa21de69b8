// A finding's details, one click away from its sentence: the rule's one-line name, the full formula, every
// operand with its value (tables named as printed), and (for experts) the rule id, finding code and raw formula. Shared by the findings panel.
import type { CellRef, Finding } from '../../engine/finding.ts';
import { msg, type Lang } from '../../messages/index.ts';
import { describeCell } from './engine.ts';
import { ruleName } from './rule-name.ts';
import { placeName, readableFormula } from './report-view.ts';

export interface FindingDetail {
  readonly rule: string;
  readonly formula: string;
  readonly operands: readonly string[];
  readonly ids: string;
}

type Names = ReadonlyMap<string, string>;

function where(ref: CellRef, home: string, names: Names, lang: Lang): string {
  if (ref.text && !ref.code && !ref.label) return `「${ref.text}」`;
  const table = ref.table !== home ? `${placeName(ref.table, names, lang)} ` : '';
  const col = ref.colNo != null ? ` ${msg(lang, 'common.colNo', { n: ref.colNo })}` : '';
  return `${table}${describeCell(ref, lang)}${col}`.trim();
}

/** `names`: the document's table names (tableNames); operands and cross-table formulas name their tables with them.
 *  The operands are worded when first read (the panel reads them when the details are opened). */
export function findingDetail(f: Finding, lang: Lang, names: Names = new Map()): FindingDetail {
  // reviewer notation with its tables named; a narrative check's concept comparison as the table cell it reads
  const formula = readableFormula(f, names, lang);
  let operands: readonly string[] | null = null;
  return {
    rule: ruleName(f, lang),
    formula,
    get operands() {
      return (operands ??= f.operands.map((o) => msg(lang, 'common.operand', { where: where(o.ref, f.table, names, lang), value: o.value === '' ? msg(lang, 'common.blank') : o.value })));
    },
    // for experts: the rule id, the finding code and, when tables were named in it, the formula as the rule writes it
    ids: [f.ruleId, f.code, ...(formula !== f.formula ? [f.formula] : [])].join(' · '),
  };
}
