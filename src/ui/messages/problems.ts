// Wording of root-cause problems (src/checks/problems): "T03 21015 财政事务 1栏 很可能应为 2,106.66
// （现为 2,016.66；牵连 3 个勾稽关系；相邻两位数字颠倒）". Shared by the UI, the audit report and the CLI.
import type { Problem, ProblemBasis, SuggestionKind } from '../../checks/problems/types.ts';
import type { CellRef, Finding } from '../../engine/finding.ts';
import { describeCell } from './engine.ts';
import { t, type Lang } from './registry.ts';

const KIND: Readonly<Record<SuggestionKind, [string, string]>> = {
  transposition: ['相邻两位数字颠倒', 'two adjacent digits swapped'],
  dropped_digit: ['漏了一位数字', 'a digit dropped'],
  extra_digit: ['多了一位数字', 'a digit too many'],
  digit_off: ['一位数字有误', 'one digit wrong'],
  decimal_shift: ['小数点错位（相差 10 倍）', 'decimal point shifted (×10)'],
};

const BASIS: Readonly<Record<ProblemBasis, [string, string]>> = {
  cell: ['单元格可确定', 'one cell explains every failing identity'],
  corroborated: ['多个单元格均可解释，另一处数字印证了其中一个', 'several cells would, another figure confirms one'],
  pair: ['两个单元格共同解释', 'two cells together explain the group'],
  uncertain_cell: ['单元格位置系推断，未能确认', 'the cell was placed by inference and could not be confirmed'],
  ambiguous: ['多个单元格均可解释，无法确定', 'several cells would each explain it'],
  unexplained: ['任何一个或两个单元格都不能全部解释', 'no single cell or pair explains it'],
  too_large: ['关联关系过多，未逐格推断', 'too many related identities to search'],
  single: ['单独一条', 'a finding on its own'],
};

export function describeSuggestionKind(kind: SuggestionKind, lang: Lang): string {
  const [zh, en] = KIND[kind];
  return t(lang, zh, en);
}

export function describeBasis(basis: ProblemBasis, lang: Lang): string {
  const [zh, en] = BASIS[basis];
  return t(lang, zh, en);
}

/** "2403.92" → "2,403.92" (the suggestion printed as amounts are in the tables). */
export function groupDigits(value: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!m) return value;
  return `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

/** "T03@203 21015 财政事务 1栏": the table, the row and the 栏. Shown to people through humaniseIds
 *  (report-view.ts), which names the table as printed ("公开03表 支出决算表 21015 财政事务 1栏"). */
export function describeCulprit(ref: CellRef, lang: Lang): string {
  const col = ref.colNo != null ? t(lang, ` ${ref.colNo}栏`, ` col. ${ref.colNo}`) : '';
  return `${ref.table} ${describeCell(ref, lang)}${col}`;
}

/** One sentence for the problem; a single finding reads as the finding itself. */
export function rootProblemSentence(p: Problem, findings: readonly Finding[], lang: Lang, describe: (f: Finding) => string): string {
  const n = p.findings.filter((i) => findings[i] !== undefined).length;
  if (p.basis === 'single') return describe(findings[p.findings[0]!]!);
  if (p.culprit && p.suggested !== null) {
    const was = p.culprit.text ? t(lang, `现为 ${p.culprit.text}；`, `printed ${p.culprit.text}; `) : t(lang, '现为空；', 'printed blank; ');
    const kind = p.kind ? t(lang, `；${describeSuggestionKind(p.kind, lang)}`, `; ${describeSuggestionKind(p.kind, lang)}`) : '';
    const head = t(lang, `${describeCulprit(p.culprit, lang)} 很可能应为 ${groupDigits(p.suggested)}`,
      `${describeCulprit(p.culprit, lang)} is most likely ${groupDigits(p.suggested)}`);
    const tail = t(lang, `（${was}牵连 ${p.explains} 个勾稽关系${kind}）`, ` (${was}explains ${p.explains} failing identities${kind})`);
    const pair = p.partner ? t(lang, `；与 ${p.partner} 同属一组`, `; together with ${p.partner}`) : '';
    const unsure = p.basis === 'uncertain_cell' ? t(lang, '；该单元格的位置系推断，未能确认', '; the cell was placed by inference, not confirmed') : '';
    const confirmed = p.basis === 'corroborated' ? t(lang, '；改正值与另一处所列数字一致', '; the corrected value is the one stated elsewhere') : '';
    return head + tail + pair + unsure + confirmed;
  }
  if (p.basis === 'ambiguous') {
    const all = p.candidates ?? [];
    const shown = all.slice(0, all.length > 4 ? 3 : 4).map((c) => describeCulprit(c, lang)).join(t(lang, '、', ', '));
    const cells = all.length > 4 ? t(lang, `${shown} 等 ${all.length} 处`, `${shown} and ${all.length - 3} more`) : shown;
    return t(lang, `${n} 条相关勾稽关系不成立；${cells} 中任一处改正均可解释，无法确定是哪一处，请逐一核对`,
      `${n} related identities fail; a correction of any of ${cells} would explain them, it cannot be told which`);
  }
  if (p.basis === 'too_large') {
    return t(lang, `${n} 条相关勾稽关系不成立，关联过多（可能是表格列错位），未推断出错单元格`,
      `${n} related identities fail; too many to search (columns may be misplaced), no culprit inferred`);
  }
  return t(lang, `${n} 条相关勾稽关系不成立，改正任何一个或两个单元格都不能全部满足，请逐条核对`,
    `${n} related identities fail; no single cell or pair of cells explains them all`);
}
