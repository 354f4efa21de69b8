// Wording of root-cause problems (src/checks/problems): "T03 21015 财政事务 1栏 很可能应为 2,106.66
// （现为 2,016.66；牵连 3 个勾稽关系；相邻两位数字颠倒）". Shared by the UI, the audit report and the CLI.
import type { Problem, ProblemBasis, SuggestionKind } from '../../checks/problems/types.ts';
import type { CellRef, Finding } from '../../engine/finding.ts';
import { describeCell } from './engine.ts';
import { type Lang } from './registry.ts';
import { msg } from '../../messages/index.ts';

export function describeSuggestionKind(kind: SuggestionKind, lang: Lang): string {
  return msg(lang, `problems.kind.${kind}`);
}

export function describeBasis(basis: ProblemBasis, lang: Lang): string {
  return msg(lang, `problems.basis.${basis}`);
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
  const col = ref.colNo != null ? msg(lang, 'problems.col', { colNo: ref.colNo }) : '';
  return `${ref.table} ${describeCell(ref, lang)}${col}`;
}

/** One sentence for the problem; a single finding reads as the finding itself. */
export function rootProblemSentence(p: Problem, findings: readonly Finding[], lang: Lang, describe: (f: Finding) => string): string {
  const n = p.findings.filter((i) => findings[i] !== undefined).length;
  if (p.basis === 'single') return describe(findings[p.findings[0]!]!);
  if (p.culprit && p.suggested !== null) {
    const was = p.culprit.text ? msg(lang, 'problems.was', { text: p.culprit.text }) : msg(lang, 'problems.was_printed_blank');
    const kind = p.kind ? msg(lang, 'problems.kind', { describeSuggestionKind: describeSuggestionKind(p.kind, lang) }) : '';
    const head = msg(lang, 'problems.head', { describeCulprit: describeCulprit(p.culprit, lang), groupDigits: groupDigits(p.suggested) });
    const tail = msg(lang, 'problems.tail', { was, explains: p.explains, kind });
    const pair = p.partner ? msg(lang, 'problems.pair', { partner: p.partner }) : '';
    const unsure = p.basis === 'uncertain_cell' ? msg(lang, 'problems.unsure') : '';
    const confirmed = p.basis === 'corroborated' ? msg(lang, 'problems.confirmed') : '';
    return head + tail + pair + unsure + confirmed;
  }
  if (p.basis === 'ambiguous') {
    const all = p.candidates ?? [];
    const shown = all.slice(0, all.length > 4 ? 3 : 4).map((c) => describeCulprit(c, lang)).join(msg(lang, 'problems.shown'));
    const cells = all.length > 4 ? msg(lang, 'problems.cells', { shown, total: all.length }) : shown;
    return msg(lang, 'problems.rootProblemSentence', { n, cells });
  }
  if (p.basis === 'too_large') {
    return msg(lang, 'problems.rootProblemSentence_related_identities_fail', { n });
  }
  return msg(lang, 'problems.rootProblemSentence_2', { n });
}
