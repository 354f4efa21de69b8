// Wording of the budget-narrative work (issue 20, part 3): document kinds (部门预算/部门决算, 部门/单位), the 未能核对
// items about kinds, and the budget narrative and two-file codes. One file so it can be converted in one place.
import type { Unchecked } from '../../checks/unchecked.ts';
import type { DocKind } from '../../engine/doc-kind.ts';
import { defineMessages, type Lang } from './registry.ts';
import { msg } from '../../messages/index.ts';

const KIND_KEYS = {
  final: 'budget-narrative.kind.final', budget: 'budget-narrative.kind.budget',
  ambiguous: 'budget-narrative.kind.ambiguous', unknown: 'budget-narrative.kind.unknown',
} as const;
const UNIT_KIND_KEYS = { final: 'budget-narrative.kind.unitFinal', budget: 'budget-narrative.kind.unitBudget' } as const;

/** “部门预算”, “单位决算”, “无法确定…” — the document kind as the reviewer names it. */
export function docKindLabel(k: Pick<DocKind, 'kind' | 'scope'>, lang: Lang): string {
  const unit = k.scope === 'unit' && (k.kind === 'final' || k.kind === 'budget') ? UNIT_KIND_KEYS[k.kind] : undefined;
  return msg(lang, unit ?? KIND_KEYS[k.kind as keyof typeof KIND_KEYS] ?? KIND_KEYS.unknown);
}

/** The kind named by its stored value alone ('final' | 'budget' | 'ambiguous' | 'unknown'). */
export function docKindName(kind: string, lang: Lang): string {
  return docKindLabel({ kind: kind as DocKind['kind'], scope: null }, lang);
}

/** 未能核对 sentences for the kind reasons; null for other reasons. */
export function describeKindUnchecked(u: Unchecked, lang: Lang): string | null {
  const p = (k: string) => String(u.params?.[k] ?? '');
  if (u.reason === 'kind_ambiguous') {
    return msg(lang, 'budget-narrative.describeKindUnchecked', { budget: p('budget'), final: p('final') });
  }
  if (u.reason === 'kind_conflict') {
    const doc = docKindName(p('docKind'), lang);
    const title = p('title') ? `「${p('title')}」` : '';
    if (p('docKind') === 'ambiguous') {
      return msg(lang, 'budget-narrative.describeKindUnchecked_table_does_not', { title });
    }
    return msg(lang, 'budget-narrative.describeKindUnchecked_table_reads_as', { title, docKindName: docKindName(p('family'), lang), doc });
  }
  return null;
}

/** The CLI text report's line: “文件类型：部门预算（与表格文件 X 一并核对）”. */
export function docKindLine(r: { kind: DocKind['kind']; scope: DocKind['scope']; companion?: string }, lang: Lang): string {
  const joined = r.companion ? msg(lang, 'budget-narrative.joined', { companion: r.companion }) : '';
  return msg(lang, 'budget-narrative.kindLine', { caption: docKindCaption(lang), kind: docKindLabel(r, lang), joined });
}

/** The caption of the document kind in the document info and the audit report. */
export const docKindCaption = (lang: Lang): string => msg(lang, 'budget-narrative.docKindCaption');

defineMessages({
  findings: {
    change_sum_mismatch: (f, lang) => {
      const p = (k: string) => String(f.params?.[k] ?? '');
      return msg(lang, 'budget-narrative.change_sum_mismatch', { total: p('total'), actual: f.actual, parts: p('parts'), partsSum: p('partsSum'), expected: f.expected, difference: f.difference });
    },
  },
});
