// A finding's details, one click away from its sentence: the rule's one-line name, the full formula, every
// operand with its value, and (for experts) the rule id and finding code. Shared by the findings panel.
import type { CellRef, Finding } from '../../engine/finding.ts';
import { msg, type Lang } from '../../messages/index.ts';
import { describeCell } from './engine.ts';
import { ruleName } from './rule-name.ts';

export interface FindingDetail {
  readonly rule: string;
  readonly formula: string;
  readonly operands: readonly string[];
  readonly ids: string;
}

function where(ref: CellRef, home: string, lang: Lang): string {
  if (ref.text && !ref.code && !ref.label) return `「${ref.text}」`;
  const table = ref.table !== home ? `${ref.table} ` : '';
  const col = ref.colNo != null ? ` ${msg(lang, 'common.colNo', { n: ref.colNo })}` : '';
  return `${table}${describeCell(ref, lang)}${col}`.trim();
}

/** The operands are worded when first read (the panel reads them when the details are opened). */
export function findingDetail(f: Finding, lang: Lang): FindingDetail {
  let operands: readonly string[] | null = null;
  return {
    rule: ruleName(f, lang),
    formula: f.formula,
    get operands() {
      return (operands ??= f.operands.map((o) => msg(lang, 'common.operand', { where: where(o.ref, f.table, lang), value: o.value === '' ? msg(lang, 'common.blank') : o.value })));
    },
    ids: `${f.ruleId} · ${f.code}`,
  };
}
