// Wording of the budget-narrative work (issue 20, part 3): document kinds (部门预算/部门决算, 部门/单位), the 未能核对
// items about kinds, and the budget narrative and two-file codes. One file so it can be converted in one place.
import type { Unchecked } from '../../checks/unchecked.ts';
import type { DocKind } from '../../engine/doc-kind.ts';
import { defineMessages, t, type Lang } from './registry.ts';

const FAMILY: Readonly<Record<string, [string, string]>> = {
  final: ['部门决算', 'final accounts'], budget: ['部门预算', 'budget'],
  ambiguous: ['无法确定（预算、决算两种迹象都有）', 'undetermined (reads as both budget and final accounts)'],
  unknown: ['未识别', 'unknown'],
};
const UNIT_FAMILY: Readonly<Record<string, [string, string]>> = {
  final: ['单位决算', 'unit final accounts'], budget: ['单位预算', 'unit budget'],
};

/** “部门预算”, “单位决算”, “无法确定…” — the document kind as the reviewer names it. */
export function docKindLabel(k: Pick<DocKind, 'kind' | 'scope'>, lang: Lang): string {
  const pair = (k.scope === 'unit' ? UNIT_FAMILY[k.kind] : undefined) ?? FAMILY[k.kind] ?? FAMILY['unknown']!;
  return lang === 'zh' ? pair[0] : pair[1];
}

/** The kind named by its stored value alone ('final' | 'budget' | 'ambiguous' | 'unknown'). */
export function docKindName(kind: string, lang: Lang): string {
  return docKindLabel({ kind: kind as DocKind['kind'], scope: null }, lang);
}

/** 未能核对 sentences for the kind reasons; null for other reasons. */
export function describeKindUnchecked(u: Unchecked, lang: Lang): string | null {
  const p = (k: string) => String(u.params?.[k] ?? '');
  if (u.reason === 'kind_ambiguous') {
    return t(lang, `无法确定本文件是部门预算还是部门决算（预算迹象 ${p('budget')} 处，决算迹象 ${p('final')} 处）：只核对了标题写明“预算”或“决算”的表格，请分开核对或确认文件`,
      `cannot tell whether this is a budget or final accounts (${p('budget')} budget and ${p('final')} final-accounts indications): only tables whose titles say which were checked`);
  }
  if (u.reason === 'kind_conflict') {
    const doc = docKindName(p('docKind'), lang);
    const title = p('title') ? `「${p('title')}」` : '';
    if (p('docKind') === 'ambiguous') {
      return t(lang, `表格${title}的标题未写明是预算表还是决算表，而本文件的类型无法确定：未套用任何规则，未核对`,
        `table ${title} does not say whether it is a budget or a final-accounts table and the document kind is undetermined: not checked`);
    }
    return t(lang, `表格${title}被识别为${docKindName(p('family'), lang)}表，但本文件是${doc}：未套用${docKindName(p('family'), lang)}的规则，未核对`,
      `table ${title} reads as a ${docKindName(p('family'), lang)} table in a ${doc} document: its rules were not applied`);
  }
  return null;
}

/** The CLI text report's line: “文件类型：部门预算（与表格文件 X 一并核对）”. */
export function docKindLine(r: { kind: DocKind['kind']; scope: DocKind['scope']; companion?: string }, lang: Lang): string {
  const joined = r.companion ? t(lang, `（与表格文件 ${r.companion} 一并核对）`, ` (checked together with the tables file ${r.companion})`) : '';
  return `${docKindCaption(lang)}${lang === 'zh' ? '：' : ': '}${docKindLabel(r, lang)}${joined}`;
}

/** The caption of the document kind in the document info and the audit report. */
export const docKindCaption = (lang: Lang): string => t(lang, '文件类型', 'Document kind');

const REFUSAL: Readonly<Record<string, [string, string]>> = {
  kind_differs: ['一份是部门预算、一份是部门决算', 'one is a budget and the other final accounts'],
  year_differs: ['两份文件的年度不同', 'the two files give different years'],
  department_differs: ['两份文件的部门名称不同', 'the two files name different departments'],
  unreadable: ['表格文件无法读取', 'the tables file could not be read'],
};

defineMessages({
  problems: {
    companion_joined: (pr, lang) => t(lang, `表格文件「${String(pr.params?.file ?? '')}」与本说明一并核对（${String(pr.params?.tables ?? '')} 张表）`,
      `tables file ${String(pr.params?.file ?? '')} checked together with this narrative (${String(pr.params?.tables ?? '')} tables)`),
    companion_not_joined: (pr, lang) => {
      const why = REFUSAL[String(pr.params?.reason ?? '')] ?? [String(pr.params?.reason ?? ''), String(pr.params?.reason ?? '')];
      return t(lang, `文件名表明本文件与「${String(pr.params?.file ?? '')}」是同一份公开的说明和表格，但${why[0]}：分别核对，未相互比对`,
        `the file names pair this file with ${String(pr.params?.file ?? '')}, but ${why[1]}: checked separately`);
    },
  },
  findings: {
    change_sum_mismatch: (f, lang) => {
      const p = (k: string) => String(f.params?.[k] ?? '');
      return t(lang,
        `${p('total')}的比上年增减为 ${f.actual} 万元，而其后 ${p('parts')} 项（合计 ${p('partsSum')} 万元，正好等于该总额）的增减之和为 ${f.expected} 万元，差 ${f.difference}；`
          + '若有本年为零、上年有数而未列出的项目，请核实',
        `the change of ${p('total')} is ${f.actual}, but the ${p('parts')} parts that follow (adding up to ${p('partsSum')}, the total) change by ${f.expected} in all, `
          + `difference ${f.difference}; an item that is zero this year and was not listed would explain it`);
    },
  },
});
